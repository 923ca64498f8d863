/// The array functions, which read their argument as a whole array (besides `min` and `max` of
/// one argument): calls the arrays' flattening removes, not builtins.
public enum ArrayReduction: String, CaseIterable, Sendable {
    case sum, prod, mean, stddev, size, rank
}

/// Calls in array equations: functions that reduce an array to one number (`sum`, `prod`,
/// `mean`, `min`/`max` of one argument, `stddev`, `size`, `rank`), arrayed tables, and every
/// other function applied element by element.
extension ArrayEvaluator {
    static let reductions = Set(ArrayReduction.allCases.map(\.rawValue))

    mutating func call(_ name: String, _ arguments: [Expression], at position: SourcePosition, _ context: Context,
                       inArrayFunction: Bool) -> ArrayValue? {
        if name == "lookup", arguments.count == 2 {
            return lookup(arguments[0], arguments[1], at: position, context, inArrayFunction: inArrayFunction)
        }
        if arrays[name] != nil, tables.contains(name), arguments.count == 1 {
            return lookup(Expression(.name(name), at: position), arguments[0], at: position, context, inArrayFunction: inArrayFunction)
        }
        let isReduction = Self.reductions.contains(name) || (["min", "max"].contains(name) && arguments.count == 1)
            || (["min", "max"].contains(name) && arguments.contains(where: { Self.holdsWholeArray($0, arrays: arrays) }))
        if isReduction {
            return reduce(name, arguments, at: position, context)
        }
        var values: [ArrayValue] = []
        for argument in arguments {
            guard let value = value(argument, context, inArrayFunction: inArrayFunction) else { return nil }
            values.append(value)
        }
        if values.isEmpty { return .scalar(Expression(.call(name, []), at: position)) }
        return combine(values, at: position, context) { Expression(.call(name, $0), at: position) }
    }

    /// True for an argument written as a whole array: `x[*]`, `x[1:3]` (MIN(x[*], 0) pools it).
    static func holdsWholeArray(_ argument: Expression, arrays: [String: [String]]) -> Bool {
        guard case .subscript(_, let indices) = argument.kind else { return false }
        return indices.contains { if case .wildcard = $0 { true } else if case .range = $0 { true } else { false } }
    }

    /// `lookup(t, x)` and `t(x)` for a table or an element of an arrayed one.
    private mutating func lookup(_ table: Expression, _ input: Expression, at position: SourcePosition, _ context: Context,
                                 inArrayFunction: Bool) -> ArrayValue? {
        guard let tableValue = value(table, context, inArrayFunction: inArrayFunction),
              let inputValue = value(input, context, inArrayFunction: inArrayFunction) else { return nil }
        return combine([tableValue, inputValue], at: position, context) { cells in
            guard case .name(let element) = cells[0].kind else { return Expression(.call("lookup", cells), at: position) }
            return Expression(.call(element, [cells[1]]), at: position)
        }
    }

    /// An array function of its arguments' elements, pooled.
    private mutating func reduce(_ name: String, _ arguments: [Expression], at position: SourcePosition, _ context: Context) -> ArrayValue? {
        // size(dimension) counts the dimension's elements.
        if name == "size", arguments.count == 1, case .name(let dimension) = arguments[0].kind, !scalars.contains(dimension),
           arrays[dimension] == nil, let found = dimensions[dimension] {
            return .scalar(Expression(.number(Double(found.elements.count)), at: position))
        }
        guard !arguments.isEmpty else {
            report(.notAnArrayArgument(function: name), at: position, context)
            return nil
        }
        // Every argument's elements are pooled: MEAN(a, b, c) of scalars, MIN(x[*], 0).
        var cells: [Expression] = []
        for argument in name == "rank" ? [arguments[0]] : arguments {
            guard let pooled = value(argument, context, inArrayFunction: true) else { return nil }
            cells += pooled.cells
        }
        func number(_ x: Double) -> Expression { Expression(.number(x), at: position) }
        func binary(_ op: BinaryOperator, _ a: Expression, _ b: Expression) -> Expression { Expression(.binary(op, a, b), at: position) }
        func fold(_ op: BinaryOperator, _ items: [Expression]) -> Expression { items.dropFirst().reduce(items[0]) { binary(op, $0, $1) } }
        let n = Double(cells.count)
        switch name {
        case "sum": return .scalar(fold(.add, cells))
        case "prod": return .scalar(fold(.multiply, cells))
        case "mean": return .scalar(cells.count == 1 ? cells[0] : binary(.divide, fold(.add, cells), number(n)))
        case "min", "max": return .scalar(cells.count == 1 ? cells[0] : Expression(.call(name, cells), at: position))
        case "size": return .scalar(number(n))
        case "stddev":
            // Population standard deviation: sqrt(Σ(x − mean)² / n).
            let mean = binary(.divide, fold(.add, cells), number(n))
            let squares = cells.map { binary(.power, binary(.subtract, $0, mean), number(2)) }
            return .scalar(Expression(.call("sqrt", [binary(.divide, fold(.add, squares), number(n))]), at: position))
        case "rank":
            // XMILE RANK(A, r): the position (from 1, row-major) of the element of rank r in
            // ascending order; equal values rank in the order they stand.
            guard arguments.count >= 2, let r = scalar(arguments[1], context) else {
                report(.notAnArrayArgument(function: name), at: position, context)
                return nil
            }
            var result = number(0)
            for k in cells.indices {
                var rank = number(1)
                for j in cells.indices where j != k {
                    let before = binary(j < k ? .lessOrEqual : .less, cells[j], cells[k])
                    rank = binary(.add, rank, before)
                }
                result = binary(.add, result, binary(.multiply, number(Double(k + 1)), binary(.equal, rank, r)))
            }
            return .scalar(result)
        default:
            return nil
        }
    }
}
