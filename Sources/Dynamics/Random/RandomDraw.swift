/// How each random builtin turns the run's uniform stream into its distribution, by inverse
/// transform: one uniform draw u per call and step, then arithmetic. Arguments are evaluated
/// once each, so an argument that is itself random is drawn once.
///
/// | builtin | value |
/// |---|---|
/// | `uniform(min, max)` | min + (max − min)·u |
/// | `normal(m, s)` | m + s·Φ⁻¹(u) |
/// | `normal(m, s, seed, lo, [hi])` | m + s·Φ⁻¹(Φ(a) + u·(Φ(b) − Φ(a))), a = (lo − m)/s, b = (hi − m)/s; then held in [lo, hi] |
/// | `lognormal(m, s)` | exp(μ + σ·Φ⁻¹(u)), σ² = ln(1 + s²/m²), μ = ln m − σ²/2 |
/// | `exprnd(m)` | −m·ln u |
/// | `poisson(r)` | the Poisson(r·dt) quantile of u |
enum RandomDraw: Sendable {
    case uniform, normal, lognormal, exponential, poisson

    /// Where the call's own seed is among its arguments.
    var seedArgument: Int {
        switch self {
        case .uniform, .normal, .lognormal: 2
        case .exponential, .poisson: 1
        }
    }
}
