import Foundation

/// How an observation relates to the model: the log-likelihood of one observed value given the
/// model's value there. All three models work on log₁₀ values, for quantities that span orders
/// of magnitude; σ is in log₁₀ units (σ = 0.1 is about ±26 %). A model value that is not
/// positive and finite has log-likelihood −∞, as does a non-positive observation.
public protocol ObservationModel: Sendable {
    func logLikelihood(model: Double, observed: Double) -> Double
}

/// Gaussian on log₁₀ residuals: with r = log₁₀m − log₁₀a,
/// ℓ = −½(r/σ)² − ln(σ√(2π)), the log-density of log₁₀a ~ N(log₁₀m, σ²).
public struct LognormalObservation: ObservationModel, Equatable {
    public let sigma: Double

    public init(sigma: Double) { self.sigma = sigma }

    public func logLikelihood(model: Double, observed: Double) -> Double {
        guard let r = Log10Residual.of(model, observed), sigma > 0 else { return -.infinity }
        return -0.5 * (r / sigma) * (r / sigma) - log(sigma * (2 * Double.pi).squareRoot())
    }

    /// The maximum-likelihood σ for residuals rₜ = log₁₀mₜ − log₁₀aₜ: σ̂ = √((1/n)Σrₜ²), at least
    /// `minimum` (so a perfect fit keeps a finite likelihood).
    public static func profiledSigma(residuals r: [Double], minimum: Double = 1e-9) -> Double {
        guard !r.isEmpty else { return .nan }
        return max(minimum, (r.reduce(0) { $0 + $1 * $1 } / Double(r.count)).squareRoot())
    }

    /// The log-likelihood with σ profiled out: Σₜℓ(rₜ; σ̂) = −(n/2)ln(2πσ̂²) − Σrₜ²/(2σ̂²),
    /// which is −(n/2)(ln(2πσ̂²) + 1) unless σ̂ was raised to `minimum`.
    /// NaN or infinite residuals give −∞.
    public static func profiledLogLikelihood(residuals r: [Double], minimum: Double = 1e-9) -> Double {
        guard !r.isEmpty, r.allSatisfy(\.isFinite) else { return -.infinity }
        let sigma = profiledSigma(residuals: r, minimum: minimum)
        return -0.5 * Double(r.count) * log(2 * Double.pi * sigma * sigma) - r.reduce(0) { $0 + $1 * $1 } / (2 * sigma * sigma)
    }
}

/// A one-sided observation: the truth is at or above the observed value a (a floor, e.g. a
/// count known to be incomplete). No penalty when the model is at or above it; below, the
/// half-normal-shaped penalty of a Gaussian in log₁₀:
/// ℓ = 0 if m ≥ a, else −½((log₁₀a − log₁₀m)/σ)². Unnormalised (a flat-topped likelihood);
/// the constant does not matter for fixed σ.
public struct FloorObservation: ObservationModel, Equatable {
    public let sigma: Double

    public init(sigma: Double) { self.sigma = sigma }

    public func logLikelihood(model: Double, observed: Double) -> Double {
        guard let r = Log10Residual.of(model, observed), sigma > 0 else { return -.infinity }
        return r >= 0 ? 0 : -0.5 * (r / sigma) * (r / sigma)
    }
}

/// A ceiling: the truth is at or below the observation. The mirror of `FloorObservation`:
/// ℓ = 0 for m ≤ y, −½((log₁₀m − log₁₀y)/σ)² above.
public struct CeilingObservation: ObservationModel, Equatable {
    public let sigma: Double

    public init(sigma: Double) { self.sigma = sigma }

    public func logLikelihood(model: Double, observed: Double) -> Double {
        guard let r = Log10Residual.of(model, observed), sigma > 0 else { return -.infinity }
        return r <= 0 ? 0 : -0.5 * (r / sigma) * (r / sigma)
    }
}

/// A range observation: the truth lies in [low, high]. Flat inside, Gaussian-in-log₁₀ tails
/// outside: ℓ = 0 for low ≤ m ≤ high, −½((log₁₀low − log₁₀m)/σ)² below, and
/// −½((log₁₀m − log₁₀high)/σ)² above. Unnormalised like `FloorObservation`. The range is the
/// datum, so `observed` is ignored (pass anything positive, e.g. the midpoint).
public struct RangeObservation: ObservationModel, Equatable {
    public let low: Double
    public let high: Double
    public let sigma: Double

    public init(low: Double, high: Double, sigma: Double) { (self.low, self.high, self.sigma) = (low, high, sigma) }

    public func logLikelihood(model: Double) -> Double {
        guard low > 0, high >= low, sigma > 0, let below = Log10Residual.of(model, low),
              let above = Log10Residual.of(model, high) else { return -.infinity }
        let r = below < 0 ? below : (above > 0 ? above : 0)
        return -0.5 * (r / sigma) * (r / sigma)
    }

    public func logLikelihood(model: Double, observed: Double) -> Double { logLikelihood(model: model) }
}

extension ObservationModel where Self == LognormalObservation {
    public static func lognormal(sigma: Double) -> LognormalObservation { LognormalObservation(sigma: sigma) }
}

extension ObservationModel where Self == FloorObservation {
    public static func floor(sigma: Double) -> FloorObservation { FloorObservation(sigma: sigma) }
}

extension ObservationModel where Self == RangeObservation {
    public static func range(low: Double, high: Double, sigma: Double) -> RangeObservation {
        RangeObservation(low: low, high: high, sigma: sigma)
    }
}

/// log₁₀m − log₁₀a, or nil unless both are positive and finite.
enum Log10Residual {
    static func of(_ model: Double, _ observed: Double) -> Double? {
        guard model > 0, model.isFinite, observed > 0, observed.isFinite else { return nil }
        return log10(model) - log10(observed)
    }
}
