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
        var inferred: [(Expression, InferredUnit)] = []
        for part in parts { inferred.append((part, unit(of: part))) }
        return same(inferred, operation)
    }

    /// The same, for parts whose units are already inferred.
    private mutating func same(_ parts: [(Expression, InferredUnit)], _ operation: String) -> InferredUnit {
        var result = InferredUnit.any
        for (part, unit) in parts {
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

    private mutating func require(_ found: InferredUnit, of expression: Expression, _ expected: Unit, _ role: String) {
        if case .known(let unit) = found, unit != expected {
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
            case .power: return power(lhs, unit(of: lhs), rhs, unit(of: rhs))
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

    private mutating func power(_ base: Expression, _ baseUnit: InferredUnit, _ exponent: Expression,
                                _ exponentUnit: InferredUnit) -> InferredUnit {
        var literal: Double?
        if case .number(let n) = exponent.kind { literal = n }
        if case .unary(.negate, let inner) = exponent.kind, case .number(let n) = inner.kind { literal = -n }
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

    /// A builtin call, by its entry's unit rule; every argument is inferred once.
    private mutating func call(_ name: String, _ args: [Expression]) -> InferredUnit {
        guard let rule = Builtin(rawValue: name)?.specification.unitRule else { return .unknown }
        var found: [InferredUnit] = []
        for argument in args { found.append(unit(of: argument)) }
        for requirement in rule.requirements {
            for k in requirement.arguments.positions(in: args.count) {
                require(found[k], of: args[k], requirement.unit, requirement.role)
            }
        }
        var shared = InferredUnit.any
        if let alike = rule.alike {
            shared = same(alike.arguments.positions(in: args.count).map { (args[$0], found[$0]) }, alike.operation)
        }
        let result: InferredUnit
        switch rule.result {
        case .alike: result = shared
        case .argument(let k, let times, let over):
            guard k < found.count else { return .unknown }
            result = times.isDimensionless && over.isDimensionless ? found[k]
                : Inference.combine(Inference.combine(found[k], .known(times), *), .known(over), /)
        case .fixed(let unit): result = .known(unit)
        case .any: result = .any
        case .logarithm: result = found.first == .known(.perYear) ? .known(.perYear) : .known(.dimensionless)
        case .squareRoot:
            guard case .known(let u)? = found.first else { return found.first ?? .unknown }
            if let root = u.squareRoot { return .known(root) }
            report(.squareRoot(unit: "\(u)"), at: args[0].position)
            return .unknown
        case .power: result = power(args[0], found[0], args[1], found[1])
        case .quotient:
            result = Inference.combine(found[0], found[1], /)
            if args.count > 2, case .known(let q) = result, case .known(let fallback) = found[2], fallback != q {
                report(.divisionFallback(found: "\(fallback)", expected: "\(q)"), at: args[2].position)
            }
        }
        if let like = rule.likeResult, like.position < args.count, case .known(let value) = result {
            require(found[like.position], of: args[like.position], value, like.role)
        }
        return result
    }
}
