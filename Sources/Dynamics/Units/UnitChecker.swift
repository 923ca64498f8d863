/// Checks that each equation is dimensionally consistent and matches its variable's declared
/// unit, and that each flow is in its stock's unit per year. Problems are warnings, each at
/// the first term that disagrees.
///
/// Rules: `+ - min max clamp`, comparisons and both branches of `if` need equal units, and a
/// bare number takes whichever unit its partner has; in `* /` a number is dimensionless.
/// `exp` needs a dimensionless argument; `ln` and `log10` return dimensionless, except that a
/// growth factor per year (unit `1/year`) has a log in `1/year` (a continuous rate), and
/// `g ^ t` with `g` in `1/year` and `t` in years is dimensionless. Smooths, delays, `initial`
/// and `previous` keep their input's unit, with times in years; `trend` is in `1/year`.
public enum UnitChecker {
    /// Checks the visible equations as written (arrays flattened, stateful functions not yet
    /// expanded). Each array is checked element by element; a problem they share is reported once.
    /// - Parameter parameterLocations: where each parameter is declared, for a unit that cannot be read.
    public static func check(_ equations: [CompiledEquation], parameterUnits: [String: String?],
                             tableUnits: [String: String?], parameterLocations: [String: SourceLocation] = [:]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var declared: [String: Unit] = [:]
        var unparsable: [String] = []
        for (name, unit) in parameterUnits {
            guard let unit else { continue }
            if let parsed = Unit(parsing: unit) { declared[name] = parsed } else { unparsable.append(name) }
        }
        let visible = equations.filter(\.isVisible)
        for equation in visible {
            guard let unit = equation.unit else { continue }
            if let parsed = Unit(parsing: unit) { declared[equation.name] = parsed } else { unparsable.append(equation.name) }
        }
        var tables: [String: Unit] = [:]
        for (name, unit) in tableUnits { tables[name] = unit.flatMap { Unit(parsing: $0) } ?? .dimensionless }

        let byName = Dictionary(visible.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for name in unparsable.sorted() {
            problems.append(Diagnostic(.warning, UnitProblem.unreadableUnit(byName[name]?.element?.array ?? name),
                                       at: byName[name]?.declaration ?? parameterLocations[name]))
        }
        for equation in visible {
            guard let expression = equation.written else { continue }
            let writtenName = equation.element?.array ?? equation.name
            var inference = Inference(units: declared, tables: tables, name: writtenName, origin: equation.equationOrigin,
                                      declaration: equation.declaration)
            let found = inference.unit(of: expression)
            problems += inference.problems
            if let expected = declared[equation.name], case .known(let unit) = found, unit != expected {
                let what = equation.kind == "stock" ? "the initial value of" : "the equation of"
                problems.append(Diagnostic(.warning, UnitProblem.declaredUnitDiffers(what: what, variable: writtenName, found: "\(unit)",
                                                                                     declared: "\(expected)"),
                                           at: equation.equationOrigin ?? equation.declaration))
            }
            if equation.kind == "stock", let stockUnit = declared[equation.name] {
                for flow in equation.inflows + equation.outflows {
                    if let flowUnit = declared[flow], flowUnit != stockUnit / .year {
                        problems.append(Diagnostic(.warning, UnitProblem.flowUnitDiffers(flow: byName[flow]?.element?.array ?? flow, unit: "\(flowUnit)",
                                                                                         stock: writtenName, needed: "\(stockUnit / .year)"),
                                                   at: byName[flow]?.declaration ?? equation.declaration))
                    }
                }
            }
        }
        return problems
    }
}

/// What is known of an expression's unit.
enum InferredUnit: Equatable {
    case known(Unit)
    /// A bare number: takes the unit its context needs.
    case any
    /// Something without a declared unit: not checked.
    case unknown
}

struct Inference {
    let units: [String: Unit]
    let tables: [String: Unit]
    let name: String
    let origin: SourceLocation?
    let declaration: SourceLocation?
    var problems: [Diagnostic] = []

