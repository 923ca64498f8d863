/// A parsed equation: a tree whose every node remembers where it was written.
public struct Expression: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        case number(Double)
        /// A reference to a variable, parameter or one of the reserved names (`time`, `dt`, …).
        case name(String)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        /// A builtin function or a table, by name. `if(c, a, b)` and `IF c THEN a ELSE b`
        /// both become `call("if", [c, a, b])`.
        case call(String, [Expression])
    }

    public var kind: Kind
    /// Position of the node's first character within the equation text.
    public var position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    /// Every name the expression refers to, with the position of each use, in reading order.
    public func references() -> [(name: String, position: SourcePosition)] {
        var found: [(String, SourcePosition)] = []
        visit { node in
            if case .name(let name) = node.kind { found.append((name, node.position)) }
        }
        return found
    }

    /// Calls `body` on this node and then on every node below it, depth first, left to right.
    public func visit(_ body: (Expression) -> Void) {
        body(self)
        switch kind {
        case .number, .name: break
        case .unary(_, let operand): operand.visit(body)
        case .binary(_, let lhs, let rhs):
            lhs.visit(body)
            rhs.visit(body)
        case .call(_, let arguments):
            for argument in arguments { argument.visit(body) }
        }
    }
}

public enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-"
    case plus = "+"
    case not = "not"
}

public enum BinaryOperator: String, Hashable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^", modulo = "mod"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case equal = "==", notEqual = "!="
    case and = "and", or = "or"
}

extension Expression: CustomStringConvertible {
    /// The expression written back in the project's equation language, fully parenthesised
    /// where precedence needs it.
    public var description: String { ExpressionPrinter.print(self) }
}
