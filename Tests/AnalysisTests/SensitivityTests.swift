import Foundation
import Testing
@testable import Analysis
import Dynamics
import Scenarios

@Suite struct SensitivityTests {
    @Test func growthDominatesTheCostAndUnusedParametersDoNotSwing() throws {
        let compiled = try AnalysisFixture.compiled()
        let result = try Sensitivity.run(compiled, indicator: "cost", at: Quarter(year: 2030, quarter: 4))
        #expect(result.swings.first?.parameter == "growth")
        #expect(result.swings.first?.isJudgement == true)
        let unused = try #require(result.swings.first { $0.parameter == "unused_knob" })
        #expect(unused.swing == 0)
        #expect(unused.valueAtLow == result.baseValue && unused.valueAtHigh == result.baseValue)
        // revenue's inputs do not move cost.
        for name in ["margin", "spread"] { #expect(result.swings.first { $0.parameter == name }?.swing == 0) }
        // floor has no range.
        #expect(!result.swings.contains { $0.parameter == "floor" })
        #expect(result.unit == "$")
        #expect(try result.baseValue == compiled.run().value("cost", at: 2030.75))
    }

    @Test func swingsAreRankedLargestFirstThenByName() throws {
        // revenue = cost_start · growth^(damping·t) · margin · spread + floor, t = 2.25 years at 2027Q2:
        // swings ≈ cost_start 8.3e8, growth 4.7e8, spread 3.6e8, margin 2.9e8, damping 0.7e8, unused_knob 0.
        let compiled = try AnalysisFixture.compiled()
        let result = try Sensitivity.run(compiled, indicator: "revenue", at: Quarter(year: 2027, quarter: 2))
        #expect(result.swings.map(\.parameter) == ["cost_start", "growth", "spread", "margin", "damping", "unused_knob"])
        for (a, b) in zip(result.swings, result.swings.dropFirst()) {
            #expect(a.swing > b.swing || (a.swing == b.swing && a.parameter < b.parameter))
        }
        let growth = try #require(result.swings.first { $0.parameter == "growth" })
        #expect(growth.low == 1.5 && growth.high == 3)
        // RK4 with a step of a quarter follows the exponential to a relative 2e-4 (error ~(h·ln g)⁵/120 a step).
        #expect(abs(growth.valueAtLow / (1e8 * pow(1.5, 2.25) * 0.5 + 1) - 1) < 2e-4)
        #expect(abs(growth.valueAtHigh / (1e8 * pow(3, 2.25) * 0.5 + 1) - 1) < 2e-4)
        #expect(growth.swing == growth.valueAtHigh - growth.valueAtLow)
    }

    @Test func unknownIndicatorAndQuarterOutsideTheRunAreDiagnostics() throws {
        let compiled = try AnalysisFixture.compiled()
        let error = #expect(throws: Diagnostic.self) { try Sensitivity.run(compiled, indicator: "revenu", at: Quarter(year: 2030, quarter: 4)) }
        #expect(error?.hint == "did you mean 'revenue'?")
        #expect(throws: Diagnostic.self) { try Sensitivity.run(compiled, indicator: "cost", at: Quarter(year: 2031, quarter: 1)) }
        #expect(throws: Diagnostic.self) { try Sensitivity.run(compiled, indicator: "cost", at: Quarter(year: 2024, quarter: 4)) }
    }
}

@Suite struct SensitivityManyIndicatorsTests {
    @Test func severalIndicatorsMatchOneAtATime() throws {
        let compiled = try AnalysisFixture.compiled()
        let at = Quarter(year: 2028, quarter: 3)
        let together = try Sensitivity.run(compiled, indicators: ["revenue", "cost"], at: at)
        for (name, result) in zip(["revenue", "cost"], together) {
            let alone = try Sensitivity.run(compiled, indicator: name, at: at)
            #expect(result.indicator == name && result.baseValue == alone.baseValue)
            #expect(result.swings.map(\.parameter) == alone.swings.map(\.parameter))
            #expect(result.swings.map(\.valueAtLow) == alone.swings.map(\.valueAtLow))
            #expect(result.swings.map(\.valueAtHigh) == alone.swings.map(\.valueAtHigh))
        }
    }

    @Test func aRunThatStopsNamesTheParameterAndTheEnd() throws {
        let compiled = try AnalysisFixture.compiled(parameters: AnalysisFixture.fragileParameters, extraModel: AnalysisFixture.fragileModel)
        let error = #expect(throws: Diagnostic.self) { try Sensitivity.run(compiled, indicator: "cost", at: Quarter(year: 2030, quarter: 4)) }
        #expect(error?.message.hasPrefix("setting 'fragile' to its low -1 stops the run") == true)
    }
}
