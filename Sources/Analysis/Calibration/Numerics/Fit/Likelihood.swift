/// The log-likelihood of a series of observations: Σₜ ℓ(mₜ, aₜ) under one observation model
/// (see `ObservationModel`), or with σ profiled out for the lognormal model.
public enum Likelihood {
    /// Σₜ observation.logLikelihood(mₜ, aₜ). Throws unless the series are equally long, not
    /// empty and the observations positive and finite; a bad model value gives −∞.
    public static func logLikelihood(model: [Double], observed: [Double],
                                     observation: some ObservationModel) throws(CalibrationError) -> Double {
        try check(model: model, observed: observed)
        var sum = 0.0
        for t in model.indices { sum += observation.logLikelihood(model: model[t], observed: observed[t]) }
        return sum.isNaN ? -.infinity : sum
    }

    /// The lognormal log-likelihood at the maximum-likelihood σ̂ (see
    /// `LognormalObservation.profiledLogLikelihood`), and σ̂ itself.
    public static func profiledLognormal(model: [Double], observed: [Double]) throws(CalibrationError) -> (logLikelihood: Double, sigma: Double) {
        try check(model: model, observed: observed)
        var residuals: [Double] = []
        for t in model.indices {
            guard let r = Log10Residual.of(model[t], observed[t]) else { return (-.infinity, .nan) }
            residuals.append(r)
        }
        return (LognormalObservation.profiledLogLikelihood(residuals: residuals), LognormalObservation.profiledSigma(residuals: residuals))
    }

    static func check(model: [Double], observed: [Double]) throws(CalibrationError) {
        guard !observed.isEmpty else { throw .tooFewValues(what: "observed", needed: 1, got: 0) }
        guard model.count == observed.count else { throw .dimensionMismatch(what: "model", expected: observed.count, got: model.count) }
        if let k = observed.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .nonPositiveValue(what: "observed", index: k, value: observed[k])
        }
    }
}
