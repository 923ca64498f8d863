import Dynamics
import Scenarios

/// What `forecast calibrate` found: each free parameter's estimate and 95% interval, their
/// correlations, how well the fitted run tracks each target, and (MCMC) the posterior draws.
public struct CalibrationResult: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        case optimize, mcmc
    }

    public struct Estimate: Sendable {
        public var name: String
        /// The maximum of the posterior (optimize) or the posterior median (mcmc).
        public var value: Double
        /// The 95% interval: profile (payoff drop 1.92) or posterior 2.5–97.5 percentiles.
        public var low: Double
        public var high: Double
        /// An interval end that reached the prior's bound before the drop (optimize only).
        public var lowOpen: Bool
        public var highOpen: Bool
        public var prior: ParameterDistribution
        public var source: String?
        public var scenario: String?
        /// Split R̂ and effective sample size (mcmc only).
        public var rHat: Double?
        public var effectiveSampleSize: Double?
    }

    public struct TargetFit: Sendable {
        public var target: CalibrationTarget
        public var count: Int
        public var logLikelihood: Double
        /// The σ estimated with the fit (lognormal targets with `sigma: "estimate"`).
        public var estimatedSigma: Double?
        /// In log₁₀ space; nil with fewer than two observations.
        public var statistics: FitStatistics?
    }

    public var method: Method
    public var scenario: String
    public var until: String
    public var seed: UInt64
    public var digest: String
    public var estimates: [Estimate]
    /// Correlations of the estimates (from the Hessian, or of the draws); nil when unavailable.
    public var correlations: [[Double]]?
    public var fits: [TargetFit]
    public var logPosterior: Double
    public var evaluations: Int
    /// Joint posterior draws (mcmc), thinned to at most `CalibrationSettings.keptDraws`.
    public var draws: Calibrated.Draws?
    /// Mean acceptance rate of the chains (mcmc).
    public var acceptance: Double?
    public var chains: Int?

    /// The values to write to calibrated.json5.
    public var calibrated: Calibrated {
        Calibrated(method: method.rawValue, scenario: scenario, until: until, digest: digest, seed: seed,
                   values: estimates.map { Calibrated.Value(name: $0.name, value: $0.value, low: $0.low, high: $0.high, scenario: $0.scenario) },
                   fit: Self.fitJSON(fits), correlations: correlationsJSON, draws: draws)
    }

    /// The prior range and source of each estimate, written beside it in calibrated.json5.
    public var priors: [String: (low: Double, high: Double, source: String?)] {
        Dictionary(estimates.map { ($0.name, (low: $0.prior.low, high: $0.prior.high, source: $0.source)) }, uniquingKeysWith: { a, _ in a })
    }
}
