import Foundation
import Dynamics
import Scenarios

/// How hard `Calibrator` works. The defaults fit the shipped model in well under a minute
/// (optimize) and a few minutes (mcmc) on two cores.
public struct CalibrationSettings: Sendable {
    public var seed: UInt64 = 1
    /// Nelder–Mead starts: the prior values, then Latin-hypercube points over the priors.
    public var starts: Int = 4
    public var maxEvaluations: Int = 6000
    /// MCMC: independent groups of chains (each a DE-MC_ZS population with its own archive),
    /// chains per group, generations of warm-up and of draws, and the thinning of kept draws.
    public var groups: Int = 2
    public var chainsPerGroup: Int = 4
    public var warmup: Int = 3000
    public var generations: Int = 3000
    public var thin: Int = 3
    /// Draws written to calibrated.json5, taken evenly from all kept draws.
    public static let keptDraws = 1000

    public init() {}
}

/// Fits a `CalibrationSetup`: `optimize` (multi-start Nelder–Mead on the log posterior, then
/// 95% intervals by likelihood profile and correlations from the Hessian) or `sample` (MCMC).
/// Both are deterministic for a seed.
public enum Calibrator {
    /// Progress: a phase's name, evaluations done, and the phase's budget.
    public typealias Progress = @Sendable (_ phase: String, _ done: Int, _ budget: Int) -> Void

    public static func optimize(_ setup: CalibrationSetup, settings: CalibrationSettings = CalibrationSettings(),
                                digest: String, progress: Progress? = nil) throws(DiagnosticList) -> CalibrationResult {
        let counter = EvaluationCounter(budget: settings.starts * settings.maxEvaluations, phase: "fitting", progress: progress)
        let objective: @Sendable ([Double]) -> Double = { x in
            counter.add()
            let value = setup.logPosterior(x)
            return value.isFinite ? -value : .greatestFiniteMagnitude
        }
        let start = setup.free.map { $0.prior.value }
        let minimizer = MinimizerSettings(initialStep: 0.1, xTolerance: 1e-5, fTolerance: 1e-10,
                                          maxEvaluations: settings.maxEvaluations, maxRestarts: 3)
        let fitted: MultiStart.Result
        do {
            fitted = try MultiStart.minimize(objective: objective, start: start, bounds: setup.bounds, starts: settings.starts,
                                             seed: settings.seed, settings: minimizer)
        } catch {
            throw DiagnosticList([Diagnostic(.error, AnalysisProblem.calibrationFailed(error.description))])
        }
        guard fitted.best.value < .greatestFiniteMagnitude else { throw DiagnosticList([AnalysisProblem.noStartingPoint.diagnostic]) }
        let best = fitted.best.point
        let logPosterior: @Sendable ([Double]) -> Double = { x in
            counter.add()
            return setup.logPosterior(x)
        }
        counter.phase("intervals", budget: 40 * setup.free.count + 2 * setup.free.count * setup.free.count)
        let covariance = try? ParameterCovariance.estimate(logLikelihood: logPosterior, maximum: best, bounds: setup.bounds)
        // Profiles follow the ridge of the quadratic approximation. A parameter the data do not
        // bound has no usable curvature: its row of the covariance is replaced by the prior's
        // half-width, uncorrelated, so its profile walks out to the prior's bounds in a few probes
        // (re-optimising every other parameter at each probe took minutes for a flat profile).
        var profile = ProfileSettings(method: .ridge)
        profile.covariance = Self.usableCovariance(covariance?.covariance, bounds: setup.bounds)
        let intervals: ProfileResult
        do {
            intervals = try ProfileLikelihood.intervals(logLikelihood: logPosterior, maximum: best, bounds: setup.bounds, settings: profile)
        } catch {
            throw DiagnosticList([Diagnostic(.error, AnalysisProblem.calibrationFailed(error.description))])
        }
        let estimates = setup.free.indices.map { i in
            let interval = intervals.intervals[i]
            let free = setup.free[i]
            return CalibrationResult.Estimate(name: free.name, value: best[i], low: min(interval.lower, best[i]), high: max(interval.upper, best[i]),
                                              lowOpen: interval.lowerReachedBound, highOpen: interval.upperReachedBound,
                                              prior: free.prior, source: free.source, scenario: free.scenario)
        }
        progress?("done", 1, 1)
        return CalibrationResult(method: .optimize, scenario: setup.spec.scenario, until: setup.spec.until, seed: settings.seed,
                                 digest: digest, estimates: estimates, correlations: covariance?.correlations,
                                 fits: fits(setup, at: best), logPosterior: -fitted.best.value,
                                 evaluations: counter.total, draws: nil, acceptance: nil, chains: nil)
    }

