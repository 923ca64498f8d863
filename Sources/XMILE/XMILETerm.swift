import Dynamics

/// An equation in XMILE's terms, ready to print: exported names, XMILE function names, and
/// `IF … THEN … ELSE` as its own node.
indirect enum XMILETerm: Hashable {
    case number(Double)
    /// An exported name, or `TIME` or `DT`.
    case name(String)
    case unary(UnaryOperator, XMILETerm)
    case binary(BinaryOperator, XMILETerm, XMILETerm)
    /// An XMILE builtin (`SMTH1`) or a graphical function, called with arguments.
    case call(String, [XMILETerm])
    /// A builtin written without parentheses: `INF`, `STOPTIME`.
    case constant(String)
    case conditional(XMILETerm, XMILETerm, XMILETerm)
    /// `name[index, …]`, each index already written (`open`, `employer`, `*`, `1:3`).
    case `subscript`(String, [String])

    /// The equation text.
    ///
    /// Brackets are written wherever XMILE readers disagree or the tree's grouping would
    /// otherwise be lost, so every reader rebuilds the same tree and so the same arithmetic:
    ///
    /// - `+ - * /` follow the usual precedence, left to right; a right operand of equal
    ///   strength is bracketed (`a - (b - c)`, and `a + (b + c)` too, since floating-point
    ///   addition is not associative).
    /// - `^` takes only atoms as operands (`(-x) ^ 2`, `a ^ (b ^ c)`): tools differ on its
    ///   associativity and on how it binds against a leading minus.
    /// - `mod` and `IF … THEN … ELSE` are always bracketed as a whole: PySD binds MOD looser
    ///   than `*`, and IF's last branch would otherwise swallow what follows it. `mod` is
    ///   written in lowercase, the only spelling PySD 3 reads (XMILE keywords ignore case).
    /// - A sign or `NOT` inside another operation (except a sign leading a sum, `-a + b`), and a
    ///   comparison inside a comparison, are bracketed; `AND` inside `OR` (or the reverse) is
    ///   bracketed.
    var text: String { render().text }

    private enum Strength {
        static let or = 1, and = 2, not = 3, comparison = 4, additive = 5, multiplicative = 6, sign = 7, power = 8, atom = 10
    }

    private func render() -> (text: String, strength: Int) {
        switch self {
        case .number(let value):
            if value.isInfinite { return (value < 0 ? "-INF" : "INF", value < 0 ? Strength.sign : Strength.atom) }
            let text = ExpressionPrinter.formatNumber(value)
            return (text, text.hasPrefix("-") ? Strength.sign : Strength.atom)
        case .name(let name), .constant(let name):
            return (name, Strength.atom)
        case .unary(let op, let operand):
            let inner = operand.operand(minimum: Strength.atom)
            switch op {
            case .negate: return ("-\(inner)", Strength.sign)
            case .plus: return ("+\(inner)", Strength.sign)
            case .not: return ("NOT \(inner)", Strength.not)
            case .transpose: return ("\(inner)'", Strength.atom)
            }
        case .binary(let op, let lhs, let rhs):
            return renderBinary(op, lhs, rhs)
        case .call(let name, let arguments):
            return ("\(name)(\(arguments.map(\.text).joined(separator: ", ")))", Strength.atom)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return ("(IF \(condition.text) THEN \(whenTrue.text) ELSE \(whenFalse.text))", Strength.atom)
        case .subscript(let name, let indices):
            return ("\(name)[\(indices.joined(separator: ", "))]", Strength.atom)
        }
    }

    private func renderBinary(_ op: BinaryOperator, _ lhs: XMILETerm, _ rhs: XMILETerm) -> (text: String, strength: Int) {
        switch op {
        case .add, .subtract:
            return ("\(lhs.operand(minimum: Strength.additive, signAllowed: true)) \(op.rawValue) \(rhs.operand(minimum: Strength.additive + 1))", Strength.additive)
        case .multiply, .divide:
            return ("\(lhs.operand(minimum: Strength.multiplicative)) \(op.rawValue) \(rhs.operand(minimum: Strength.multiplicative + 1))",
                    Strength.multiplicative)
        case .power:
            return ("\(lhs.operand(minimum: Strength.atom)) ^ \(rhs.operand(minimum: Strength.atom))", Strength.power)
        case .modulo:
            return ("(\(lhs.operand(minimum: Strength.atom)) mod \(rhs.operand(minimum: Strength.atom)))", Strength.atom)
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
            let symbol = switch op {
            case .equal: "="
            case .notEqual: "<>"
            default: op.rawValue
            }
            return ("\(lhs.operand(minimum: Strength.additive)) \(symbol) \(rhs.operand(minimum: Strength.additive))", Strength.comparison)
        case .and, .or:
            let strength = op == .and ? Strength.and : Strength.or
            let left = lhs.isLogical(op) ? lhs.text : lhs.operand(minimum: Strength.not)
            return ("\(left) \(op.rawValue.uppercased()) \(rhs.operand(minimum: Strength.not))", strength)
        }
    }

    /// The term as an operand needing at least `minimum` strength; a sign is bracketed
    /// unless `signAllowed` (the left operand of `+` or `-`, where every reader agrees).
    private func operand(minimum: Int, signAllowed: Bool = false) -> String {
        let (text, strength) = render()
        return strength < minimum || strength == Strength.sign && !signAllowed ? "(\(text))" : text
    }

    private func isLogical(_ op: BinaryOperator) -> Bool {
        if case .binary(op, _, _) = self { true } else { false }
    }
}
