/// How `ProfileLikelihood` traces each parameter's profile.
public struct ProfileSettings: Sendable, Equatable {
    public enum Method: Sendable, Equatable {
        /// The true profile: the other parameters re-optimised at every probe (warm-started from
        /// the previous probes). The interval of the marginal; tens to hundreds of evaluations
        /// per probe.
        case reoptimize
        /// The others moved along the ridge of the quadratic approximation given by `covariance`:
        /// θ₋ᵢ = θ̂₋ᵢ + Σ₋ᵢ,ᵢ/Σᵢᵢ·(θᵢ − θ̂ᵢ) (clamped to the bounds), the conditional mode of the
        /// Gaussian approximation. One evaluation per probe; exact for a Gaussian likelihood,
        /// and never wider than the true profile interval (the profile is a maximum over θ₋ᵢ).
        case ridge
        /// The others held at the maximum: one evaluation per probe, but the interval is the
        /// conditional one, narrower than the profile when parameters are correlated.
        case fixedOthers
    }

    public var method: Method
    /// The fall from the maximum that bounds the interval: 1.92 ≈ χ²₁(0.95)/2 for a
    /// log-likelihood (Vensim's payoff-drop rule for 95 %).
    public var drop: Double
    /// The first outward step, in the unit cube of the bounds (when there is no covariance).
    public var initialStep: Double
    /// Outward probes per side before giving up (the side is then reported as `.probeLimit`).
    public var maxProbes: Int
    /// The crossing is accepted when the profile is within this of maximum − drop
    /// (log-likelihood units), or when the bracket is narrower than 1e-10 of the unit cube.
    public var crossingTolerance: Double
    /// Settings of the inner re-optimisation of the other parameters (method `.reoptimize`).
    /// Loose by default: the deficit is needed to about `crossingTolerance` only.
    public var minimizer: MinimizerSettings
    /// The covariance of the estimates in parameter units (e.g. `ParameterCovariance.covariance`).
    /// Required by `.ridge`; with `.reoptimize` it places the first probe at the predicted
    /// crossing θ̂ᵢ ± √(2·drop·Σᵢᵢ) and warm-starts it on the ridge, saving probes.
    public var covariance: [[Double]]?

    public init(method: Method = .reoptimize, drop: Double = 1.92, initialStep: Double = 0.02, maxProbes: Int = 40,
                crossingTolerance: Double = 1e-3,
                minimizer: MinimizerSettings = MinimizerSettings(initialStep: 0.02, xTolerance: 1e-4, fTolerance: 1e-8,
                                                                 maxEvaluations: 5000, maxRestarts: 0),
                covariance: [[Double]]? = nil) {
        self.method = method
        self.drop = drop
        self.initialStep = initialStep
        self.maxProbes = maxProbes
        self.crossingTolerance = crossingTolerance
        self.minimizer = minimizer
        self.covariance = covariance
    }

    func validate(parameters n: Int) throws(CalibrationError) {
        guard drop > 0, drop.isFinite else { throw .invalidSetting(name: "drop", value: drop) }
        guard initialStep > 0, initialStep <= 1 else { throw .invalidSetting(name: "initialStep", value: initialStep) }
        guard maxProbes >= 1 else { throw .invalidSetting(name: "maxProbes", value: Double(maxProbes)) }
        guard crossingTolerance > 0, crossingTolerance < drop else {
            throw .invalidSetting(name: "crossingTolerance", value: crossingTolerance)
        }
        try minimizer.validate()
        if let covariance {
            guard covariance.count == n else { throw .dimensionMismatch(what: "covariance", expected: n, got: covariance.count) }
            for (i, row) in covariance.enumerated() where row.count != covariance.count || !(row[i] > 0) || !row.allSatisfy(\.isFinite) {
                throw .invalidSetting(name: "covariance[\(i)][\(i)]", value: row.count > i ? row[i] : .nan)
            }
        } else if method == .ridge {
            throw .dimensionMismatch(what: "covariance (needed by the ridge method)", expected: n, got: 0)
        }
    }
}
