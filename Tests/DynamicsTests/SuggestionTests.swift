import Foundation
import Testing
import Dynamics
import TestSupport

/// Did-you-mean: close names are found, and very long names cost no more than short ones.
struct SuggestionTests {
    @Test func findsTheClosestWithinAThirdOfTheLength() {
        #expect(Suggestion.closest(to: "hardwre_growth", in: ["hardware_growth", "hardware_cost"]) == "hardware_growth")
        #expect(Suggestion.closest(to: "rnat", in: ["rate", "rant"]) == "rant")
        #expect(Suggestion.closest(to: "xyz", in: ["hardware_growth"]) == nil)
        #expect(Suggestion.editDistance("abcd", "acbd") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
    }

    /// A name that begins a candidate suggests it before any closer typo: the shortest first.
    @Test func aPrefixMatchComesBeforeEditDistance() {
        let names = ["capability", "capability_lag_months", "capability_lag_forward_months_x", "capability_gap_oom"]
        #expect(Suggestion.closest(to: "capability_lag", in: names) == "capability_lag_months")
        #expect(Suggestion.closest(to: "Capability_Lag", in: names) == "capability_lag_months")
        #expect(Suggestion.closest(to: "rat", in: ["rant", "rates", "rate"]) == "rate")
        // Two letters are too few to call a prefix.
        #expect(Suggestion.closest(to: "ra", in: ["rate_of_x"]) == nil)
    }

    /// A 300,000-character unknown name took 20 s: the distance table was quadratic in it.
    @Test func aVeryLongNameGetsNoSuggestionAndCostsNothing() {
        let long = String(repeating: "hardware_growth", count: 20_000)
        let started = Date()
        #expect(Suggestion.closest(to: long, in: ["hardware_growth", long + "x"]) == nil)
        #expect(Suggestion.closest(to: "hardware_growth", in: [long, "hardware_grwth"]) == "hardware_grwth")
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func aVeryLongUnknownNameInAnEquationIsReportedQuickly() {
        let long = String(repeating: "x", count: 300_000)
        let started = Date()
        let found = problems([.auxiliary("y", Equation("2 * " + long))], parameters: [Parameter(name: "rate", value: 1)])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("error: unknown name 'xxx") == true)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
