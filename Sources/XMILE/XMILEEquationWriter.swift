import Dynamics

/// Rewrites the engine's equations in XMILE 1.0: names as exported, builtins as XMILE's, and
/// where the two differ in meaning, XMILE that computes what the engine computes. The inverse
/// of `XMILEFunction`; an exported model imported again runs the same arithmetic.
///
/// | engine | XMILE | note |
/// |---|---|---|
/// | `if(c, a, b)` | `(IF c THEN a ELSE b)` | |
/// | `==` `!=` `and` `or` `not` | `=` `<>` `AND` `OR` `NOT` | |
/// | `mod(a, b)`, `a mod b` | `(a mod b)` | sign of the divisor in both |
/// | `pow(a, b)` | `a ^ b` | |
/// | `min` `max` of n arguments | nested two-argument `MIN` `MAX` | |
/// | `clamp(x, lo, hi)` | `MIN(MAX(x, lo), hi)` | |
/// | `log10(x)` | `LN(x) / LN(10)` | PySD 3 has no LOG10; equal to within a rounding |
/// | `sign(x)` | `(IF x > 0 THEN 1 ELSE (IF x < 0 THEN -1 ELSE 0))` | XMILE has no SIGN |
/// | `pi()` | `3.141592653589793` | PySD 3 has no PI |
/// | `starttime()` | `INIT(TIME)` | PySD 3 has no STARTTIME |
/// | `smooth` `smooth3` `smoothn` | `SMTH1` `SMTH3` `SMTHN` | |
/// | `delay1` `delay3` `delayn` `delay_fixed` | `DELAY1` `DELAY3` `DELAYN` `DELAY` | |
/// | `initial` `previous` `safediv` | `INIT` `PREVIOUS` `SAFEDIV` | |
/// | `step` `ramp` `pulse_train` | `STEP` `RAMP` `PULSE` | |
/// | `pulse(at, w)` | `(STEP(1, at) - STEP(1, at + w))` | 1 for at ≤ TIME < at + w* |
/// | `trend(x, τ, [g₀])` | `SAFEDIV(x - A, τ * ABS(A), 0)` | A an added auxiliary† |
/// | `forcst(x, τ, h, [g₀])` | `x * (1 + trend · h)` | as trend† |
/// | `time` `dt` `stoptime()` `inf()` | `TIME` `DT` `STOPTIME` `INF` | |
/// | a table `f(x)` | `f(x)`, a standalone `<gf>` | |
/// | a table stepped forward `f(x)` | `LOOKUP_FORWARD(f, x)`, `f` a continuous `<gf>` | Vensim's; XMILE has no forward step |
///
/// \* The engine's pulse lasts one step when `w` ≤ 0; unless `w` is a positive number or a
/// parameter with a positive value, the end is written `at + (IF w > 0 THEN w ELSE DT)`.
///
/// † XMILE's TREND divides by `A·τ` where the engine (like Vensim and PySD) divides by
/// `τ·|A|`; they differ when the average A is negative. The export keeps the engine's meaning
/// by writing the average as its own auxiliary, `A = SMTH1(x, τ, x / (1 + g₀·τ))` (x alone
/// without g₀), named after the variable (`<name>_trend_average`); an input or averaging
/// time that is not a plain name or number gets an auxiliary too, as in the engine.
struct XMILEEquationWriter {
    /// An auxiliary the export adds to hold part of an equation.
    struct Helper {
        var name: String
        var equation: XMILETerm
        var doc: String
    }

    var names: XMILEExportNames
    /// Engine names of the tables.
    let tables: Set<String>
    /// Engine names of the tables stepped forward (Vensim's LOOKUP FORWARD).
    let forwardTables: Set<String>
    /// Engine names of parameters whose value is positive (for the pulse width).
    let positiveParameters: Set<String>
    /// Auxiliaries added since the last `take()`.
    private var helpers: [Helper] = []
    /// Calls that have no XMILE form, with the variable they are in.
    private(set) var problems: [Diagnostic] = []

    init(names: XMILEExportNames, tables: Set<String>, forwardTables: Set<String> = [], positiveParameters: Set<String>) {
        self.names = names
        self.tables = tables
        self.forwardTables = forwardTables
        self.positiveParameters = positiveParameters
    }

