/// Writes an expression back as equation text. Used by `explain`, exports and error messages.
public enum ExpressionPrinter {
    /// Binding strength of each operator; higher binds tighter.
    static func precedence(_ op: BinaryOperator) -> Int {
        switch op {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .modulo: 6
        case .power: 8
        }
    }

    static let unaryPrecedence = 7

    /// - Parameter rename: maps each variable name to how it should be written.
    public static func print(_ expression: Expression, rename: (String) -> String = { $0 },
                             function: (String) -> String = { $0 }) -> String {
        write(expression, rename: rename, function: function)
    }

    private static func write(_ e: Expression, rename: (String) -> String, function: (String) -> String) -> String {
        func sub(_ child: Expression, _ minimum: Int) -> String {
            let text = write(child, rename: rename, function: function)
            return strength(child) < minimum ? "(\(text))" : text
        }
        switch e.kind {
        case .number(let value): return formatNumber(value)
        case .name(let name): return rename(name)
        case .unary(.transpose, let operand):
            return "\(sub(operand, 10))'"
        case .unary(let op, let operand):
            let text = sub(operand, unaryPrecedence)
            return op == .not ? "not \(text)" : "\(op.rawValue)\(text)"
        case .binary(let op, let lhs, let rhs):
            let p = precedence(op)
            // `^` is right-associative: its left operand needs brackets at equal strength.
            let left = sub(lhs, op == .power ? p + 1 : p)
            let right = sub(rhs, op == .power ? unaryPrecedence : p + 1)
            return "\(left) \(op.rawValue) \(right)"
        case .call(let name, let arguments):
            let list = arguments.map { write($0, rename: rename, function: function) }.joined(separator: ", ")
            return "\(function(name))(\(list))"
        case .subscript(let name, let indices):
            func item(_ index: Subscript) -> String {
                switch index {
                case .index(let e): write(e, rename: { $0 }, function: function)
                case .wildcard(let restriction): restriction.map { "*:\($0)" } ?? "*"
                case .range(let a, let b): "\(write(a, rename: { $0 }, function: function)):\(write(b, rename: { $0 }, function: function))"
                case .dimensionPosition(let n): "@\(n)"
                }
            }
            return "\(rename(name))[\(indices.map(item).joined(separator: ", "))]"
        }
    }

    private static func strength(_ e: Expression) -> Int {
        switch e.kind {
        case .number(let v): return v < 0 ? unaryPrecedence : 10
        case .name, .call, .subscript: return 10
        case .unary(.transpose, _): return 10
        case .unary: return unaryPrecedence
        case .binary(let op, _, _): return precedence(op)
        }
    }

    /// The shortest text that reads back as exactly the same `Double`.
    public static func formatNumber(_ value: Double) -> String {
        if value.isInfinite { return value < 0 ? "-1e999" : "1e999" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
