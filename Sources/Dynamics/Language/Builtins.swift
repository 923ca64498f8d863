/// The functions an equation can call, besides tables.
///
/// Stateful functions (`smooth`, `delay1`, `trend`, `initial`, …) are expanded by the compiler
/// into hidden stocks; the others evaluate directly.
public enum Builtin: String, CaseIterable, Sendable {
    // Mathematics
    case min, max, abs, exp, ln, log10, sqrt, pow, clamp, sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh
    case int, mod, sign, pi, inf, safediv
    // Logic
    case `if`
    // Test inputs
    case step, ramp, pulse
    /// XMILE's `PULSE(magnitude, first, interval)`: `magnitude / dt` for one step at `first`,
    /// repeated every `interval` when `interval > 0`.
    case pulse_train
    // Time
    case starttime, stoptime
    // Stateful: become hidden stocks.
    case smooth, smooth3, smoothn, delay1, delay3, delayn, trend, forcst, initial, previous
    /// A pipeline: the input exactly `τ` earlier (XMILE's `DELAY`, Vensim's `DELAY FIXED`).
    case delay_fixed

    /// How many arguments the function takes.
    public var arity: ClosedRange<Int> {
        switch self {
        case .pi, .inf, .starttime, .stoptime: 0...0
        case .abs, .exp, .ln, .log10, .sqrt, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh, .int, .sign, .initial: 1...1
        case .min, .max: 2...Int.max
        case .pow, .mod: 2...2
        case .safediv: 2...3
        case .clamp, .if: 3...3
        case .step: 2...2
        case .ramp: 2...3
        case .pulse: 2...2
        case .pulse_train: 2...3
        case .previous: 1...2
        case .smooth, .smooth3, .delay1, .delay3, .trend, .delay_fixed: 2...3
        case .smoothn, .delayn, .forcst: 3...4
        }
    }

    /// True for functions that keep state between time steps.
    public var isStateful: Bool {
        switch self {
        case .smooth, .smooth3, .smoothn, .delay1, .delay3, .delayn, .trend, .forcst, .initial, .previous, .delay_fixed: true
        default: false
        }
    }

    /// How the function is called, for error hints and `forecast list functions`.
    public var signature: String {
        switch self {
        case .min: "min(a, b, …)"
        case .max: "max(a, b, …)"
        case .pow: "pow(base, exponent)"
        case .mod: "mod(a, b)"
        case .clamp: "clamp(x, low, high)"
        case .safediv: "safediv(a, b, [value if b is 0])"
        case .if: "if(condition, then, else)"
        case .step: "step(height, at)"
        case .ramp: "ramp(slope, from, [to])"
        case .pulse: "pulse(at, width)"
        case .pulse_train: "pulse_train(magnitude, first, [interval])"
        case .pi, .inf, .starttime, .stoptime: "\(rawValue)()"
        case .previous: "previous(x, [initial])"
        case .smooth, .smooth3, .delay1, .delay3, .delay_fixed: "\(rawValue)(x, tau, [initial])"
        case .trend: "trend(x, tau, [initial trend])"
        case .smoothn, .delayn: "\(rawValue)(x, tau, n, [initial])"
        case .forcst: "forcst(x, tau, horizon, [initial trend])"
        default: "\(rawValue)(x)"
        }
    }
}
