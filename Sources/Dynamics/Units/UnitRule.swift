/// How a builtin's arguments and result relate in units: the checks a call must pass and the
/// unit of its value. Each builtin's entry in the table holds one; `UnitChecker` applies it.
public struct UnitRule: Sendable {
    /// Some of a call's arguments, by position; positions past the call's arguments are skipped.
    public enum Arguments: Sendable {
        case all
        case from(Int)
        case at([Int])

        func positions(in count: Int) -> [Int] {
            switch self {
            case .all: Array(0..<count)
            case .from(let first): first < count ? Array(first..<count) : []
            case .at(let positions): positions.filter { $0 < count }
            }
        }
    }

    /// Arguments that must be in `unit`; `role` names them in the warning (`the time of step()`).
    public struct Requirement: Sendable {
        var arguments: Arguments
        var unit: Unit
        var role: String
    }

    /// The unit of the value.
    public enum Result: Sendable {
        /// The unit the `alike` arguments share.
        case alike
        /// Argument k's unit, times or over a unit (dimensionless for itself).
        case argument(Int, times: Unit = .dimensionless, over: Unit = .dimensionless)
        case fixed(Unit)
        /// Whatever the context needs (a constant such as `pi()`).
        case any
        /// `ln`, `log10`: dimensionless, or 1/year from 1/year.
        case logarithm
        case squareRoot
        /// Base (argument 0) raised to a whole exponent (argument 1).
        case power
        /// Argument 0 over argument 1; argument 2, when given, must be the same.
        case quotient
    }

    var requirements: [Requirement] = []
    /// Arguments that share one unit, and what the warning says the call does with them.
    var alike: (arguments: Arguments, operation: String)?
    /// An argument that must have the result's unit, and its role (`the initial value of npv()`).
    var likeResult: (position: Int, role: String)?
    var result: Result

    /// All arguments alike; the result the same.
    static func alike(_ operation: String) -> UnitRule { UnitRule(alike: (.all, operation), result: .alike) }
    /// The argument dimensionless, and the result.
    static func dimensionlessFunction(_ name: String) -> UnitRule {
        UnitRule(requirements: [Requirement(arguments: .at([0]), unit: .dimensionless, role: "the argument of \(name)()")],
                 result: .fixed(.dimensionless))
    }
    /// Argument 0's unit.
    static let likeFirst = UnitRule(result: .argument(0))
    /// A smooth or delay: the time (argument 1) in years; the initial value, at `k`, as the input.
    static func delayed(_ name: String, initialAt k: Int) -> UnitRule {
        UnitRule(requirements: [Requirement(arguments: .at([1]), unit: .year, role: "the time of \(name)()")],
                 alike: (.at([0, k]), "start \(name)() of"), result: .alike)
    }
    /// Arguments in years, and a result.
    static func timed(_ arguments: Arguments, _ role: String, _ result: Result) -> UnitRule {
        UnitRule(requirements: [Requirement(arguments: arguments, unit: .year, role: role)], result: result)
    }
}
