import Foundation
import Dynamics
import Scenarios

/// An out-of-sample score: the calibration refitted with data up to an origin only, its
/// forecast after the origin compared with the later history, and how often the later
/// observations fell inside the P10–P90 band of Monte Carlo runs around the refit.
public struct OutOfSample: Sendable {
    public struct Score: Sendable {
        public var target: CalibrationTarget
        /// Observations before the origin (fitted) and after it (scored).
        public var fitted: Int
        public var scored: Int
        /// Mean |log₁₀(model / observed)| before the origin (in sample) and after (out of sample).
        public var inSampleError: Double?
        public var outOfSampleError: Double?
        /// Mean log₁₀(model / observed) after the origin: positive when the forecast runs high.
        public var outOfSampleBias: Double?
        /// Share of later observations inside the P10–P90 band (for a floor, at or below P90:
        /// the truth lies at or above the floor, so a band that reaches it holds it).
        public var coverage: Double?
    }

    public var origin: String
    public var scores: [Score]
    public var runs: Int
    public var seed: UInt64
    /// The refit.
    public var fit: CalibrationResult

    /// Mean out-of-sample error and band coverage over the targets with later observations.
    public var meanError: Double? { Self.mean(scores.compactMap(\.outOfSampleError)) }
    public var meanCoverage: Double? {
        let pairs = scores.compactMap { score in score.coverage.map { ($0, Double(score.scored)) } }
        let total = pairs.reduce(0) { $0 + $1.1 }
        return total > 0 ? pairs.reduce(0) { $0 + $1.0 * $1.1 } / total : nil
    }

    public static func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count) }

    /// Refits with data up to `origin` (a quarter such as `2022Q4`, or a date) and scores the rest.
    public static func run(_ assumptions: Assumptions, origin: String, runs: Int = 200, seed: UInt64 = 1,
                           settings: CalibrationSettings = CalibrationSettings(),
                           progress: Calibrator.Progress? = nil) throws(DiagnosticList) -> OutOfSample {
        let setup = try CalibrationSetup(assumptions, until: origin)
        let start = setup.settings.start, stop = setup.settings.stop
        guard setup.spec.cutoff > start, setup.spec.cutoff < stop else {
            throw DiagnosticList([Diagnostic(.error, AnalysisProblem.originOutsideRun(origin, first: Quarter(containing: start).label,
                                                                                      last: Quarter(containing: stop - 0.25).label))])
        }
        var fitSettings = settings
        fitSettings.seed = seed
        let fit = try Calibrator.optimize(setup, settings: fitSettings, digest: assumptions.calibrationDigest(setup.spec), progress: progress)
        guard let point = setup.run(fit.estimates.map(\.value)) else {
            throw DiagnosticList([AnalysisProblem.noStartingPoint.diagnostic])
        }
        // The band: Monte Carlo around the refit, fitted parameters over their intervals and
        // the rest over their ranges, exactly as `montecarlo` draws after a calibration.
        let refitted = assumptions.replacingCalibrated(fit.calibrated)
        let compiled = try CompiledScenario(Scenario.resolve(setup.spec.scenario, in: refitted))
        var monteCarlo = MonteCarloSettings(runs: runs, seed: seed, percentiles: [10, 90])
        monteCarlo.series = Array(Set(setup.spec.targets.map { ArrayElement.canonical($0.series) })).sorted()
        monteCarlo.correlations = assumptions.correlations
        let bands: MonteCarloResult
        do {
            bands = try MonteCarlo.run(compiled, settings: monteCarlo, milestones: [])
        } catch {
            throw DiagnosticList([(error as? Diagnostic) ?? AnalysisProblem.calibrationFailed("\(error)").diagnostic])
        }
        var scores: [Score] = []
        for k in setup.targets.indices {
            let before = setup.targets[k], after = setup.laterTargets[k]
            let fitted = setup.modelValues(point, target: k)
            let later = setup.modelValues(point, target: k, later: true)
            func errors(_ model: [Double], _ observed: [Double]) -> [Double] {
                zip(model, observed).compactMap { m, y in m > 0 && y > 0 ? log10(m / y) : nil }
            }
            let inSample = errors(fitted, before.observed), outOfSample = errors(later, after.observed)
            var coverage: Double?
            if let band = bands.series.first(where: { $0.name == ArrayElement.canonical(before.spec.series) }), !after.times.isEmpty {
                let slice = { (p: Int) in band.values[p][...] }
                var inside = 0
                for (time, observed) in zip(after.times, after.observed) {
                    let p10 = CalibrationSetup.interpolate(slice(0), times: bands.times, at: time)
                    let p90 = CalibrationSetup.interpolate(slice(1), times: bands.times, at: time)
                    let holds = switch before.spec.observation {
                    case .floor: observed <= p90
                    case .ceiling: observed >= p10
                    default: observed >= p10 && observed <= p90
                    }
                    if holds { inside += 1 }
                }
                coverage = Double(inside) / Double(after.times.count)
            }
            scores.append(Score(target: before.spec, fitted: before.times.count, scored: after.times.count,
                                inSampleError: mean(inSample.map(abs)), outOfSampleError: mean(outOfSample.map(abs)),
                                outOfSampleBias: mean(outOfSample), coverage: coverage))
        }
        return OutOfSample(origin: origin, scores: scores, runs: runs, seed: seed, fit: fit)
    }
}