    /// The XMILE equation of `expression`, an equation of the variable `owner` (engine name).
    mutating func write(_ expression: Expression, owner: String) -> XMILETerm {
        lower(expression, owner: names[owner])
    }

    /// The auxiliaries added since the last call, in the order they were added.
    mutating func takeHelpers() -> [Helper] {
        defer { helpers = [] }
        return helpers
    }

    // MARK: - Lowering

    private mutating func lower(_ e: Expression, owner: String) -> XMILETerm {
        switch e.kind {
        case .number(let value):
            return .number(value)
        case .name(let name):
            switch name {
            case "time": return .name("TIME")
            case "dt": return .name("DT")
            default: return .name(names[name])
            }
        case .unary(let op, let operand):
            return .unary(op, lower(operand, owner: owner))
        case .binary(let op, let lhs, let rhs):
            return .binary(op, lower(lhs, owner: owner), lower(rhs, owner: owner))
        case .subscript(let name, let indices):
            return .subscript(names[name], indices.map { index in
                switch index {
                case .index(let e): lower(e, owner: owner).text
                case .wildcard(let restriction): restriction.map { "*:\($0)" } ?? "*"
                case .range(let a, let b): "\(lower(a, owner: owner).text):\(lower(b, owner: owner).text)"
                case .dimensionPosition(let n): "@\(n)"
                }
            })
        case .call(let name, let arguments):
            if forwardTables.contains(name) {
                return .call("LOOKUP_FORWARD", [.name(names[name])] + arguments.map { lower($0, owner: owner) })
            }
            if tables.contains(name) {
                return .call(names[name], arguments.map { lower($0, owner: owner) })
            }
            if let reduction = ArrayReduction(rawValue: name) {
                return .call(reduction.xmileName, arguments.map { lower($0, owner: owner) })
            }
            if name == "lookup" {
                return .call("LOOKUP", arguments.map { lower($0, owner: owner) })
            }
            guard let builtin = Builtin(rawValue: name) else {
                problems.append(Diagnostic(.error, XMILEProblem.noXMILEForm(function: name, variable: owner)))
                return .number(0)
            }
            return call(builtin, arguments, owner: owner)
        }
    }

    /// A call of `builtin` written as its specification's export says; every builtin has one.
    private mutating func call(_ builtin: Builtin, _ arguments: [Expression], owner: String) -> XMILETerm {
        switch builtin.specification.export {
        case .function(let function):
            return .call(function, arguments.map { lower($0, owner: owner) })
        case .pairwise(let function):
            let args = arguments.map { lower($0, owner: owner) }
            // MIN(array) reduces an array; more arguments are written pairwise, as every reader takes them.
            if args.count == 1 { return .call(function, args) }
            return args.dropFirst().reduce(args[0]) { .call(function, [$0, $1]) }
        case .conditional:
            let args = arguments.map { lower($0, owner: owner) }
            return .conditional(args[0], args[1], args[2])
        case .power:
            return .binary(.power, lower(arguments[0], owner: owner), lower(arguments[1], owner: owner))
        case .modulo:
            return .binary(.modulo, lower(arguments[0], owner: owner), lower(arguments[1], owner: owner))
        case .clampedMinMax:
            let args = arguments.map { lower($0, owner: owner) }
            return .call("MIN", [.call("MAX", [args[0], args[1]]), args[2]])
        case .naturalLogRatio:
            return .binary(.divide, .call("LN", [lower(arguments[0], owner: owner)]), .call("LN", [.number(10)]))
        case .signConditional:
            let x = bindIfStateful(arguments[0], owner: owner, role: "sign_input")
            return .conditional(.binary(.greater, x, .number(0)), .number(1),
                                .conditional(.binary(.less, x, .number(0)), .number(-1), .number(0)))
        case .number(let value):
            return .number(value)
        case .constant(let name):
            return .constant(name)
        case .initialTime:
            return .call("INIT", [.name("TIME")])
        case .stepDifference:
            return pulse(arguments, owner: owner)
        case .trendWrittenOut:
            return trend(builtin, arguments, owner: owner)
        case .unavailable:
            problems.append(Diagnostic(.error, XMILEProblem.noXMILEForm(function: builtin.rawValue, variable: owner)))
            return .number(0)
        }
    }