    /// The chains of the MCMC groups `groups` (all by default): a shard runs some of them.
    public static func sampleGroups(_ setup: CalibrationSetup, settings: CalibrationSettings, groups: [Int],
                                    progress: Progress? = nil) throws(DiagnosticList) -> [MCMCResult] {
        let perGroup = (settings.warmup + settings.generations) * settings.chainsPerGroup
        let counter = EvaluationCounter(budget: perGroup * groups.count, phase: "sampling", progress: progress)
        let density: @Sendable ([Double]) -> Double = { x in
            counter.add()
            return setup.logPosterior(x)
        }
        var results: [MCMCResult] = []
        for group in groups {
            let mcmc = MCMCSettings(chains: settings.chainsPerGroup, warmup: settings.warmup, draws: settings.generations, thin: settings.thin,
                                    seed: groupSeed(settings.seed, group))
            do {
                results.append(try DifferentialEvolutionMCMC.sample(logDensity: density, bounds: setup.bounds, settings: mcmc))
            } catch {
                throw DiagnosticList([Diagnostic(.error, AnalysisProblem.calibrationFailed(error.description))])
            }
        }
        return results
    }

    /// The posterior from the groups' chains (in group order), summarised.
    public static func posterior(_ setup: CalibrationSetup, settings: CalibrationSettings, groups: [MCMCResult],
                                 digest: String) throws(DiagnosticList) -> CalibrationResult {
        let combined = MCMCResult(draws: groups.flatMap(\.draws), logDensity: groups.flatMap(\.logDensity),
                                  acceptanceRate: groups.flatMap(\.acceptanceRate), evaluations: groups.reduce(0) { $0 + $1.evaluations })
        let summaries: [PosteriorSummary]
        do {
            summaries = try combined.summary()
        } catch {
            throw DiagnosticList([Diagnostic(.error, AnalysisProblem.calibrationFailed(error.description))])
        }
        let median = summaries.map { $0.values[1] }
        let estimates = setup.free.indices.map { i in
            CalibrationResult.Estimate(name: setup.free[i].name, value: median[i], low: summaries[i].values[0], high: summaries[i].values[2],
                                       lowOpen: false, highOpen: false, prior: setup.free[i].prior, source: setup.free[i].source,
                                       scenario: setup.free[i].scenario, rHat: summaries[i].splitRHat,
                                       effectiveSampleSize: summaries[i].effectiveSampleSize)
        }
        let pooled = combined.draws.flatMap { $0 }
        let step = max(1, pooled.count / CalibrationSettings.keptDraws)
        let kept = stride(from: 0, to: pooled.count, by: step).prefix(CalibrationSettings.keptDraws).map { pooled[$0] }
        let rates = combined.acceptanceRate
        return CalibrationResult(method: .mcmc, scenario: setup.spec.scenario, until: setup.spec.until, seed: settings.seed, digest: digest,
                                 estimates: estimates, correlations: correlations(of: pooled), fits: fits(setup, at: median),
                                 logPosterior: setup.logPosterior(median), evaluations: combined.evaluations,
                                 draws: Calibrated.Draws(names: setup.free.map(\.name), rows: kept),
                                 acceptance: rates.reduce(0, +) / Double(max(1, rates.count)), chains: combined.draws.count)
    }

