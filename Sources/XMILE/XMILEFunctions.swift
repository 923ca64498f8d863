import Dynamics

/// The XMILE builtin functions (XMILE 1.0 §3.5) and how each becomes the engine's.
///
/// | XMILE | engine | note |
/// |---|---|---|
/// | ABS ARCCOS ARCSIN ARCTAN COS EXP INT LN LOG10 SIN SQRT TAN | same | INT is the floor* |
/// | `a MOD b` (operator) | mod | the sign of the divisor* |
/// | MIN(a, b) MAX(a, b) | min, max | |
/// | PI INF STARTTIME STOPTIME (with or without `()`) | pi, inf, starttime, stoptime | TIME and DT are names |
/// | SMTH1 SMTH3 SMTHN(input, τ, [n,] [initial]) | smooth, smooth3, smoothn | initial defaults to the input |
/// | DELAY1 DELAY3 DELAYN(input, τ, [n,] [initial]) | delay1, delay3, delayn | initial is the initial output |
/// | DELAY(input, τ, [initial]) | delay_fixed | a pipeline: input at t − τ; τ read at the start, in whole steps |
/// | TREND(input, τ, [initial trend]) | (input − S) / (S·τ), S = SMTH1(input, τ, input / (1 + initial·τ)) | 0 where S = 0 |
/// | FORCST(input, τ, horizon, [initial trend]) | input · (1 + TREND(input, τ, initial trend) · horizon) | |
/// | PULSE(magnitude, first, [interval]) | pulse_train | magnitude/DT for one step; repeats if interval > 0 |
/// | STEP(height, start) RAMP(slope, start, [end]) | step, ramp | RAMP's end is a Stella/Vensim extension |
/// | INIT(x) PREVIOUS(x, [initial]) | initial, previous | |
/// | SAFEDIV(a, b, [x]) | safediv | isee extension |
/// | XIDZ(a, b, x) ZIDZ(a, b) | safediv | Vensim's names, in files Vensim writes |
/// | LOOKUP(gf, x) | the table called with x | isee extension |
/// | LOOKUP_FORWARD(gf, x) LOOKUP_BACKWARD(gf, x) | a copy of the table, stepped forward or backward | Vensim's, no interpolation |
/// | MODULO(a, b) | a − b·trunc(a/b) | Vensim's MODULO, written by xmutil |
/// | IF_THEN_ELSE(c, a, b) | if | the optional function form of IF |
/// | RANDOM UNIFORM NORMAL LOGNORMAL EXPRND POISSON | uniform, normal, lognormal, exprnd, poisson | a draw each step from the run's seed |
///
/// \* In files written by Vensim, INT truncates toward zero and MOD takes the sign of the
/// dividend, as Vensim computes them (see `XMILEImporter.Origin`).
struct XMILEFunction {
    enum Translation {
        /// An engine builtin taking the same arguments in the same order.
        case builtin(Builtin)
        case trend
        case forecast
        case lookup
        /// Vensim's LOOKUP FORWARD and LOOKUP BACKWARD: the table as a step function.
        case steppedLookup(Table.Mode)
        case truncatedModulo
        /// An array function (`SUM`, `MEAN`, …): the engine flattens it with the arrays.
        case array(String)
        /// A smooth or delay of order n: the order must be a constant.
        case ordered(Builtin)
    }

    var arity: ClosedRange<Int>
    var signature: String
    var translation: Translation

    /// By canonical (lowercase) name.
    static let all: [String: XMILEFunction] = {
        var table: [String: XMILEFunction] = [:]
        func add(_ name: String, _ arity: ClosedRange<Int>, _ signature: String, _ translation: Translation) {
            table[name] = XMILEFunction(arity: arity, signature: signature, translation: translation)
        }
        // Every builtin's XMILE names, from its specification; the entries after these
        // translate differently or are XMILE's alone.
        for builtin in Builtin.allCases {
            for alias in builtin.specification.xmile {
                add(alias.name, alias.arity ?? builtin.arity, alias.signature, .builtin(builtin))
            }
        }
        add("min", 1...Int.max, "MIN(a, b) or MIN(array)", .builtin(.min))
        add("max", 1...Int.max, "MAX(a, b) or MAX(array)", .builtin(.max))
        for reduction in ArrayReduction.allCases {
            let name = reduction.rawValue, xmile = reduction.xmileName
            switch reduction {
            case .mean: add(name, 1...Int.max, "\(xmile)(array) or \(xmile)(a, b, …)", .array(name))
            case .rank: add(name, 2...3, "\(xmile)(array, rank, [tie-breaking array])", .array(name))
            case .sum, .prod, .stddev, .size: add(name, 1...1, "\(xmile)(array)", .array(name))
            }
        }
        for builtin in Builtin.allCases where builtin.specification.orderArgument != nil {
            for alias in builtin.specification.xmile { add(alias.name, alias.arity ?? builtin.arity, alias.signature, .ordered(builtin)) }
        }
        table["trend"]?.translation = .trend
        table["forcst"]?.translation = .forecast
        add("lookup", 2...2, "LOOKUP(graphical function, x)", .lookup)
        add("lookup_forward", 2...2, "LOOKUP_FORWARD(graphical function, x)", .steppedLookup(.forward))
        add("lookup_backward", 2...2, "LOOKUP_BACKWARD(graphical function, x)", .steppedLookup(.discrete))
        add("modulo", 2...2, "MODULO(a, b)", .truncatedModulo)
        return table
    }()

    /// XMILE and vendor functions the importer recognises but cannot simulate, with what to
    /// call them in the error.
    static let unsupported: [String: String] = {
        var table: [String: String] = ["history": "HISTORY", "delayc": "conveyor delays"]
        for name in ["triangular", "beta", "binomial", "gamma", "geometric", "logistic", "negbinomial", "pareto", "weibull",
                     "montecarlo"] {
            table[name] = "the random-number function \(name.uppercased())"
        }
        return table
    }()

    /// Names XMILE lets an equation use without parentheses.
    static let constants: Set<String> = ["pi", "inf", "starttime", "stoptime"]
}

extension ArrayReduction {
    /// The XMILE function (§3.7.4) of the same name and meaning.
    var xmileName: String {
        switch self {
        case .sum: "SUM"
        case .prod: "PROD"
        case .mean: "MEAN"
        case .stddev: "STDDEV"
        case .size: "SIZE"
        case .rank: "RANK"
        }
    }
}
