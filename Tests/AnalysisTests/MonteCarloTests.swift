import Foundation
import Testing
@testable import Analysis
import Dynamics
import Scenarios

@Suite struct MonteCarloTests {
    static func settings(runs: Int = 300, seed: UInt64 = 7, threads: Int? = nil) -> MonteCarloSettings {
        MonteCarloSettings(runs: runs, seed: seed, percentiles: [10, 50, 90], series: ["cost", "revenue"], threads: threads)
    }

    /// Everything a result holds, as exact bit patterns, so NaN compares equal to itself.
    static func fingerprint(_ result: MonteCarloResult) -> [String] {
        result.series.map { "\($0.name) \($0.values.flatMap { $0.map(\.bitPattern) })" }
            + result.milestones.map { "\($0.name) \($0.quarters.map { $0?.label ?? "-" }) \($0.shareReached)" }
            + ["\(result.failedRuns) \(result.sampled) \(result.times)"]
    }

    @Test func sameSeedIsBitIdenticalWithOneOrFourThreads() throws {
        let compiled = try AnalysisFixture.compiled()
        let milestones = try AnalysisFixture.assumptions().report.milestones
        let one = try MonteCarlo.run(compiled, settings: Self.settings(threads: 1), milestones: milestones)
        let four = try MonteCarlo.run(compiled, settings: Self.settings(threads: 4), milestones: milestones)
        let all = try MonteCarlo.run(compiled, settings: Self.settings(), milestones: milestones)
        #expect(Self.fingerprint(one) == Self.fingerprint(four))
        #expect(Self.fingerprint(one) == Self.fingerprint(all))
        let other = try MonteCarlo.run(compiled, settings: Self.settings(seed: 8), milestones: milestones)
        #expect(Self.fingerprint(one) != Self.fingerprint(other))
    }

    @Test func eachRunDrawsTheModelsOwnNoiseFromItsSeed() throws {
        // With every range collapsed, only the model's normal(0, 1) varies between runs: the
        // 10th and 90th percentiles of 400 runs lie near ∓1.2816 at every time.
        let compiled = try AnalysisFixture.compiled(parameters: AnalysisFixture.collapsedParameters, extraModel: AnalysisFixture.noisyModel)
        let settings = MonteCarloSettings(runs: 400, seed: 5, percentiles: [10, 90], series: ["noise"], threads: 2)
        let result = try MonteCarlo.run(compiled, settings: settings, milestones: [])
        let bands = try #require(result.series.first)
        for k in [0, 5, bands.values[0].count - 1] {
            #expect(abs(bands.values[0][k] + 1.2816) < 0.25, "10th percentile at \(result.times[k])")
            #expect(abs(bands.values[1][k] - 1.2816) < 0.25, "90th percentile at \(result.times[k])")
        }
        let again = try MonteCarlo.run(compiled, settings: MonteCarloSettings(runs: 400, seed: 5, percentiles: [10, 90], series: ["noise"],
                                                                             threads: 1), milestones: [])
        #expect(Self.fingerprint(again) == Self.fingerprint(result))
    }

    @Test func passesOverTheCellsGiveTheSameResult() throws {
        let compiled = try AnalysisFixture.compiled()
        let milestones = try AnalysisFixture.assumptions().report.milestones
        let whole = try MonteCarlo.run(compiled, settings: Self.settings(), milestones: milestones)
        // 300 runs × 7 cells per pass: 2 series × 24 times take 7 passes.
        let progress = ProgressLog()
        let split = try MonteCarlo.run(compiled, settings: Self.settings(threads: 2), milestones: milestones, cellLimit: 300 * 7,
                                       progress: { progress.append($0) })
        #expect(Self.fingerprint(whole) == Self.fingerprint(split))
        #expect(progress.values.last == 300)
        #expect(progress.values == progress.values.sorted())
    }

