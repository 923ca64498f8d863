import Foundation

/// Summary statistics of a model series mₜ against observations aₜ, t = 1 … n.
///
/// - mean absolute log10 error: (1/n)Σ|log₁₀mₜ − log₁₀aₜ| (nil unless all values are positive);
/// - RMSE: √((1/n)Σ(mₜ − aₜ)²);
/// - R², the coefficient of determination 1 − Σ(aₜ − mₜ)²/Σ(aₜ − ā)²: the share of the
///   observations' variance about their mean that the model accounts for; 1 for a perfect fit,
///   negative when the model does worse than the constant ā (nil when the observations are
///   constant). Not the squared correlation, which `correlation` gives separately;
/// - r, Pearson's correlation of m and a (nil when either is constant);
/// - MAPE: (100/n)Σ|(mₜ − aₜ)/aₜ| in percent (nil when an observation is 0);
/// - Theil's statistics (`TheilStatistics`).
///
/// With `log10: true`, RMSE, R², r and Theil's statistics are those of log₁₀m against log₁₀a
/// (for series spanning orders of magnitude); MAPE and the mean absolute log10 error always use
/// the values as given.
public struct FitStatistics: Sendable, Equatable {
    public let count: Int
    public let inLog10: Bool
    public let meanAbsoluteLog10Error: Double?
    public let rootMeanSquareError: Double
    public let rSquared: Double?
    public let correlation: Double?
    public let meanAbsolutePercentageError: Double?
    public let theil: TheilStatistics

    public static func compute(model: [Double], observed: [Double], log10 inLog10: Bool = false) throws(CalibrationError) -> FitStatistics {
        try check(model: model, observed: observed)
        let positive = (model + observed).allSatisfy { $0 > 0 }
        if inLog10 {
            if let k = model.firstIndex(where: { !($0 > 0) }) { throw .nonPositiveValue(what: "model", index: k, value: model[k]) }
            if let k = observed.firstIndex(where: { !($0 > 0) }) { throw .nonPositiveValue(what: "observed", index: k, value: observed[k]) }
        }
        let m = inLog10 ? model.map { Foundation.log10($0) } : model
        let a = inLog10 ? observed.map { Foundation.log10($0) } : observed
        let n = Double(m.count)
        let (mm, am) = (m.reduce(0, +) / n, a.reduce(0, +) / n)
        var (residual, total, smm, saa, sma) = (0.0, 0.0, 0.0, 0.0, 0.0)
        for t in m.indices {
            residual += (a[t] - m[t]) * (a[t] - m[t])
            total += (a[t] - am) * (a[t] - am)
            smm += (m[t] - mm) * (m[t] - mm)
            saa += (a[t] - am) * (a[t] - am)
            sma += (m[t] - mm) * (a[t] - am)
        }
        let mal = positive ? zip(model, observed).reduce(0) { $0 + abs(Foundation.log10($1.0) - Foundation.log10($1.1)) } / n : nil
        let mape = observed.contains(0) ? nil : zip(model, observed).reduce(0) { $0 + abs(($1.0 - $1.1) / $1.1) } * 100 / n
        return FitStatistics(count: m.count, inLog10: inLog10, meanAbsoluteLog10Error: mal,
                             rootMeanSquareError: (residual / n).squareRoot(),
                             rSquared: total > 0 ? 1 - residual / total : nil,
                             correlation: smm > 0 && saa > 0 ? sma / (smm * saa).squareRoot() : nil,
                             meanAbsolutePercentageError: mape, theil: TheilStatistics(model: m, observed: a))
    }

    /// Throws unless the series are equally long, not empty and finite.
    static func check(model: [Double], observed: [Double]) throws(CalibrationError) {
        guard !observed.isEmpty else { throw .tooFewValues(what: "observed", needed: 1, got: 0) }
        guard model.count == observed.count else { throw .dimensionMismatch(what: "model", expected: observed.count, got: model.count) }
        if let k = model.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(what: "model", index: k, value: model[k]) }
        if let k = observed.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(what: "observed", index: k, value: observed[k]) }
    }
}