    /// `pulse(at, w)` as the difference of two steps: `STEP(1, at) − STEP(1, at + w)` is 1 exactly
    /// when at ≤ TIME < at + w, with the same time comparisons as the engine's pulse.
    private mutating func pulse(_ arguments: [Expression], owner: String) -> XMILETerm {
        let start = bindIfStateful(arguments[0], owner: owner, role: "pulse_start")
        let width = bindIfStateful(arguments[1], owner: owner, role: "pulse_width")
        let isPositive: Bool
        switch arguments[1].kind {
        case .number(let value): isPositive = value > 0
        case .name(let name): isPositive = positiveParameters.contains(name)
        default: isPositive = false
        }
        let length = isPositive ? width : .conditional(.binary(.greater, width, .number(0)), width, .name("DT"))
        return .binary(.subtract, .call("STEP", [.number(1), start]), .call("STEP", [.number(1), .binary(.add, start, length)]))
    }

    /// The engine's `trend` and `forcst`, with the average as an added auxiliary.
    private mutating func trend(_ builtin: Builtin, _ arguments: [Expression], owner: String) -> XMILETerm {
        let input = bind(arguments[0], owner: owner, role: "trend_input", doc: "The input of a TREND in '\(owner)'.")
        let time = bind(arguments[1], owner: owner, role: "trend_time", doc: "The averaging time of a TREND in '\(owner)'.")
        let initialTrend = builtin == .trend ? arguments.dropFirst(2).first : arguments.dropFirst(3).first
        var smoothArguments = [input, time]
        if let initialTrend {
            let scale = XMILETerm.binary(.add, .number(1), .binary(.multiply, lower(initialTrend, owner: owner), time))
            smoothArguments.append(.binary(.divide, input, scale))
        }
        let average = helper(.call("SMTH1", smoothArguments), owner: owner, role: "trend_average",
                             doc: "The average a TREND in '\(owner)' compares its input with; the trend is (input - average) / (averaging time * |average|), 0 when the average is 0.")
        let trend = XMILETerm.call("SAFEDIV", [.binary(.subtract, input, average),
                                               .binary(.multiply, time, .call("ABS", [average])), .number(0)])
        guard builtin == .forcst else { return trend }
        let horizon = lower(arguments[2], owner: owner)
        return .binary(.multiply, input, .binary(.add, .number(1), .binary(.multiply, trend, horizon)))
    }

    /// `expression` as a name or number: itself if it is one, else an added auxiliary.
    private mutating func bind(_ expression: Expression, owner: String, role: String, doc: String) -> XMILETerm {
        switch expression.kind {
        case .number, .name: return lower(expression, owner: owner)
        default: return helper(lower(expression, owner: owner), owner: owner, role: role, doc: doc)
        }
    }

    /// `expression` bound to an added auxiliary if it holds a stateful or random function, so
    /// that writing it twice does not create two copies of its state or two draws, or a function that is itself
    /// written with an argument twice (`sign`, `pulse`), so that nesting them does not double
    /// the equation's length at each level.
    private mutating func bindIfStateful(_ expression: Expression, owner: String, role: String) -> XMILETerm {
        var stateful = false
        expression.visit { node in
            guard case .call(let name, _) = node.kind, !tables.contains(name), let builtin = Builtin(rawValue: name) else { return }
            if builtin.isStateful || builtin.specification.category == .random || builtin == .sign || builtin == .pulse {
                stateful = true
            }
        }
        guard stateful else { return lower(expression, owner: owner) }
        return bind(expression, owner: owner, role: role, doc: "Part of the equation of '\(owner)', written once.")
    }

    private mutating func helper(_ equation: XMILETerm, owner: String, role: String, doc: String) -> XMILETerm {
        let name = names.fresh("\(owner)_\(role)")
        helpers.append(Helper(name: name, equation: equation, doc: doc))
        return .name(name)
    }
}