    init(units: [String: Unit], tables: [String: Unit], name: String, origin: SourceLocation?, declaration: SourceLocation?) {
        self.units = units
        self.tables = tables
        self.name = name
        self.origin = origin
        self.declaration = declaration
    }

    private mutating func report(_ problem: UnitProblem, at position: SourcePosition) {
        problems.append(Diagnostic(.warning, problem, at: origin?.advanced(by: position) ?? declaration).inContext(.equation(name)))
    }

    /// The unit both sides must share (`+`, `min`, comparisons); reports the first that differs.
    private mutating func same(_ parts: [Expression], _ operation: String) -> InferredUnit {
        var result = InferredUnit.any
        for part in parts {
            let unit = self.unit(of: part)
            switch (result, unit) {
            case (.unknown, _), (_, .any): continue
            case (_, .unknown): result = .unknown
            case (.any, .known): result = unit
            case (.known(let a), .known(let b)) where a != b:
                report(.termsDisagree(operation: operation, a: "\(a)", b: "\(b)", term: "\(part)"), at: part.position)
                return .unknown
            default: continue
            }
        }
        return result
    }

    private static func combine(_ a: InferredUnit, _ b: InferredUnit, _ op: (Unit, Unit) -> Unit) -> InferredUnit {
        switch (a, b) {
        case (.unknown, _), (_, .unknown): .unknown
        case (.any, .any): .any
        case (.known(let x), .any): .known(op(x, .dimensionless))
        case (.any, .known(let y)): .known(op(.dimensionless, y))
        case (.known(let x), .known(let y)): .known(op(x, y))
        }
    }

    private mutating func require(_ expression: Expression, _ expected: Unit, _ role: String) {
        if case .known(let unit) = self.unit(of: expression), unit != expected {
            report(.argumentUnit(role: role, expected: "\(expected)", term: "\(expression)", found: "\(unit)"), at: expression.position)
        }
    }

    mutating func unit(of e: Expression) -> InferredUnit {
        switch e.kind {
        case .number: return .any
        case .subscript: return .unknown
        case .name(let name):
            if name == "time" || name == "dt" { return .known(.year) }
            return units[name].map { .known($0) } ?? .unknown
        case .unary(.not, let operand):
            _ = unit(of: operand)
            return .known(.dimensionless)
        case .unary(_, let operand):
            return unit(of: operand)
        case .binary(let op, let lhs, let rhs):
            switch op {
            case .add: return same([lhs, rhs], "add")
            case .subtract: return same([lhs, rhs], "subtract")
            case .multiply: return Inference.combine(unit(of: lhs), unit(of: rhs), *)
            case .divide: return Inference.combine(unit(of: lhs), unit(of: rhs), /)
            case .modulo: return same([lhs, rhs], "take the remainder of")
            case .power: return power(lhs, rhs)
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
                _ = same([lhs, rhs], "compare")
                return .known(.dimensionless)
            case .and, .or:
                _ = unit(of: lhs)
                _ = unit(of: rhs)
                return .known(.dimensionless)
            }
        case .call(let name, let args):
            if let table = tables[name] {
                _ = unit(of: args[0])
                return .known(table)
            }
            return call(name, args)
        }
    }

    private mutating func power(_ base: Expression, _ exponent: Expression) -> InferredUnit {
        let baseUnit = unit(of: base)
        var literal: Double?
        if case .number(let n) = exponent.kind { literal = n }
        if case .unary(.negate, let inner) = exponent.kind, case .number(let n) = inner.kind { literal = -n }
        let exponentUnit = literal == nil ? unit(of: exponent) : .any
        guard case .known(let b) = baseUnit else { return baseUnit }
        if let literal, literal == literal.rounded() {
            if let raised = b.raised(toAtMost: literal) { return .known(raised) }
            report(.powerTooLarge(term: "\(base)", unit: "\(b)", power: ExpressionPrinter.formatNumber(literal)), at: base.position)
            return .unknown
        }
        if b.isDimensionless { return .known(.dimensionless) }
        if b == .perYear, exponentUnit == .known(.year) || exponentUnit == .any { return .known(.dimensionless) }
        report(.fractionalPower(term: "\(base)", unit: "\(b)"), at: base.position)
        return .unknown
    }

