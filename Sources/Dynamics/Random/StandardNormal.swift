import Foundation

/// The standard normal distribution N(0, 1): density φ, distribution function Φ and its
/// inverse Φ⁻¹, the pieces inverse-transform sampling and the Gaussian copula need.
public enum StandardNormal {
    /// φ(x) = exp(−x²/2) / √(2π).
    public static func density(_ x: Double) -> Double {
        exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }

    /// Φ(x) = erfc(−x/√2) / 2. Through `erfc` rather than `1 + erf`, so the lower tail keeps
    /// full relative precision (Φ(−30) ≈ 4.9e−198, not 0). Φ(±∞) = 0 and 1; Φ(NaN) = NaN.
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x * 0.5.squareRoot())
    }

    /// Φ⁻¹(p), the x with Φ(x) = p, for p in [0, 1]: −∞ at 0, +∞ at 1, NaN outside or for NaN.
    ///
    /// Acklam's rational approximations (central region |p − ½| ≤ 0.47575, tails beyond; relative
    /// error below 1.15e−9), followed by one Halley step on Φ(x) − p, which brings the result to
    /// within a few units in the last place. Computed for p ≤ ½ and mirrored, Φ⁻¹(1 − p) = −Φ⁻¹(p)
    /// (1 − p is exact there), so the upper tail is as precise as the lower.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p > 0.5 { return -quantile(1 - p) }
        if p == 0 { return -.infinity }
        var x: Double
        if p < lowTail {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        // Halley: with e = Φ(x) − p and u = e / φ(x), x ← x − u / (1 + x·u/2).
        let u = (cdf(x) - p) * (2 * Double.pi).squareRoot() * exp(0.5 * x * x)
        if u.isFinite { x -= u / (1 + 0.5 * x * u) }
        return x
    }

    private static let lowTail = 0.02425
    private static let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    private static let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                            6.680131188771972e+01, -1.328068155288572e+01]
    private static let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    private static let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                            3.754408661907416e+00]
}
