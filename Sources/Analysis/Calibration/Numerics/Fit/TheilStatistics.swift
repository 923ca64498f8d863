/// Theil's inequality statistics of a model series m against observations a (Theil 1966,
/// Applied Economic Forecasting; Sterman 1984, "Appropriate summary statistics for evaluating
/// the historical fit of system dynamics models", Dynamica 10(2)).
///
/// With means m̄, ā, population standard deviations S_m, S_a (n denominators) and correlation r,
/// the mean-square error splits exactly as
///
///     MSE = (1/n)Σ(mₜ − aₜ)² = (m̄ − ā)² + (S_m − S_a)² + 2(1 − r)·S_m·S_a
///
/// and the three shares U^M (bias), U^S (unequal variation) and U^C (unequal covariation) are
/// those terms over MSE, summing to 1. 2(1 − r)S_mS_a is computed as 2(S_mS_a − cov), which
/// needs no r when a series is constant. Theil's inequality coefficient is U₁ =
/// √MSE / (√(Σmₜ²/n) + √(Σaₜ²/n)), 0 for a perfect fit and at most 1.
public struct TheilStatistics: Sendable, Equatable {
    public let meanSquareError: Double
    /// U^M, U^S, U^C; nil when MSE is 0 (a perfect fit has no error to share out).
    public let biasShare: Double?
    public let unequalVariationShare: Double?
    public let unequalCovariationShare: Double?
    /// U₁; nil when both series are all zero.
    public let inequalityCoefficient: Double?

    /// From equally long, finite, non-empty series (as `FitStatistics` checks them).
    init(model m: [Double], observed a: [Double]) {
        let n = Double(m.count)
        let (mm, am) = (m.reduce(0, +) / n, a.reduce(0, +) / n)
        var (vm, va, cov, mse, m2, a2) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        for t in m.indices {
            let (dm, da) = (m[t] - mm, a[t] - am)
            vm += dm * dm / n
            va += da * da / n
            cov += dm * da / n
            mse += (m[t] - a[t]) * (m[t] - a[t]) / n
            m2 += m[t] * m[t] / n
            a2 += a[t] * a[t] / n
        }
        let (sm, sa) = (vm.squareRoot(), va.squareRoot())
        meanSquareError = mse
        if mse > 0 {
            // The shares from the terms of the identity; their sum is MSE up to rounding, so
            // divide by the sum so that they add to 1 to rounding, as the identity says.
            let terms = ((mm - am) * (mm - am), (sm - sa) * (sm - sa), max(0, 2 * (sm * sa - cov)))
            let total = terms.0 + terms.1 + terms.2
            (biasShare, unequalVariationShare, unequalCovariationShare) = (terms.0 / total, terms.1 / total, terms.2 / total)
        } else {
            (biasShare, unequalVariationShare, unequalCovariationShare) = (nil, nil, nil)
        }
        let denominator = m2.squareRoot() + a2.squareRoot()
        inequalityCoefficient = denominator > 0 ? mse.squareRoot() / denominator : nil
    }

    /// Theil statistics of `model` against `observed` (equally long, finite, not empty).
    public static func compute(model: [Double], observed: [Double]) throws(CalibrationError) -> TheilStatistics {
        try FitStatistics.check(model: model, observed: observed)
        return TheilStatistics(model: model, observed: observed)
    }
}
