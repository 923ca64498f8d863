import Dynamics
import Foundation
import Scenarios

/// How Monte Carlo draws one parameter: a distribution over `low ... high` read from the
/// parameter's `value`, range and `distribution`, sampled by its inverse distribution function
/// (`quantile(u)` of a uniform u), so correlated uniforms from a copula give correlated draws.
///
/// | distribution | reading of value, low, high | quantile of u |
/// |---|---|---|
/// | (none, no range) | fixed at value | value |
/// | uniform | flat on [low, high] | low + u·(high − low) |
/// | triangular (also a range without a distribution) | a = low, c = value (the mode), b = high | a + √(u(b−a)(c−a)) for u < (c−a)/(b−a), else b − √((1−u)(b−a)(b−c)) |
/// | normal | mean = value, σ = (high − low)/(2·1.645): the range read as a 90% interval; truncated to [low, high] | μ + σ·Φ⁻¹(Φ(α) + u·(Φ(β) − Φ(α))), α = (low−μ)/σ, β = (high−μ)/σ |
/// | lognormal | median = value, σ_log = (ln high − ln low)/(2·1.645); truncated to [low, high] | exp of the truncated normal on ln x |
///
/// Truncation keeps every draw inside the range the assumption file states; with a value near
/// one end the mean moves away from that end, as the range says it should.
public struct ParameterDistribution: Hashable, Sendable {
    public enum Shape: String, Hashable, Sendable {
        case fixed, uniform, triangular, normal, lognormal
    }

    public let shape: Shape
    /// The parameter's value: the fixed value, the triangular mode, the normal mean or the lognormal median.
    public let value: Double
    public let low: Double
    public let high: Double
    /// σ of the normal, σ of ln x for the lognormal; 0 otherwise.
    public let sigma: Double
    /// Φ(α) and Φ(β): the probabilities below `low` and `high` of the untruncated normal.
    private let cdfLow: Double
    private let cdfHigh: Double

    /// z at the 95th percentile of N(0, 1): `low ... high` is read as the central 90% interval.
    public static let z95 = 1.6448536269514722

    public init(shape: Shape, value: Double, low: Double, high: Double) {
        self.value = value
        self.low = low
        self.high = high
        // A collapsed or missing range, or one a scenario moved the value out of, is no distribution.
        self.shape = (low < high && value >= low && value <= high) ? shape : .fixed
        switch self.shape {
        case .normal:
            sigma = (high - low) / (2 * Self.z95)
            cdfLow = StandardNormal.cdf((low - value) / sigma)
            cdfHigh = StandardNormal.cdf((high - value) / sigma)
        case .lognormal:
            sigma = (log(high) - log(low)) / (2 * Self.z95)
            cdfLow = StandardNormal.cdf((log(low) - log(value)) / sigma)
            cdfHigh = StandardNormal.cdf((log(high) - log(value)) / sigma)
        default:
            sigma = 0
            cdfLow = 0
            cdfHigh = 1
        }
    }

    /// The distribution of a resolved parameter: fixed without a range (or when the scenario's
    /// value lies outside it, a deliberate choice Monte Carlo keeps); triangular when the range
    /// has no named distribution.
    public init(_ parameter: ResolvedParameter) {
        guard let low = parameter.low, let high = parameter.high else {
            self.init(shape: .fixed, value: parameter.value, low: parameter.value, high: parameter.value)
            return
        }
        let shape: Shape = switch parameter.distribution {
        case .uniform: .uniform
        case .normal: .normal
        case .lognormal: low > 0 ? .lognormal : .triangular
        case .triangular, nil: .triangular
        case .fixed: .fixed
        }
        self.init(shape: shape, value: parameter.value, low: low, high: high)
    }

    public var isFixed: Bool { shape == .fixed }

    /// The value below which a share `u` (0 ≤ u ≤ 1) of draws fall, kept inside [low, high].
    public func quantile(_ u: Double) -> Double {
        let x: Double
        switch shape {
        case .fixed:
            return value
        case .uniform:
            x = low + u * (high - low)
        case .triangular:
            let (a, b, c) = (low, high, value)
            x = u * (b - a) < c - a ? a + (u * (b - a) * (c - a)).squareRoot()
                                    : b - ((1 - u) * (b - a) * (b - c)).squareRoot()
        case .normal:
            x = value + sigma * StandardNormal.quantile(cdfLow + u * (cdfHigh - cdfLow))
        case .lognormal:
            x = value * exp(sigma * StandardNormal.quantile(cdfLow + u * (cdfHigh - cdfLow)))
        }
        return min(max(x, low), high)
    }
}
