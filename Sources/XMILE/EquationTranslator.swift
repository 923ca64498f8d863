import Dynamics

/// Rewrites a parsed XMILE equation in the engine's terms: XMILE builtins become engine
/// builtins (or small formulas where the engine's builtin means something else), graphical
/// functions become table calls, and `PI`, `INF`, `STARTTIME`, `STOPTIME` written without
/// parentheses become calls. Problems are collected with their place in the file.
struct EquationTranslator {
    /// Canonical names of the model's stocks, flows and auxiliaries.
    var variables: Set<String>
    /// Graphical functions that can be called as `f(x)`, standalone or held by a variable, by
    /// canonical name, with their engine table names.
    var tables: [String: String]
    /// Arrayed variables whose elements each have a graphical function, with the name of their
    /// array of tables (`LOOKUP(c[a], x)` reads the table of `c[a]`).
    var arrayedTables: [String: String] = [:]
    /// The file's macros and how many arguments each takes: their calls stay calls, expanded
    /// once every variable is read (see `MacroExpander`).
    var macros: [String: ClosedRange<Int>] = [:]
    /// Tables that LOOKUP_FORWARD and LOOKUP_BACKWARD read: engine name of the copy → the
    /// table it copies and how it steps.
    private(set) var steppedTables: [String: (table: String, mode: Table.Mode)] = [:]
    /// The variable whose equation is being translated: what `SELF` names.
    var owner: String?
    /// `INT` and `MOD` with Vensim's meaning (truncation toward zero; remainder with the sign
    /// of the dividend) rather than XMILE's (floor; remainder with the sign of the divisor).
    var vensimArithmetic: Bool
    private(set) var problems: [Diagnostic] = []

    /// - Parameter origin: where the equation's text begins in the file.
    mutating func translate(_ expression: Expression, origin: SourceLocation?) -> Expression {
        let at = expression.position
        switch expression.kind {
        case .number:
            return expression
        case .name(let name):
            if variables.contains(name) { return expression }
            // SELF (XMILE 1.0 §3.5.6): the variable being defined, as in PREVIOUS(SELF, 0).
            if name == "self", let owner { return Expression(.name(owner), at: at) }
            if tables[name] != nil {
                report(.tableNeedsArgument(name), at, origin)
                return Expression(.number(0), at: at)
            }
            if XMILEFunction.constants.contains(name) {
                return Expression(.call(name, []), at: at)
            }
            // Stella's NAN, which it writes for elements a model leaves undefined.
            if name == "nan" { return Expression(.number(.nan), at: at) }
            return expression
        case .unary(let op, let operand):
            return Expression(.unary(op, translate(operand, origin: origin)), at: at)
        case .binary(let op, let lhs, let rhs):
            let a = translate(lhs, origin: origin), b = translate(rhs, origin: origin)
            if op == .modulo, vensimArithmetic { return Self.truncatedRemainder(a, b, at: at) }
            return Expression(.binary(op, a, b), at: at)
        case .call(let name, let arguments):
            return translateCall(name, arguments, at: at, origin: origin)
        case .subscript(let name, let indices):
            return Expression(.subscript(name, indices.map { index in
                switch index {
                case .index(let e): .index(translate(e, origin: origin))
                case .range(let a, let b): .range(translate(a, origin: origin), translate(b, origin: origin))
                case .wildcard, .dimensionPosition: index
                }
            }), at: at)
        }
    }

