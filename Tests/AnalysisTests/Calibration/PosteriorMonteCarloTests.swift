import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing

/// Monte Carlo after an MCMC calibration: the fitted parameters come jointly from the posterior
/// draws in calibrated.json5, a row per run, and the rest from their ranges.
@Suite(.serialized)
struct PosteriorMonteCarloTests {
    /// The known-truth model with a calibrated.json5 holding `rows` as its draws of
    /// (x_start, growth).
    static func assumptions(rows: [[Double]], calibration: String? = nil) throws -> Assumptions {
        var extra: [String: String] = [:]
        if let calibration { extra["calibration.json5"] = calibration }
        let plain = try Assumptions.load(CalibrationRecoveryTests.files(extra))
        let setup = try CalibrationSetup(plain)
        var fit = try Calibrator.optimize(setup, digest: plain.calibrationDigest(setup.spec))
        fit.draws = Calibrated.Draws(names: fit.estimates.map(\.name), rows: rows)
        extra["calibrated.json5"] = fit.calibrated.text(priors: fit.priors)
        return try Assumptions.load(CalibrationRecoveryTests.files(extra))
    }

    static func x(at year: Double, start: Double, growth: Double) -> Double { start * pow(growth, year - 2020) }

    /// Two anti-correlated draws: each run takes one whole row, so every percentile of x is one
    /// of the two rows' runs; drawing the parameters apart would mix a high start with a high
    /// growth and push P90 above both.
    @Test func eachRunTakesOneWholeRow() throws {
        let rows = [[200.0, 1.4], [80.0, 1.8]]
        let compiled = try CompiledScenario(Scenario.resolve("base", in: Self.assumptions(rows: rows)))
        #expect(compiled.scenario.posterior?.names == ["x_start", "growth"])
        let settings = MonteCarloSettings(runs: 400, seed: 5, percentiles: [0, 100], series: ["x"], threads: 2, correlations: [])
        let result = try MonteCarlo.run(compiled, settings: settings, milestones: [])
        #expect(result.posteriorSampled == ["x_start", "growth"] && result.posteriorDraws == 2)
        #expect(result.sampled.isEmpty)
        let last = result.times.count - 1, year = result.times[last]
        let candidates = rows.map { Self.x(at: year, start: $0[0], growth: $0[1]) }.sorted()
        let band = try #require(result.series.first { $0.name == "x" })
        for (k, expected) in candidates.enumerated() {
            // RK4 with a sixteenth-year step: within 1e-6 of the analytic growth.
            #expect(abs(band.values[k][last] / expected - 1) < 1e-6, "\(band.values[k][last]) vs \(expected)")
        }
        let again = try MonteCarlo.run(compiled, settings: settings, milestones: [])
        #expect(again.series[0].values == band.values)
    }

    /// Over many runs the rows are taken about equally often, and the choice depends on the seed
    /// and run index only, not on the number of threads.
    @Test func rowsAreChosenEvenlyAndBySeed() throws {
        let rows = (0..<10).map { [100.0 + Double($0), 1.6] }
        let compiled = try CompiledScenario(Scenario.resolve("base", in: Self.assumptions(rows: rows)))
        let settings = MonteCarloSettings(runs: 2000, seed: 11, percentiles: [25, 50, 75], series: ["x"], threads: 2, correlations: [])
        let result = try MonteCarlo.run(compiled, settings: settings, milestones: [])
        // x at the start is the row's x_start: its quartiles are those of a uniform pick of 100…109.
        let start = result.series[0].values.map { $0[0] }
        #expect(start[0] >= 101 && start[0] <= 103 && start[1] >= 104 && start[1] <= 105 && start[2] >= 106 && start[2] <= 108, "\(start)")
        let same = try MonteCarlo.run(compiled, settings: MonteCarloSettings(runs: 2000, seed: 11, percentiles: [25, 50, 75], series: ["x"],
                                                                              threads: 1, correlations: []), milestones: [])
        #expect(same.series[0].values == result.series[0].values)
    }

    /// A scenario that sets a fitted parameter takes it out of the joint draws.
    @Test func aScenarioValueLeavesTheDraws() throws {
        let assumptions = try Self.assumptions(rows: [[200.0, 1.4], [80.0, 1.8]])
        let fast = try Scenario.resolve("fast", in: assumptions)
        #expect(fast.posterior?.names == ["x_start"])
        #expect(fast.posterior?.rows == [[200.0], [80.0]])
        let overridden = try Scenario.resolve("base", in: assumptions, overrides: [Override(name: "x_start", value: 100, origin: "--set")]).scenario
        #expect(overridden.posterior?.names == ["growth"])
    }
}
