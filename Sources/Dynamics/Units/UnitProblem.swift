/// What the unit checker finds; every one is a warning.
public enum UnitProblem: Problem, Hashable {
    case unreadableUnit(String)
    /// `what` is `the equation of` or `the initial value of`.
    case declaredUnitDiffers(what: String, variable: String, found: String, declared: String)
    case flowUnitDiffers(flow: String, unit: String, stock: String, needed: String)
    /// `operation` is a verb phrase such as `add` or `choose between`.
    case termsDisagree(operation: String, a: String, b: String, term: String)
    /// `role` names the argument, e.g. `the time of step()`.
    case argumentUnit(role: String, expected: String, term: String, found: String)
    case fractionalPower(term: String, unit: String)
    case powerTooLarge(term: String, unit: String, power: String)
    case squareRoot(unit: String)
    case divisionFallback(found: String, expected: String)

    public var message: String {
        switch self {
        case .unreadableUnit(let name): "cannot read the unit of '\(name)'"
        case .declaredUnitDiffers(let what, let variable, let found, let declared):
            "\(what) '\(variable)' is in \(found), but '\(variable)' is declared in \(declared)"
        case .flowUnitDiffers(let flow, let unit, let stock, let needed): "flow '\(flow)' is in \(unit), but stock '\(stock)' needs \(needed)"
        case .termsDisagree(let operation, let a, let b, let term): "cannot \(operation) \(a) and \(b): '\(term)' is in \(b)"
        case .argumentUnit(let role, let expected, let term, let found): "\(role) must be in \(expected), but '\(term)' is in \(found)"
        case .fractionalPower(let term, let unit): "'\(term)' in \(unit) is raised to a power that is not a whole number"
        case .powerTooLarge(let term, let unit, let power): "'\(term)' in \(unit) is raised to the power \(power), past the largest a unit can carry"
        case .squareRoot(let unit): "cannot take the square root of \(unit)"
        case .divisionFallback(let found, let expected): "the value used when dividing by zero is in \(found), not \(expected)"
        }
    }

    public var hint: String? {
        switch self {
        case .unreadableUnit: "write units like FLOP, $/year, $/people/year, 1/year or dimensionless"
        case .declaredUnitDiffers: "fix the equation or the declared unit"
        case .flowUnitDiffers: "a flow's unit is its stock's unit per year"
        case .termsDisagree, .argumentUnit, .fractionalPower, .powerTooLarge, .squareRoot, .divisionFallback: "check the units of the terms"
        }
    }
}
