import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing
import TestSupport

/// Reading offer files against the repository's market: the employer's usual terms fill what an
/// offer leaves out, and each bad file gets a located error with a hint.
struct OfferFileTests {
    static let market: OfferMarket = {
        let assumptions = try! RepositoryModel.assumptions()
        let base = try! CompiledScenario(Scenario.resolve("base", in: assumptions))
        return OfferMarket(base: base, dimensions: assumptions.dimensions, scenarios: assumptions.scenarioNames)
    }()

    static func read(_ text: String) throws(DiagnosticList) -> OfferFile {
        try OfferFileReader.read(Data(text.utf8), file: "offers.json5", market: market)
    }

    /// The one error of reading `text`.
    static func error(_ text: String) -> Diagnostic? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.diagnostics.count == 1 ? error.diagnostics[0] : nil
        }
    }

    @Test func anOfferTakesItsEmployersUsualTerms() throws {
        let file = try Self.read("""
        { offers: [ { name: "lab", employer: "closed", level: "mid", base: 300000, equity: { units: 1000, grant_price: 2000 } } ] }
        """)
        let offer = try #require(file.offers.first)
        #expect(offer.equityGrant == 2_000_000)
        #expect(offer.equityKind == "lab_units")
        #expect(offer.vesting == [0.25, 0.25, 0.25, 0.25])
        #expect(offer.cliffMonths == 12)
        #expect(offer.refreshShare == 0.25)
        #expect(offer.start == Quarter(year: 2025, quarter: 1))
        #expect(offer.quotedTotal == 800_000)
        #expect(file.horizonYears == 4 && file.runs == 1000 && file.seed == 1 && file.discountRate == 0.05)
        #expect(file.scenarios.first == "base" && file.scenarios.count == Self.market.scenarios.count)
    }

    @Test func aNamedScheduleAndPercentagesBothGiveFractions() throws {
        let file = try Self.read("""
        { offers: [
          { name: "a", employer: "open", level: "mid", vesting: "front_loaded" },
          { name: "b", employer: "open", level: "mid", vesting: { shares: [5, 15, 40, 40], cliff_months: 0 } },
        ] }
        """)
        #expect(file.offers[0].vesting == [0.33, 0.33, 0.22, 0.12])
        #expect(file.offers[1].vesting == [0.05, 0.15, 0.4, 0.4])
        #expect(file.offers[1].cliffMonths == 0)
    }

    /// Each bad file, the line and column of its error, and words its message and hint must hold.
    static let badFiles: [(text: String, line: Int, column: Int, message: String, hint: String)] = [
        ("{ offers: [ { name: \"a\", employer: \"closd\", level: \"mid\" } ] }", 1, 36, "unknown employer 'closd'", "did you mean 'closed'?"),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"senoir\" } ] }", 1, 53, "unknown level 'senoir'", "did you mean 'senior'?"),
        ("{ offers: [\n  { name: \"a\", employer: \"closed\", level: \"mid\",\n    vesting: { shares: [25, 25, 25] } } ] }", 3, 16,
         "add to 75%, not 100%", "[25, 25, 25, 25]"),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"mid\", base: -300000 } ] }", 1, 66, "the base salary is negative", "zero or more"),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"mid\", start: \"2024Q1\" } ] }", 1, 67, "outside the run", "start from 2025Q1"),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"mid\", start: \"2034Q1\" } ] }", 1, 67, "2034Q1 to 2037Q4", "shorter horizon_years"),
        ("{ offers: [ { name: \"a\", employer: \"academia\", level: \"mid\", equity: { dollars: 100000 } } ] }", 1, 70, "grants no equity",
         "kind: \"public_stock\""),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"mid\", equity: { dollars: 1, kind: \"none\" } } ] }", 1, 68,
         "an equity grant of kind 'none'", "leave the grant out"),
        ("{ options: { scenarios: [\"data-walls\"] }, offers: [ { name: \"a\", employer: \"closed\", level: \"mid\" } ] }", 1, 26,
         "unknown scenario 'data-walls'", "did you mean 'data-wall'?"),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"mid\", bonsu: 1 } ] }", 1, 60, "unknown key 'bonsu'", "did you mean 'bonus'?"),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"mid\", location: \"Londn\" } ] }", 1, 70,
         "unknown location 'Londn'", "did you mean 'london'?"),
        ("{ offers: [ ] }", 1, 3, "lists no offers", "offers: ["),
        ("{ offers: [ { name: \"a\", employer: \"closed\", level: \"mid\",", 1, 59, "unexpected end of file", ""),
    ]

    @Test(arguments: badFiles.indices) func aBadFileGetsALocatedError(_ index: Int) throws {
        let bad = Self.badFiles[index]
        let diagnostic = try #require(Self.error(bad.text), "case \(index) should give exactly one error")
        #expect(diagnostic.isError)
        #expect(diagnostic.location?.file == "offers.json5")
        #expect(diagnostic.location?.position.line == bad.line, "case \(index): \(diagnostic)")
        #expect(diagnostic.location?.position.column == bad.column, "case \(index): \(diagnostic)")
        #expect(diagnostic.message.contains(bad.message), "case \(index): \(diagnostic)")
        if !bad.hint.isEmpty { #expect(diagnostic.hint?.contains(bad.hint) ?? false, "case \(index): \(diagnostic)") }
    }

    /// The README's example with one byte removed at each of many places, and each number made
    /// negative, huge or not a number: every variant is read or refused with located errors,
    /// never a crash, and a variant that reads values to finite cash flows.
    @Test func mutationsOfTheExampleAreReadOrRefusedWithLocations() throws {
        let example = try String(contentsOfFile: RepositoryModel.directory + "/offers/example.json5", encoding: .utf8)
        let bytes = Array(example.utf8)
        var variants: [[UInt8]] = []
        for position in stride(from: 0, to: bytes.count, by: 7) {
            var cut = bytes
            cut.remove(at: position)
            variants.append(cut)
        }
        for replacement in ["-1", "1e400", "NaN", "1e300", "0", "\"x\""] {
            for match in example.ranges(of: /[0-9]+/).prefix(40) {
                var text = example
                text.replaceSubrange(match, with: replacement)
                variants.append(Array(text.utf8))
            }
        }
        let paths = OfferValuationTests.paths()
        for variant in variants {
            do {
                let file = try OfferFileReader.read(Data(variant), file: "offers.json5", market: Self.market)
                for offer in file.offers {
                    var flat = offer
                    flat.equityKind = "public_stock"
                    let flows = OfferValuation.flows(flat, horizonYears: file.horizonYears, paths: paths)
                    #expect(flows.years.count == file.horizonYears)
                }
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { $0.location?.file == "offers.json5" }, "\(error.diagnostics)")
            }
        }
    }
}
