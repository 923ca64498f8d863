/// The functions an equation can call, besides tables.
///
/// Stateful functions (`smooth`, `delay1`, `trend`, `initial`, …) are expanded by the compiler
/// into hidden stocks; the others evaluate directly. Each one's names, arity, lowering, unit
/// rule, export and meaning are its entry in `makeSpecification()`.
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
    /// Vensim's NPV: the discounted sum of a stream up to now.
    case npv
    // Random: a new draw each step, from the run's seed.
    case uniform, normal, lognormal, exprnd, poisson
    /// A pipeline: the input exactly `τ` earlier (XMILE's `DELAY`, Vensim's `DELAY FIXED`).
    case delay_fixed
}

extension Builtin {
    /// The table of builtins: one entry each, the switch keeping it complete.
    func makeSpecification() -> BuiltinSpecification {
        typealias S = BuiltinSpecification
        let name = rawValue
        let upper = name.uppercased()
        func entry(_ category: S.Category, _ arity: ClosedRange<Int>, _ signature: String, xmile: [(String, String)],
                   narrowed: [String: ClosedRange<Int>] = [:],
                   vensim: String?, export: S.XMILEExport, units: String, rule: UnitRule, readsTime: Bool = false, order: Int? = nil,
                   _ lowering: S.Lowering, _ doc: String) -> S {
            S(builtin: self, category: category, arity: arity, signature: signature,
              xmile: xmile.map { S.Alias(name: $0.0, signature: $0.1, arity: narrowed[$0.0]) }, vensim: vensim, export: export,
              units: units, unitRule: rule, readsTime: readsTime, orderArgument: order, doc: doc, lowering: lowering)
        }
        func function(_ op: Instruction.Op, units: String, rule: UnitRule, vensim: String? = nil, _ doc: String) -> S {
            entry(.mathematics, 1...1, "\(name)(x)", xmile: [(name, "\(upper)(x)")], vensim: vensim ?? upper,
                  export: .function(upper), units: units, rule: rule, .instruction(op), doc)
        }
        let dimensionless = "x dimensionless; result dimensionless"
        switch self {
        case .min, .max:
            return entry(.mathematics, 2...Int.max, "\(name)(a, b, …)", xmile: [(name, "\(upper)(a, b) or \(upper)(array)")],
                         vensim: upper, export: .pairwise(upper), units: "arguments alike; result the same", rule: UnitRule.alike("compare"),
                         .fold(self == .min ? .min : .max), self == .min ? "the smallest argument" : "the largest argument")
        case .abs: return function(.abs, units: "result as x", rule: .likeFirst, "absolute value")
        case .exp: return function(.exp, units: dimensionless, rule: .dimensionlessFunction(name), "e to the power x")
        case .ln: return function(.ln, units: "result dimensionless (1/year from 1/year)", rule: UnitRule(result: .logarithm), "natural logarithm")
        case .log10:
            return entry(.mathematics, 1...1, "log10(x)", xmile: [("log10", "LOG10(x)")], vensim: "LOG(x, 10)",
                         export: .naturalLogRatio, units: "result dimensionless (1/year from 1/year)",
                         rule: UnitRule(result: .logarithm), .instruction(.log10),
                         "base-10 logarithm")
        case .sqrt: return function(.sqrt, units: "result the square root of x's", rule: UnitRule(result: .squareRoot), "square root")
        case .pow:
            return entry(.mathematics, 2...2, "pow(base, exponent)", xmile: [], vensim: "POWER", export: .power,
                         units: "base raised to a whole exponent; else dimensionless",
                         rule: UnitRule(result: .power), .instruction(.power), "base to the power exponent (`^`)")
        case .clamp:
            return entry(.mathematics, 3...3, "clamp(x, low, high)", xmile: [], vensim: nil, export: .clampedMinMax,
                         units: "arguments alike; result the same", rule: UnitRule.alike("clamp"), .instruction(.clamp), "`min(max(x, low), high)`")
        case .sin: return function(.sin, units: dimensionless, rule: .dimensionlessFunction(name), "sine (radians)")
        case .cos: return function(.cos, units: dimensionless, rule: .dimensionlessFunction(name), "cosine (radians)")
        case .tan: return function(.tan, units: dimensionless, rule: .dimensionlessFunction(name), "tangent (radians)")
        case .arcsin: return function(.arcsin, units: dimensionless, rule: .dimensionlessFunction(name), "inverse sine")
        case .arccos: return function(.arccos, units: dimensionless, rule: .dimensionlessFunction(name), "inverse cosine")
        case .arctan: return function(.arctan, units: dimensionless, rule: .dimensionlessFunction(name), "inverse tangent")
        case .sinh: return function(.sinh, units: dimensionless, rule: .dimensionlessFunction(name), "hyperbolic sine")
        case .cosh: return function(.cosh, units: dimensionless, rule: .dimensionlessFunction(name), "hyperbolic cosine")
        case .tanh: return function(.tanh, units: dimensionless, rule: .dimensionlessFunction(name), "hyperbolic tangent")
        case .int: return function(.int, units: "result as x", rule: .likeFirst, vensim: "INTEGER", "the largest whole number ≤ x (floor)")
        case .mod:
            return entry(.mathematics, 2...2, "mod(a, b)", xmile: [], vensim: nil, export: .modulo,
                         units: "arguments alike; result the same",
                         rule: UnitRule.alike("take the remainder of"), .instruction(.modulo), "remainder with the sign of the divisor (`a mod b`)")
        case .sign:
            return entry(.mathematics, 1...1, "sign(x)", xmile: [], vensim: nil, export: .signConditional,
                         units: "result dimensionless", rule: UnitRule(result: .fixed(.dimensionless)), .instruction(.sign), "−1, 0 or 1")
        case .pi:
            return entry(.mathematics, 0...0, "pi()", xmile: [("pi", "PI")], vensim: nil, export: .number(.pi),
                         units: "any", rule: UnitRule(result: .any), .literal(.pi), "3.14159…")
        case .inf:
            return entry(.mathematics, 0...0, "inf()", xmile: [("inf", "INF")], vensim: nil, export: .constant("INF"),
                         units: "any", rule: UnitRule(result: .any), .literal(.infinity), "infinity")
        case .safediv:
            return entry(.mathematics, 2...3, "safediv(a, b, [value if b is 0])",
                         xmile: [("safediv", "SAFEDIV(numerator, denominator, [value when denominator is 0])"),
                                 ("xidz", "XIDZ(numerator, denominator, value when denominator is 0)"),
                                 ("zidz", "ZIDZ(numerator, denominator)")],
                         narrowed: ["xidz": 3...3, "zidz": 2...2], vensim: "XIDZ / ZIDZ", export: .function("SAFEDIV"), units: "a's over b's; the value the same",
                         rule: UnitRule(result: .quotient),
                         .instruction(.safediv, optionalLast: 0), "`a / b`, or the value (default 0) when b is 0")
        case .if:
            return entry(.logic, 3...3, "if(condition, then, else)", xmile: [("if_then_else", "IF_THEN_ELSE(condition, then, else)")],
                         vensim: "IF THEN ELSE", export: .conditional, units: "branches alike; result the same",
                         rule: UnitRule(alike: (.at([1, 2]), "choose between"), result: .alike),
                         .instruction(.select), "`then` when the condition ≠ 0, else `else`; both are computed")
        case .step:
            return entry(.test, 2...2, "step(height, at)", xmile: [("step", "STEP(height, start time)")], vensim: "STEP",
                         export: .function("STEP"), units: "at in years; result as height",
                         rule: UnitRule.timed(.at([1]), "the time of step()", .argument(0)), readsTime: true,
                         .instruction(.step), "0 before `at`, `height` from `at` on")
        case .ramp:
            return entry(.test, 2...3, "ramp(slope, from, [to])", xmile: [("ramp", "RAMP(slope, start time, [end time])")],
                         vensim: "RAMP", export: .function("RAMP"), units: "times in years; result slope × year",
                         rule: UnitRule.timed(.from(1), "the times of ramp()", .argument(0, times: .year)), readsTime: true,
                         .instruction(.ramp, optionalLast: .infinity), "0 before `from`, rising at `slope`, flat after `to`")
        case .pulse:
            return entry(.test, 2...2, "pulse(at, width)", xmile: [], vensim: "PULSE", export: .stepDifference,
                         units: "times in years; result dimensionless",
                         rule: UnitRule.timed(.all, "the times of pulse()", .fixed(.dimensionless)), readsTime: true, .instruction(.pulse),
                         "1 for at ≤ time < at + width; width 0 is one step")
        case .pulse_train:
            return entry(.test, 2...3, "pulse_train(magnitude, first, [interval])",
                         xmile: [("pulse", "PULSE(magnitude, first time, [interval])")], vensim: nil, export: .function("PULSE"),
                         units: "times in years; result magnitude per year",
                         rule: UnitRule.timed(.from(1), "the times of pulse_train()", .argument(0, over: .year)), readsTime: true,
                         .instruction(.pulseTrain, optionalLast: 0), "magnitude / dt for one step at `first`, repeated every `interval` > 0")
        case .starttime:
            return entry(.time, 0...0, "starttime()", xmile: [("starttime", "STARTTIME")], vensim: "INITIAL TIME",
                         export: .initialTime, units: "year",
                         rule: UnitRule(result: .fixed(.year)), .reservedSlot(ReservedSlot.startTime), "the run's start time")
        case .stoptime:
            return entry(.time, 0...0, "stoptime()", xmile: [("stoptime", "STOPTIME")], vensim: "FINAL TIME",
                         export: .constant("STOPTIME"), units: "year",
                         rule: UnitRule(result: .fixed(.year)), .reservedSlot(ReservedSlot.stopTime), "the run's stop time")
        case .smooth, .smooth3, .delay1, .delay3:
            let xmileName = switch self { case .smooth: "smth1"; case .smooth3: "smth3"; default: name }
            let vensimName = self == .smooth ? "SMOOTH" : upper
            let what = switch self {
            case .smooth: "first-order exponential smooth; starts at `initial` or x"
            case .smooth3: "third-order exponential smooth; starts at `initial` or x"
            case .delay1: "first-order material delay; the output starts at `initial` or x"
            default: "third-order material delay; the output starts at `initial` or x"
            }
            let argument = name.hasPrefix("smooth") ? "averaging time" : "delay time"
            return entry(.stateful, 2...3, "\(name)(x, tau, [initial])",
                         xmile: [(xmileName, "\(xmileName.uppercased())(input, \(argument), [initial])")], vensim: vensimName,
                         export: .function(xmileName.uppercased()), units: "tau in years; result and initial as x",
                         rule: .delayed(name, initialAt: 2), .hiddenStocks, what)
        case .smoothn, .delayn:
            let xmileName = self == .smoothn ? "smthn" : "delayn"
            let argument = self == .smoothn ? "averaging time" : "delay time"
            return entry(.stateful, 3...4, "\(name)(x, tau, n, [initial])",
                         xmile: [(xmileName, "\(xmileName.uppercased())(input, \(argument), n, [initial])")],
                         vensim: self == .smoothn ? "SMOOTH N" : "DELAY N", export: .function(xmileName.uppercased()),
                         units: "tau in years; result and initial as x",
                         rule: .delayed(name, initialAt: 3), order: 2, .hiddenStocks,
                         self == .smoothn ? "n-th-order exponential smooth; n is cut while n·dt > tau at the start"
                             : "n-th-order material delay; n is cut while n·dt > tau at the start; each stage keeps the tau it had")
        case .delay_fixed:
            return entry(.stateful, 2...3, "delay_fixed(x, tau, [initial])", xmile: [("delay", "DELAY(input, delay time, [initial])")],
                         vensim: "DELAY FIXED", export: .function("DELAY"), units: "tau in years; result and initial as x",
                         rule: .delayed(name, initialAt: 2), .hiddenStocks,
                         "x exactly tau earlier (tau read at the start, in whole steps)")
        case .trend:
            return entry(.stateful, 2...3, "trend(x, tau, [initial trend])",
                         xmile: [("trend", "TREND(input, averaging time, [initial trend])")], vensim: "TREND",
                         export: .trendWrittenOut, units: "tau in years; result 1/year",
                         rule: UnitRule.timed(.at([1]), "the time of trend()", .fixed(.perYear)), .hiddenStocks,
                         "(x − A) / (tau·|A|), A = smooth(x, tau, x / (1 + g₀·tau)); 0 where A = 0")
        case .forcst:
            return entry(.stateful, 3...4, "forcst(x, tau, horizon, [initial trend])",
                         xmile: [("forcst", "FORCST(input, averaging time, horizon, [initial trend])")], vensim: "FORECAST",
                         export: .trendWrittenOut, units: "tau, horizon in years; result as x",
                         rule: UnitRule(requirements: [.init(arguments: .at([1]), unit: .year, role: "the time of forcst()"),
                                                               .init(arguments: .at([2]), unit: .year, role: "the horizon of forcst()")], result: .argument(0)), .hiddenStocks,
                         "x·(1 + trend(x, tau, g₀)·horizon)")
        case .npv:
            return entry(.stateful, 2...4, "npv(stream, rate, [initial], [factor])",
                         xmile: [("npv", "NPV(stream, discount rate, [initial value], [factor])")],
                         vensim: "NPV", export: .function("NPV"),
                         units: "rate 1/year; result stream × year, initial the same; factor dimensionless",
                         rule: UnitRule(requirements: [.init(arguments: .at([1]), unit: .perYear, role: "the discount rate of npv()"),
                                                               .init(arguments: .at([3]), unit: .dimensionless, role: "the factor of npv()")],
                                           likeResult: (2, "the initial value of npv()"), result: .argument(0, times: .year)), .hiddenStocks,
                         "(∫ stream·d + stream·dt·d)·factor from `initial` (0), d′ = −d·rate / (1 + rate·dt), d(0) = 1; factor 1")
        case .uniform:
            return entry(.random, 2...3, "uniform(min, max, [seed])",
                         xmile: [("random", "RANDOM(min, max, [seed])"), ("uniform", "UNIFORM(min, max, [seed])")],
                         vensim: "RANDOM UNIFORM", export: .function("RANDOM"), units: "min and max alike; result the same",
                         rule: UnitRule(alike: (.at([0, 1]), "draw uniform() between"), result: .alike), readsTime: true,
                         .random(.uniform), "uniform on [min, max), a new draw each step")
        case .normal:
            return entry(.random, 2...5, "normal(mean, sd, [seed], [min], [max])",
                         xmile: [("normal", "NORMAL(mean, standard deviation, [seed], [min], [max])")],
                         vensim: "RANDOM NORMAL", export: .function("NORMAL"), units: "arguments alike (seed any); result the same",
                         rule: UnitRule(alike: (.at([0, 1, 3, 4]), "draw normal() from"), result: .alike),
                         readsTime: true, .random(.normal), "normal, truncated to [min, max] when given (Vensim's RANDOM NORMAL)")
        case .lognormal:
            return entry(.random, 2...3, "lognormal(mean, sd, [seed])", xmile: [("lognormal", "LOGNORMAL(mean, standard deviation, [seed])")],
                         vensim: nil, export: .function("LOGNORMAL"), units: "mean and sd alike; result the same",
                         rule: UnitRule(alike: (.at([0, 1]), "draw lognormal() between"), result: .alike), readsTime: true,
                         .random(.lognormal), "log-normal with this mean and standard deviation (of the value, not of its log)")
        case .exprnd:
            return entry(.random, 1...2, "exprnd(mean, [seed])", xmile: [("exprnd", "EXPRND(mean, [seed])")], vensim: nil,
                         export: .function("EXPRND"), units: "result as mean", rule: .likeFirst, readsTime: true, .random(.exponential),
                         "exponential with this mean")
        case .poisson:
            return entry(.random, 1...2, "poisson(rate, [seed])", xmile: [("poisson", "POISSON(rate, [seed])")], vensim: nil,
                         export: .function("POISSON"), units: "rate 1/year; result dimensionless",
                         rule: UnitRule(requirements: [.init(arguments: .at([0]), unit: .perYear, role: "the rate of poisson()")], result: .fixed(.dimensionless)), readsTime: true, .random(.poisson),
                         "events in one step: Poisson with mean rate·dt (Stella's POISSON)")
        case .initial:
            return entry(.stateful, 1...1, "initial(x)", xmile: [("init", "INIT(x)")], vensim: "INITIAL",
                         export: .function("INIT"), units: "result as x", rule: .likeFirst, .hiddenStocks, "x at the start of the run")
        case .previous:
            return entry(.stateful, 1...2, "previous(x, [initial])", xmile: [("previous", "PREVIOUS(x, [initial])")], vensim: nil,
                         export: .function("PREVIOUS"), units: "result and initial as x",
                         rule: UnitRule(alike: (.all, "start previous() of"), result: .alike), .hiddenStocks,
                         "x one step earlier (`initial`, else x, at the start)")
        }
    }
}