    private mutating func translateCall(_ name: String, _ arguments: [Expression], at: SourcePosition,
                                        origin: SourceLocation?) -> Expression {
        let zero = Expression(.number(0), at: at)
        if let table = tables[name] {
            guard arguments.count == 1 else {
                report(.argumentCount(function: name, expected: "1", found: arguments.count, signature: "\(name)(x)"), at, origin)
                return zero
            }
            return Expression(.call(table, [translate(arguments[0], origin: origin)]), at: at)
        }
        if name == "if" {
            return Expression(.call("if", arguments.map { translate($0, origin: origin) }), at: at)
        }
        if name == "active_initial", arguments.count == 2 {
            // Kept as a call at the top of an equation; the reader splits it into the two equations.
            return Expression(.call(name, arguments.map { translate($0, origin: origin) }), at: at)
        }
        if let arity = macros[name] {
            guard arity.contains(arguments.count) else {
                let expected = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
                report(.argumentCount(function: name, expected: expected, found: arguments.count, signature: "\(name.uppercased())(…)"), at, origin)
                return zero
            }
            return Expression(.call(name, arguments.map { translate($0, origin: origin) }), at: at)
        }
        guard let function = XMILEFunction.all[name] else {
            if let feature = XMILEFunction.unsupported[name] {
                let line = origin?.advanced(by: at).position.line ?? at.line
                report(.notSupported(feature: feature, line: line), at, origin)
            } else {
                let known = Array(XMILEFunction.all.keys) + Array(tables.keys)
                report(.unknownFunction(name, hint: Suggestion.hint(for: name, in: known)), at, origin)
            }
            return zero
        }
        guard function.arity.contains(arguments.count) else {
            if (name == "min" || name == "max") && arguments.count == 1 {
                let line = origin?.advanced(by: at).position.line ?? at.line
                report(.notSupported(feature: "\(name.uppercased()) of one argument (an array function)", line: line), at, origin)
            } else {
                let expected = function.arity.lowerBound == function.arity.upperBound ? "\(function.arity.lowerBound)"
                    : function.arity.upperBound == Int.max ? "at least \(function.arity.lowerBound)"
                    : "\(function.arity.lowerBound) or \(function.arity.upperBound)"
                report(.argumentCount(function: name, expected: expected, found: arguments.count,
                                      signature: function.signature), at, origin)
            }
            return zero
        }

        if case .lookup = function.translation {
            // An element of an array of graphical functions: the engine picks the element's table.
            switch arguments[0].kind {
            case .subscript(let variable, let indices) where arrayedTables[variable] != nil:
                let element = translate(Expression(.subscript(variable, indices), at: arguments[0].position), origin: origin)
                guard case .subscript(_, let translated) = element.kind else { return zero }
                return Expression(.call("lookup", [Expression(.subscript(arrayedTables[variable]!, translated), at: element.position),
                                                   translate(arguments[1], origin: origin)]), at: at)
            case .name(let variable) where arrayedTables[variable] != nil:
                return Expression(.call("lookup", [Expression(.name(arrayedTables[variable]!), at: arguments[0].position),
                                                   translate(arguments[1], origin: origin)]), at: at)
            default: break
            }
            guard case .name(let tableName) = arguments[0].kind, let table = tables[tableName] else {
                report(.unknownFunction("lookup", hint: "the first argument of LOOKUP must name a graphical function"), at, origin)
                return zero
            }
            return Expression(.call(table, [translate(arguments[1], origin: origin)]), at: at)
        }

        if case .steppedLookup(let mode) = function.translation {
            guard case .name(let tableName) = arguments[0].kind, let table = tables[tableName] else {
                report(.unknownFunction(name, hint: "the first argument of \(name.uppercased()) must name a graphical function"), at, origin)
                return zero
            }
            let stepped = "\(table)#\(mode == .forward ? "forward" : "backward")"
            steppedTables[stepped] = (table, mode)
            return Expression(.call(stepped, [translate(arguments[1], origin: origin)]), at: at)
        }

        let args = arguments.map { translate($0, origin: origin) }
        switch function.translation {
        case .builtin(.int) where vensimArithmetic:
            return Self.truncated(args[0], at: at)
        case .builtin(let builtin):
            return Expression(.call(builtin.rawValue, args), at: at)
        case .ordered(let builtin):
            // A number must be a usable order now; an expression is evaluated at the start once
            // the whole model is read (`StartOrders`).
            let k = builtin.specification.orderArgument!
            if case .number(let order) = args[k].kind, !(order >= 1 && order <= 1000 && order == order.rounded()) {
                report(.orderNotConstant(function: name, signature: function.signature), args[k].position, origin)
                return zero
            }
            return Expression(.call(builtin.rawValue, args), at: at)
        case .trend:
            return Self.trend(args[0], args[1], initialTrend: args.count > 2 ? args[2] : nil, at: at)
        case .forecast:
            let trend = Self.trend(args[0], args[1], initialTrend: args.count > 3 ? args[3] : nil, at: at)
            let one = Expression(.number(1), at: at)
            let growth = Expression(.binary(.add, one, Expression(.binary(.multiply, trend, args[2]), at: at)), at: at)
            return Expression(.binary(.multiply, args[0], growth), at: at)
        case .truncatedModulo:
            return Self.truncatedRemainder(args[0], args[1], at: at)
        case .lookup, .steppedLookup:
            return zero
        case .array(let function):
            return Expression(.call(function, args), at: at)
        }
    }

    /// XMILE TREND (§3.5.3), `(input − S) / (S·τ)` with `S = SMTH1(input, τ, input / (1 + g₀·τ))`,
    /// as the engine's one `trend` (Vensim's and PySD's `(input − S) / (τ·|S|)`, 0 where S is 0)
    /// times the sign of S: the two agree where S is positive and XMILE's is the opposite where
    /// S is negative.
    static func trend(_ input: Expression, _ time: Expression, initialTrend: Expression?, at: SourcePosition) -> Expression {
        func node(_ kind: Expression.Kind) -> Expression { Expression(kind, at: at) }
        var smoothArguments = [input, time]
        if let initialTrend {
            let scale = node(.binary(.add, node(.number(1)), node(.binary(.multiply, initialTrend, time))))
            smoothArguments.append(node(.binary(.divide, input, scale)))
        }
        let average = node(.call(Builtin.smooth.rawValue, smoothArguments))
        let engineTrend = node(.call(Builtin.trend.rawValue, [input, time] + (initialTrend.map { [$0] } ?? [])))
        return node(.binary(.multiply, engineTrend, node(.call(Builtin.sign.rawValue, [average]))))
    }

    /// Vensim's MODULO: `a − b·trunc(a / b)`, which takes the sign of `a`.
    static func truncatedRemainder(_ a: Expression, _ b: Expression, at: SourcePosition) -> Expression {
        let quotient = Expression(.binary(.divide, a, b), at: at)
        return Expression(.binary(.subtract, a, Expression(.binary(.multiply, b, truncated(quotient, at: at)), at: at)), at: at)
    }

    /// Vensim's INTEGER, truncation toward zero: `sign(x)·floor(|x|)`.
    static func truncated(_ x: Expression, at: SourcePosition) -> Expression {
        func node(_ kind: Expression.Kind) -> Expression { Expression(kind, at: at) }
        return node(.binary(.multiply, node(.call(Builtin.sign.rawValue, [x])),
                            node(.call(Builtin.int.rawValue, [node(.call(Builtin.abs.rawValue, [x]))]))))
    }

    private mutating func report(_ problem: XMILEProblem, _ position: SourcePosition, _ origin: SourceLocation?) {
        problems.append(problem.diagnostic(at: origin?.advanced(by: position)))
    }
}
