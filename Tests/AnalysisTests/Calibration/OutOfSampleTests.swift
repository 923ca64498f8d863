import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing

/// `forecast backtest --origin`: the calibration refitted with data to the origin only, scored on
/// the observations after it, on the known-truth model of `CalibrationRecoveryTests`.
@Suite(.serialized)
struct OutOfSampleTests {
    static func files(_ extra: [String: String] = [:]) -> AssumptionFiles { CalibrationRecoveryTests.files(extra) }

    /// Refitted to 2020–2024, the model (which is the truth's own structure) forecasts 2025–2029
    /// within the noise; the fitted and scored observations split at the origin.
    @Test func aRefitToTheOriginScoresTheLaterObservations() throws {
        let assumptions = try Assumptions.load(Self.files())
        let score = try OutOfSample.run(assumptions, origin: "2024Q4", runs: 100, seed: 7)
        #expect(score.fit.calibrated.until == "2024Q4")
        let x = try #require(score.scores.first)
        #expect(x.fitted == 10 && x.scored == 10)
        // Noise of σ = 0.05 in log10: the mean |error| of a right model sits near 0.04.
        #expect(x.inSampleError! < 0.06, "\(x.inSampleError!)")
        #expect(x.outOfSampleError! < 0.1, "\(x.outOfSampleError!)")
        #expect(abs(x.outOfSampleBias!) <= x.outOfSampleError!)
        let growth = try #require(score.fit.estimates.first { $0.name == "growth" })
        #expect(abs(growth.value / CalibrationRecoveryTests.truth.growth - 1) < 0.05, "\(growth.value)")
        // Coverage is a share of the 10 later observations.
        let coverage = try #require(x.coverage)
        #expect((coverage * 10).rounded() == coverage * 10 && (0...1).contains(coverage))
        #expect(score.meanError == x.outOfSampleError && score.meanCoverage == coverage)
        // Deterministic per seed.
        let again = try OutOfSample.run(assumptions, origin: "2024Q4", runs: 100, seed: 7)
        #expect(again.scores[0].outOfSampleError == x.outOfSampleError && again.scores[0].coverage == coverage)
        #expect(again.fit.calibrated.text(priors: again.fit.priors) == score.fit.calibrated.text(priors: score.fit.priors))
    }

    /// A target whose data all come after the origin is scored, not fitted; the calibration
    /// itself still refuses a target without data before its cut-off.
    @Test func aTargetWithDataOnlyAfterTheOriginIsScoredOnly() throws {
        let late = "date,y\n2026-06,1\n2027-06,2\n"
        let calibration = """
            { scenario: "base", until: "2029-12-31",
              targets: [ { series: "x", history: "x.csv", column: "x_observed", observation: "lognormal", sigma: "estimate" },
                         { series: "x", history: "late.csv", column: "y", observation: "floor", sigma: 0.3 } ],
              parameters: ["x_start", "growth"] }
            """
        let assumptions = try Assumptions.load(Self.files(["calibration.json5": calibration, "history/late.csv": late]))
        let score = try OutOfSample.run(assumptions, origin: "2024Q4", runs: 20, seed: 1)
        #expect(score.scores.map(\.fitted) == [10, 0])
        #expect(score.scores.map(\.scored) == [10, 2])
        #expect(score.scores[1].inSampleError == nil)
        // x is far above a floor of 1–2 widgets: every later observation is at or below P90.
        #expect(score.scores[1].coverage == 1)
        // Calibrating to 2025 proper needs data for every target; the same cut-off as an origin does not.
        let early = try Assumptions.load(Self.files(["calibration.json5": calibration.replacingOccurrences(of: "2029-12-31", with: "2025-12-31"),
                                                     "history/late.csv": late]))
        #expect(throws: DiagnosticList.self) { try CalibrationSetup(early) }
        #expect(try CalibrationSetup(early, until: "2025Q4").targets.map(\.times.count) == [12, 0])
    }

    @Test func anOriginOutsideTheRunOrNotAQuarterIsRefused() throws {
        let assumptions = try Assumptions.load(Self.files())
        #expect(throws: DiagnosticList.self) { try OutOfSample.run(assumptions, origin: "2031Q1", runs: 10) }
        #expect(throws: DiagnosticList.self) { try OutOfSample.run(assumptions, origin: "late 2022", runs: 10) }
    }
}