    @Test func collapsedRangesReproduceTheDeterministicRunExactly() throws {
        let compiled = try AnalysisFixture.compiled(parameters: AnalysisFixture.collapsedParameters)
        let milestones = try AnalysisFixture.assumptions(parameters: AnalysisFixture.collapsedParameters).report.milestones
        let settings = MonteCarloSettings(runs: 50, seed: 3, percentiles: [0, 10, 33.3, 50, 90, 100], series: ["cost", "revenue"])
        let result = try MonteCarlo.run(compiled, settings: settings, milestones: milestones)
        let deterministic = try compiled.run()
        #expect(result.sampled.isEmpty)
        #expect(result.times == deterministic.times)
        for bands in result.series {
            for values in bands.values { #expect(values == deterministic.series(bands.name)!) }
        }
        let reached = Milestones.evaluate(milestones, in: deterministic)
        for (bands, single) in zip(result.milestones, reached) {
            #expect(bands.quarters == Array(repeating: single.quarter, count: settings.percentiles.count))
            #expect(bands.shareReached == (single.quarter == nil ? 0 : 1))
        }
    }

    @Test func bandsAreOrderedAndMilestonesCountRuns() throws {
        let compiled = try AnalysisFixture.compiled()
        let milestones = try AnalysisFixture.assumptions().report.milestones
        let result = try MonteCarlo.run(compiled, settings: Self.settings(runs: 2000), milestones: milestones)
        #expect(result.sampled == ["cost_start", "growth", "damping", "margin", "spread", "unused_knob"])
        #expect(result.failedRuns == 0)
        for bands in result.series {
            for t in result.times.indices {
                #expect(bands.values[0][t] <= bands.values[1][t] && bands.values[1][t] <= bands.values[2][t])
            }
            // Spread grows with time: the first time has only the start's uncertainty.
            #expect(bands.values[2].last! / bands.values[0].last! > bands.values[2][0] / bands.values[0][0])
        }
        let billion = result.milestones[0], never = result.milestones[1]
        #expect(billion.shareReached > 0.5 && billion.shareReached < 1)
        #expect(billion.quarters[0]! <= billion.quarters[1]!)
        #expect(never.shareReached == 0 && never.quarters == [nil, nil, nil])
        // The median start cost is near the truncated lognormal's median (1.10e8: the range
        // reaches 4x above the value but only 2x below).
        let median = ParameterDistribution(shape: .lognormal, value: 1e8, low: 5e7, high: 4e8).quantile(0.5)
        #expect(abs(result.series[0].values[1][0] / median - 1) < 0.03)
    }

    @Test func runsThatStopAreCountedAndLeftOut() throws {
        let compiled = try AnalysisFixture.compiled(parameters: AnalysisFixture.fragileParameters, extraModel: AnalysisFixture.fragileModel)
        var settings = Self.settings(runs: 2000)
        settings.series = ["risky"]
        let result = try MonteCarlo.run(compiled, settings: settings, milestones: [])
        // fragile is uniform on [−1, 3]: a quarter of the runs take a square root of a negative number.
        #expect(abs(Double(result.failedRuns) / 2000 - 0.25) < 0.04)
        // The runs left are those with fragile ≥ 0, so risky = √fragile spans [0, √3].
        #expect(result.series[0].values[0].allSatisfy { $0 >= 0 && $0.isFinite })
        #expect(result.series[0].values[2].allSatisfy { $0 <= 3.0.squareRoot() })
    }

    @Test func everyRunFailingIsAnError() throws {
        let parameters = AnalysisFixture.parameters + """
            fragile: { value: -1, low: -2, high: -0.5, distribution: "uniform", unit: "dimensionless", source: "a source" },
        """
        let compiled = try AnalysisFixture.compiled(parameters: parameters, extraModel: AnalysisFixture.fragileModel)
        #expect(throws: Diagnostic.self) { try MonteCarlo.run(compiled, settings: Self.settings(runs: 20), milestones: []) }
    }

    @Test(arguments: [
        MonteCarloSettings(runs: 0), MonteCarloSettings(percentiles: [50, 101]), MonteCarloSettings(percentiles: [50, 50]),
        MonteCarloSettings(percentiles: []), MonteCarloSettings(series: ["cots"]),
        MonteCarloSettings(correlations: [("growth", "nonesuch", 0.5)]), MonteCarloSettings(correlations: [("growth", "floor", 0.5)]),
        MonteCarloSettings(correlations: [("growth", "margin", 1)]), MonteCarloSettings(correlations: [("growth", "growth", 0.5)]),
        MonteCarloSettings(correlations: [("growth", "margin", 0.9), ("margin", "damping", 0.9), ("growth", "damping", -0.9)]),
    ])
    func badSettingsAreDiagnostics(settings: MonteCarloSettings) throws {
        let compiled = try AnalysisFixture.compiled()
        #expect(throws: Diagnostic.self) { try MonteCarlo.run(compiled, settings: settings, milestones: []) }
    }

    @Test func unknownSeriesSuggestsTheClosest() throws {
        let compiled = try AnalysisFixture.compiled()
        let error = #expect(throws: Diagnostic.self) {
            try MonteCarlo.run(compiled, settings: MonteCarloSettings(runs: 5, series: ["cots"]), milestones: [])
        }
        #expect(error?.hint == "did you mean 'cost'?")
    }

    @Test func timedChangesSurviveTheDraws() throws {
        // "slow" sets margin to 0.3 from 2027Q1; the draw replaces only the value before that.
        let compiled = try AnalysisFixture.compiled("slow")
        let sampler = try ParameterSampler(compiled, seed: 1)
        let slot = try #require(ParameterSampler.baseSlot(of: "margin", in: compiled.model))
        #expect(compiled.model.parameters[slot].name == "margin#base")
        var values = sampler.baseValues, scratch = sampler.makeScratch()
        sampler.draw(run: 0, into: &values, scratch: &scratch)
        let run = try compiled.model.run(compiled.settings, parameters: values)
        let cost = run.series("cost")!, revenue = run.series("revenue")!
        let late = run.times.firstIndex(of: 2028)!
        #expect(abs(revenue[late] - (cost[late] * 0.3 * values[compiled.model.parameterIndex(of: "spread")!] + 1)) < 1e-6 * revenue[late])
    }
}

/// Collects progress reports (they arrive one at a time).
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [Int] = []

    func append(_ value: Int) {
        lock.lock()
        log.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }
}
