import Foundation

extension ParameterDistribution {
    /// The log prior density at `x`, up to a constant: −∞ outside [low, high]; flat for a
    /// uniform; the triangle through (low, 0), (value, peak), (high, 0); a normal or lognormal
    /// truncated to the range (σ as `quantile` reads it). A fixed parameter has no density.
    public func logDensity(_ x: Double) -> Double {
        guard x.isFinite, x >= low, x <= high else { return -.infinity }
        switch shape {
        case .fixed:
            return x == value ? 0 : -.infinity
        case .uniform:
            return -log(high - low)
        case .triangular:
            let height = 2 / (high - low)
            let density = x < value ? height * (x - low) / (value - low)
                : x > value ? height * (high - x) / (high - value) : height
            return density > 0 ? log(density) : -.infinity
        case .normal:
            let z = (x - value) / sigma
            return -0.5 * z * z - log(sigma)
        case .lognormal:
            let z = (log(x) - log(value)) / sigma
            return -0.5 * z * z - log(sigma * x)
        }
    }
}
