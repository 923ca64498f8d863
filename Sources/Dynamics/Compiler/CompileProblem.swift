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
    // Arrays.
    case unknownDimension(String, hint: String?)
    case emptyDimension(String)
    case dimensionElementTwice(dimension: String, element: String)
    case unknownElement(String, dimension: String, hint: String?)
    case positionOutOfRange(Int, dimension: String, count: Int)
    case subscriptCount(array: String, expected: Int, found: Int)
    case notAnArray(String)
    case elementWithoutEquation(variable: String, element: String)
    case elementEquationTwice(variable: String, element: String)
    /// A bare reference to an array in an equation that does not range over one of its dimensions.
    case unboundDimension(array: String, dimension: String, equation: String)
    /// What is left of an equation's value ranges over a dimension its variable does not.
    case leftoverDimension(equation: String, dimension: String)
    case notADimensionOf(dimension: String, array: String, arrayDimension: String)
    case elementNotIn(element: String, of: String, dimension: String)
    case dimensionAsValue(String, equation: String)
    case elementsDiffer(dimension: String)
    case flowDimensions(stock: String, flow: String)
    case dimensionPosition(Int, equation: String, count: Int)
    case transposeDimensions(array: String, equation: String)
    case notAnArrayArgument(function: String)
    case aliasTarget(alias: String, target: String, hint: String?)
    case aliasTwice(String)

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
        case .unknownDimension(let name, _): "unknown dimension '\(name)'"
        case .emptyDimension(let name): "dimension '\(name)' has no elements"
        case .dimensionElementTwice(let dimension, let element): "dimension '\(dimension)' lists '\(element)' twice"
        case .unknownElement(let name, let dimension, _): "'\(name)' is not an element of '\(dimension)'"
        case .positionOutOfRange(let position, let dimension, let count): "element \(position) of '\(dimension)' does not exist; it has \(count)"
        case .subscriptCount(let array, let expected, let found):
            "'\(array)' has \(expected) dimension\(expected == 1 ? "" : "s"), but the subscript gives \(found)"
        case .notAnArray(let name): "'\(name)' is not an array, so it takes no subscript"
        case .elementWithoutEquation(let variable, let element): "\(element) has no equation: '\(variable)' has no equation for all its elements and none for this one"
        case .elementEquationTwice(let variable, let element): "'\(variable)' defines \(element) twice"
        case .unboundDimension(let array, let dimension, let equation):
            "'\(array)' ranges over '\(dimension)', which the equation of '\(equation)' does not"
        case .leftoverDimension(let equation, let dimension): "the equation of '\(equation)' gives values over '\(dimension)', which '\(equation)' does not range over"
        case .notADimensionOf(let dimension, let array, let arrayDimension):
            "'\(dimension)' is not a dimension of '\(array)', whose subscript here ranges over '\(arrayDimension)'"
        case .elementNotIn(let element, let of, let dimension): "'\(element)' of '\(of)' is not an element of '\(dimension)'"
        case .dimensionAsValue(let name, let equation): "'\(name)' is a dimension, and the equation of '\(equation)' does not range over it"
        case .elementsDiffer(let dimension): "the two sides range over different elements of '\(dimension)'"
        case .flowDimensions(let stock, let flow): "flow '\(flow)' of stock '\(stock)' does not range over every dimension of the stock"
        case .dimensionPosition(let n, let equation, let count):
            "@\(n) names dimension \(n) of '\(equation)', which has \(count)"
        case .transposeDimensions(let array, let equation): "the transpose of '\(array)' does not fit the dimensions of '\(equation)'"
        case .notAnArrayArgument(let function): "\(function)() needs an array, such as x[*]"
        case .aliasTarget(let alias, let target, _): "alias '\(alias)' names '\(target)', which is not a variable or an element of one"
        case .aliasTwice(let name): "'\(name)' is declared as an alias twice"
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
        case .unknownDimension(_, let hint): hint ?? "declare it under dimensions"
        case .emptyDimension: "list its elements"
        case .dimensionElementTwice: "list each element once"
        case .unknownElement(_, let dimension, let hint): hint ?? "see the elements of '\(dimension)' under dimensions"
        case .positionOutOfRange: "count elements from 1"
        case .subscriptCount: "give one index per dimension"
        case .notAnArray: "remove the subscript"
        case .elementWithoutEquation: "give an equation for all elements, or one for this element"
        case .elementEquationTwice: "keep one of them"
        case .unboundDimension(let array, let dimension, _):
            "pick an element, e.g. \(array)[first element], or add up over it with sum(\(array)[*]); '\(dimension)' must be a dimension of the variable to be used bare"
        case .leftoverDimension(_, let dimension): "sum over it, e.g. sum(x[*]), or pick one element of '\(dimension)'"
        case .notADimensionOf: "use the dimension the array has there, one of its elements, or *"
        case .elementNotIn: "map between the dimensions with a variable that holds positions"
        case .dimensionAsValue: "a dimension's name gives the position of the current element only in equations over it"
        case .elementsDiffer: "select the same elements on both sides"
        case .flowDimensions: "give the flow the stock's dimensions (a flow may range over more: the stock then takes all of its elements along those)"
        case .dimensionPosition: "count the variable's dimensions from 1"
        case .transposeDimensions: "a transposed array needs as many dimensions as the variable being defined"
        case .notAnArrayArgument: nil
        case .aliasTarget(_, _, let hint): hint
        case .aliasTwice: "keep one of them"
        }
    }
}
