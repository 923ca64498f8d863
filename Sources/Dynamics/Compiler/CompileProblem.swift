/// Everything the compiler finds wrong with a model; all of its wording lives here.
public enum CompileProblem: Problem, Hashable {
    case noVariables
    case reservedName(String)
    case definedTwice(String, first: SourceLocation?)
    case nonFiniteParameter(String, value: Double)
    case unknownName(String, equation: String, hint: String?)
    case tableWithoutArgument(String, equation: String)
    case stockListsStock(stock: String, flow: String)
    case unknownFlow(stock: String, flow: String, hint: String?)
    /// `expected` is already worded: `1`, `2 to 3`, `at least 2`.
    case argumentCount(function: String, expected: String, found: Int, signature: String)
    case tableArgumentCount(String, found: Int)
    case unknownFunction(String, hint: String?)
    case orderNotConstant(function: String)
    /// Names from cause to effect.
    case algebraicLoop([String])
    case circularInitialValues([String])
    // Tables.
    case tableHasNoPoints(String)
    case tableLengthsDiffer(String, xCount: Int, yCount: Int)
    case tableNonFinite(String, value: Double)
    case tableNotIncreasing(String, index: Int, x: Double, previous: Double)

    public var message: String {
        switch self {
        case .noVariables: "the model has no stocks, flows or auxiliaries: there is nothing to run"
        case .reservedName(let name): "'\(name)' is a reserved name"
        case .definedTwice(let name, let first): "'\(name)' is defined twice" + (first.map { " (first defined at \($0))" } ?? "")
        case .nonFiniteParameter(let name, let value): "parameter '\(name)' is \(value)"
        case .unknownName(let name, let equation, _): "unknown name '\(name)' in the equation of '\(equation)'"
        case .tableWithoutArgument(let name, let equation): "'\(name)' is a table and needs an argument in the equation of '\(equation)'"
        case .stockListsStock(let stock, let flow): "stock '\(stock)' lists the stock '\(flow)' as a flow"
        case .unknownFlow(let stock, let flow, _): "stock '\(stock)' lists the unknown flow '\(flow)'"
        case .argumentCount(let function, let expected, let found, _):
            "\(function)() takes \(expected) argument\(expected == "1" ? "" : "s"), not \(found)"
        case .tableArgumentCount(let name, let found): "table '\(name)' takes 1 argument, not \(found)"
        case .unknownFunction(let name, _): "unknown function '\(name)'"
        case .orderNotConstant(let function): "the order of \(function)() must be a whole number from 1 to 1000"
        case .algebraicLoop(let names): "algebraic loop: \(names.joined(separator: " -> "))"
        case .circularInitialValues(let names): "initial values depend on each other: \(names.joined(separator: " -> "))"
        case .tableHasNoPoints(let name): "table '\(name)' has no points"
        case .tableLengthsDiffer(let name, let x, let y): "table '\(name)' has \(x) x values but \(y) y values"
        case .tableNonFinite(let name, let value): "table '\(name)' holds the non-finite value \(value)"
        case .tableNotIncreasing(let name, let index, let x, let previous):
            "table '\(name)' x values must increase, but x[\(index)] = \(x) follows \(previous)"
        }
    }

    public var hint: String? {
        switch self {
        case .noVariables: "define at least one variable"
        case .reservedName: "choose another name"
        case .definedTwice: "rename or remove one of them"
        case .nonFiniteParameter: "give a finite number"
        case .unknownName(_, _, let hint): hint
        case .tableWithoutArgument(let name, _): "call it as \(name)(x)"
        case .stockListsStock: "list flows, not stocks"
        case .unknownFlow(_, _, let hint): hint
        case .argumentCount(_, _, _, let signature): "write \(signature)"
        case .tableArgumentCount(let name, _): "write \(name)(x)"
        case .unknownFunction(_, let hint): hint ?? "the functions are listed in the README"
        case .orderNotConstant(let function): "write the order as a number, e.g. \(function)(x, 4, 3)"
        case .algebraicLoop: "break it with a stock, or smooth() or delay1() one of these"
        case .circularInitialValues: "give one of these stocks an initial value that does not depend on the others"
        case .tableHasNoPoints: "give x and y at least one value each"
        case .tableLengthsDiffer: "give one y for each x"
        case .tableNonFinite: nil
        case .tableNotIncreasing: "sort the points by x and drop duplicates"
        }
    }
}
