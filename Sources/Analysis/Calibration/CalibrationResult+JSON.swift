import Dynamics
import Scenarios

/// The JSON parts of a calibration that both `forecast.calibrate/1` and calibrated.json5 hold.
extension CalibrationResult {
    static func number(_ x: Double?) -> JSONValue { x.map { JSONValue(.number($0)) } ?? JSONValue(.null) }
    static func string(_ s: String?) -> JSONValue { s.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(pairs.map { JSONValue.Member(key: $0.0, value: $0.1) }))
    }

    /// One object per target: what it compares, how many observations, and the fit statistics
    /// in log₁₀ (Theil's shares of the mean square error: bias, unequal variance, unequal covariance).
    public static func fitJSON(_ fits: [TargetFit]) -> JSONValue {
        JSONValue(.array(fits.map { fit in
            let statistics = fit.statistics
            return object([
                ("series", string(fit.target.series)), ("history", string(fit.target.history)),
                ("column", string(fit.target.column ?? "\(fit.target.low ?? "")..\(fit.target.high ?? "")")),
                ("observation", string(fit.target.observation.rawValue)), ("observations", number(Double(fit.count))),
                ("sigma", number(fit.target.sigma ?? fit.estimatedSigma)), ("sigma_estimated", JSONValue(.bool(fit.target.sigma == nil))),
                ("log_likelihood", number(fit.logLikelihood.isFinite ? fit.logLikelihood : nil)),
                ("mean_abs_log10_error", number(statistics?.meanAbsoluteLog10Error)),
                ("rmse_log10", number(statistics?.rootMeanSquareError)),
                ("r_squared_log10", number(statistics?.rSquared)),
                ("mape_percent", number(statistics?.meanAbsolutePercentageError)),
                ("theil_u", number(statistics?.theil.inequalityCoefficient)),
                ("theil_bias", number(statistics?.theil.biasShare)),
                ("theil_unequal_variance", number(statistics?.theil.unequalVariationShare)),
                ("theil_unequal_covariance", number(statistics?.theil.unequalCovariationShare)),
            ])
        }))
    }

    /// `{ names, matrix }`, or null when the correlations are not known.
    public var correlationsJSON: JSONValue {
        guard let correlations else { return JSONValue(.null) }
        return Self.object([
            ("names", JSONValue(.array(estimates.map { Self.string($0.name) }))),
            ("matrix", JSONValue(.array(correlations.map { row in JSONValue(.array(row.map { Self.number(($0 * 1e6).rounded() / 1e6) })) }))),
        ])
    }

    /// `forecast.calibrate/1`: the estimates with their intervals and priors, correlations,
    /// fit per target, MCMC diagnostics, and the file written.
    public func json(written: String?, warnings: [Diagnostic]) -> JSONValue {
        let parameters = estimates.map { estimate in
            Self.object([
                ("name", Self.string(estimate.name)), ("value", Self.number(estimate.value)),
                ("low", Self.number(estimate.low)), ("high", Self.number(estimate.high)),
                ("low_at_prior_bound", JSONValue(.bool(estimate.lowOpen))), ("high_at_prior_bound", JSONValue(.bool(estimate.highOpen))),
                ("prior", Self.object([("distribution", Self.string(estimate.prior.shape.rawValue)), ("value", Self.number(estimate.prior.value)),
                                       ("low", Self.number(estimate.prior.low)), ("high", Self.number(estimate.prior.high)),
                                       ("source", Self.string(estimate.source))])),
                ("scenario", Self.string(estimate.scenario)),
                ("r_hat", Self.number(estimate.rHat)), ("effective_sample_size", Self.number(estimate.effectiveSampleSize)),
            ])
        }
        var members: [(String, JSONValue)] = [
            ("schema", Self.string("forecast.calibrate/1")), ("method", Self.string(method.rawValue)),
            ("scenario", Self.string(scenario)), ("until", Self.string(until)), ("seed", Self.number(Double(seed))),
            ("digest", Self.string(digest)), ("evaluations", Self.number(Double(evaluations))),
            ("log_posterior", Self.number(logPosterior.isFinite ? logPosterior : nil)),
            ("parameters", JSONValue(.array(parameters))), ("correlations", correlationsJSON), ("fit", Self.fitJSON(fits)),
        ]
        members.append(("mcmc", method == .mcmc
            ? Self.object([("chains", Self.number(chains.map(Double.init))), ("acceptance_rate", Self.number(acceptance)),
                           ("draws_kept", Self.number(draws.map { Double($0.rows.count) }))])
            : JSONValue(.null)))
        members.append(("written", Self.string(written)))
        members.append(("warnings", JSONValue(.array(warnings.map { Self.string($0.entryText) }))))
        return Self.object(members)
    }
}
