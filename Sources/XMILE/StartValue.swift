import Foundation
import Dynamics

/// Evaluates an XMILE expression at the start of a run, before the engine compiles anything.
///
/// Used for the order of SMTHN and DELAYN, which shapes the model (n stocks) and so must be
/// known when importing. Vensim, PySD and xmutil-converted models evaluate the order once, at
/// the start, so an order such as `2 + STEP(1, 10)` is 2. Only what a start value can need is
/// supported: numbers, other auxiliaries, arithmetic, comparisons, `IF`, STEP, RAMP, PULSE
/// and the common mathematical functions; anything else gives nil.
struct StartValue {
    /// Parsed XMILE equations of the auxiliaries, by canonical name.
    var equations: [String: Dynamics.Expression]
    var start: Double
    var stop: Double
    var dt: Double

    func evaluate(_ expression: Dynamics.Expression) -> Double? {
        var visiting: Set<String> = []
        return evaluate(expression, &visiting)
    }

    /// How long a chain of auxiliaries it follows (each one recursion) before giving up.
    static let maximumChain = 256

    private func evaluate(_ expression: Dynamics.Expression, _ visiting: inout Set<String>) -> Double? {
        switch expression.kind {
        case .number(let value):
            return value
        case .name(let name):
            switch name {
            case "time", "starttime": return start
            case "stoptime": return stop
            case "dt": return dt
            case "pi": return .pi
            default:
                guard let equation = equations[name], visiting.count < Self.maximumChain, visiting.insert(name).inserted else { return nil }
                defer { visiting.remove(name) }
                return evaluate(equation, &visiting)
            }
        case .unary(let op, let operand):
            guard let value = evaluate(operand, &visiting) else { return nil }
            switch op {
            case .negate: return -value
            case .plus: return value
            case .not: return value == 0 ? 1 : 0
            case .transpose: return nil
            }
        case .binary(let op, let lhs, let rhs):
            guard let a = evaluate(lhs, &visiting), let b = evaluate(rhs, &visiting) else { return nil }
            return Self.apply(op, a, b)
        case .call(let name, let arguments):
            var values: [Double] = []
            for argument in arguments {
                guard let value = evaluate(argument, &visiting) else { return nil }
                values.append(value)
            }
            return call(name, values)
        case .subscript:
            return nil
        }
    }

    private static func apply(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double {
        func truth(_ condition: Bool) -> Double { condition ? 1 : 0 }
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return pow(a, b)
        case .modulo: return a - b * (a / b).rounded(.down)
        case .less: return truth(a < b)
        case .lessOrEqual: return truth(a <= b)
        case .greater: return truth(a > b)
        case .greaterOrEqual: return truth(a >= b)
        case .equal: return truth(a == b)
        case .notEqual: return truth(a != b)
        case .and: return truth(a != 0 && b != 0)
        case .or: return truth(a != 0 || b != 0)
        }
    }

    private func call(_ name: String, _ x: [Double]) -> Double? {
        let tolerance = dt * 1e-9
        switch (name, x.count) {
        case ("if", 3), ("if_then_else", 3): return x[0] != 0 ? x[1] : x[2]
        case ("step", 2): return start + tolerance >= x[1] ? x[0] : 0
        case ("ramp", 2), ("ramp", 3):
            let t = min(start, x.count == 3 ? x[2] : .infinity)
            return t > x[1] ? x[0] * (t - x[1]) : 0
        case ("pulse", 2), ("pulse", 3):
            var since = start - x[1]
            guard since + tolerance >= 0 else { return 0 }
            if x.count == 3, x[2] > 0 { since -= (since / x[2] + 1e-9).rounded(.down) * x[2] }
            return since + tolerance < dt ? x[0] / dt : 0
        case ("min", 2...): return x.min()
        case ("max", 2...): return x.max()
        case ("abs", 1): return abs(x[0])
        case ("int", 1): return x[0].rounded(.down)
        case ("sqrt", 1): return x[0].squareRoot()
        case ("exp", 1): return exp(x[0])
        case ("ln", 1): return log(x[0])
        case ("log10", 1): return log10(x[0])
        case ("pi", 0): return .pi
        case ("starttime", 0): return start
        case ("stoptime", 0): return stop
        default: return nil
        }
    }
}