    public static func sample(_ setup: CalibrationSetup, settings: CalibrationSettings = CalibrationSettings(), digest: String,
                              progress: Progress? = nil) throws(DiagnosticList) -> CalibrationResult {
        let groups = try sampleGroups(setup, settings: settings, groups: Array(0..<settings.groups), progress: progress)
        return try posterior(setup, settings: settings, groups: groups, digest: digest)
    }

    /// Group g's seed: distinct, unrelated streams of one seed.
    static func groupSeed(_ seed: UInt64, _ group: Int) -> UInt64 {
        var mixer = SplitMix64(state: seed &+ SplitMix64.mix(UInt64(group) &+ 0x5EED))
        return mixer.next()
    }

    /// Each target's fit at `x`.
    static func fits(_ setup: CalibrationSetup, at x: [Double]) -> [CalibrationResult.TargetFit] {
        guard let result = setup.run(x) else {
            return setup.targets.map { .init(target: $0.spec, count: $0.times.count, logLikelihood: -.infinity, estimatedSigma: nil, statistics: nil) }
        }
        let likelihoods = setup.logLikelihoods(result)
        return setup.targets.indices.map { k in
            let target = setup.targets[k]
            let model = setup.modelValues(result, target: k)
            var sigma: Double?
            if target.spec.observation == .lognormal, target.spec.sigma == nil, !target.times.isEmpty {
                sigma = LognormalObservation.profiledSigma(residuals: zip(model, target.observed).map { log10($0) - log10($1) })
            }
            let statistics = !target.times.isEmpty ? try? FitStatistics.compute(model: model, observed: target.observed, log10: true) : nil
            return .init(target: target.spec, count: target.times.count, logLikelihood: likelihoods[k], estimatedSigma: sigma, statistics: statistics)
        }
    }

    /// Pearson correlations of pooled draws.
    static func correlations(of draws: [[Double]]) -> [[Double]]? {
        guard let d = draws.first?.count, draws.count > 2 else { return nil }
        let n = Double(draws.count)
        let means = (0..<d).map { j in draws.reduce(0) { $0 + $1[j] } / n }
        var c = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
        for row in draws {
            for i in 0..<d { for j in 0..<d { c[i][j] += (row[i] - means[i]) * (row[j] - means[j]) } }
        }
        return (0..<d).map { i in (0..<d).map { j in
            let denominator = (c[i][i] * c[j][j]).squareRoot()
            return denominator > 0 ? c[i][j] / denominator : (i == j ? 1 : 0)
        } }
    }
}

extension Calibrator {
    /// `matrix` with every row whose variance is not positive and finite replaced by the prior's
    /// half-width squared, uncorrelated with the rest; a diagonal of half-widths without a matrix.
    static func usableCovariance(_ matrix: [[Double]]?, bounds: Bounds) -> [[Double]] {
        let n = bounds.lower.count
        var result = matrix ?? [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n where !(result[i][i] > 0 && result[i][i].isFinite) {
            for j in 0..<n { result[i][j] = 0; result[j][i] = 0 }
            let halfWidth = (bounds.upper[i] - bounds.lower[i]) / 2
            result[i][i] = halfWidth * halfWidth
        }
        for i in 0..<n { for j in 0..<n where !result[i][j].isFinite { result[i][j] = 0 } }
        return result
    }
}

/// Counts objective evaluations across threads and reports them now and then.
final class EvaluationCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private(set) var total = 0
    private var budget: Int
    private var name: String
    private let progress: Calibrator.Progress?

    init(budget: Int, phase: String, progress: Calibrator.Progress?) {
        self.budget = max(1, budget)
        name = phase
        self.progress = progress
    }

    func add() {
        lock.lock()
        done += 1
        total += 1
        // Reported under the lock, so reports come one at a time and in order.
        if done % 64 == 0 { progress?(name, min(done, budget), budget) }
        lock.unlock()
    }

    func phase(_ name: String, budget: Int) {
        lock.lock()
        self.name = name
        self.budget = max(1, budget)
        done = 0
        lock.unlock()
    }
}
