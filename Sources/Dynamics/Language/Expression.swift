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
        /// `name[i, j]`: elements or a slice of an array. Arrays are flattened into scalar
        /// variables before code generation, so only the array stage and writers see this.
        case `subscript`(String, [Subscript])
    }

    public var kind: Kind
    /// Position of the node's first character within the equation text.
    public var position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    /// Every name the expression refers to, with the position of each use, in reading order
    /// (an array's name for each of its subscripts).
    public func references() -> [(name: String, position: SourcePosition)] {
        var found: [(String, SourcePosition)] = []
        visit { node in
            switch node.kind {
            case .name(let name), .subscript(let name, _): found.append((name, node.position))
            default: break
            }
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
        case .subscript(_, let indices):
            for index in indices { index.visit(body) }
        }
    }
}

/// One index of a subscript: `x[open]`, `x[employer]`, `x[2]`, `x[*]`, `x[*:senior_levels]`,
/// `x[1:3]`, `x[@1]` (XMILE 1.0 §3.7.1).
public indirect enum Subscript: Hashable, Sendable {
    /// An element name, a dimension name, a position, or an expression giving a position.
    case index(Expression)
    /// Every element of the dimension, or only those of `restrictedTo` (a dimension whose
    /// elements are some of its elements).
    case wildcard(restrictedTo: String?)
    /// The elements from one to another, inclusive, by name or position.
    case range(Expression, Expression)
    /// The element of the `n`th dimension (from 1) of the variable being defined.
    case dimensionPosition(Int)

    func visit(_ body: (Expression) -> Void) {
        switch self {
        case .index(let e): e.visit(body)
        case .range(let a, let b):
            a.visit(body)
            b.visit(body)
        case .wildcard, .dimensionPosition: break
        }
    }
}

public enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-"
    case plus = "+"
    case not = "not"
    /// `x'`: an array with its dimensions in reverse order (XMILE 1.0 §3.7.1.1).
    case transpose = "'"
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