    private mutating func call(_ name: String, _ args: [Expression]) -> InferredUnit {
        switch Builtin(rawValue: name) {
        case .min, .max: return same(args, "compare")
        case .clamp: return same(args, "clamp")
        case .if:
            _ = unit(of: args[0])
            return same([args[1], args[2]], "choose between")
        case .abs, .int: return unit(of: args[0])
        case .sign:
            _ = unit(of: args[0])
            return .known(.dimensionless)
        case .exp, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh:
            require(args[0], .dimensionless, "the argument of \(name)()")
            return .known(.dimensionless)
        case .ln, .log10:
            return unit(of: args[0]) == .known(.perYear) ? .known(.perYear) : .known(.dimensionless)
        case .sqrt:
            switch unit(of: args[0]) {
            case .known(let u):
                if let root = u.squareRoot { return .known(root) }
                report(.squareRoot(unit: "\(u)"), at: args[0].position)
                return .unknown
            case let other: return other
            }
        case .pow: return power(args[0], args[1])
        case .mod: return same(args, "take the remainder of")
        case .safediv:
            let quotient = Inference.combine(unit(of: args[0]), unit(of: args[1]), /)
            if args.count > 2, case .known(let q) = quotient, case .known(let fallback) = unit(of: args[2]), fallback != q {
                report(.divisionFallback(found: "\(fallback)", expected: "\(q)"), at: args[2].position)
            }
            return quotient
        case .step:
            require(args[1], .year, "the time of step()")
            return unit(of: args[0])
        case .ramp:
            for time in args.dropFirst() { require(time, .year, "the times of ramp()") }
            return Inference.combine(unit(of: args[0]), .known(.year), *)
        case .pulse:
            for time in args { require(time, .year, "the times of pulse()") }
            return .known(.dimensionless)
        case .pulse_train:
            for time in args.dropFirst() { require(time, .year, "the times of pulse_train()") }
            return Inference.combine(unit(of: args[0]), .known(.year), /)
        case .smooth, .smooth3, .delay1, .delay3, .smoothn, .delayn, .delay_fixed:
            require(args[1], .year, "the time of \(name)()")
            let input = unit(of: args[0])
            if args.count > (name.hasSuffix("n") ? 3 : 2) {
                return same([args[0], args[args.count - 1]], "start \(name)() of")
            }
            return input
        case .trend:
            require(args[1], .year, "the time of trend()")
            _ = unit(of: args[0])
            return .known(.perYear)
        case .forcst:
            require(args[1], .year, "the time of forcst()")
            require(args[2], .year, "the horizon of forcst()")
            return unit(of: args[0])
        case .npv:
            require(args[1], .perYear, "the discount rate of npv()")
            if args.count > 3 { require(args[3], .dimensionless, "the factor of npv()") }
            let value = Inference.combine(unit(of: args[0]), .known(.year), *)
            if args.count > 2, case .known(let v) = value { require(args[2], v, "the initial value of npv()") }
            return value
        case .uniform, .lognormal: return same(Array(args.prefix(2)), "draw \(name)() between")
        case .normal:
            // The seed (third) has no unit; the mean, sd and bounds share the result's.
            return same(Array(args.prefix(2)) + Array(args.dropFirst(3)), "draw normal() from")
        case .exprnd: return unit(of: args[0])
        case .poisson:
            require(args[0], .perYear, "the rate of poisson()")
            return .known(.dimensionless)
        case .initial: return unit(of: args[0])
        case .previous: return args.count > 1 ? same(args, "start previous() of") : unit(of: args[0])
        case .pi, .inf: return .any
        case .starttime, .stoptime: return .known(.year)
        case nil: return .unknown
        }
    }
}
