/// Parses equation text into an `Expression`.
///
/// Precedence, loosest first, as in XMILE 1.0 §3.3.1: `or`; `and`; `= == <> !=`;
/// `< <= > >=`; `+ -`; `* / mod`; unary `- + not`; `^` (right-associative). Because `^` binds
/// tighter than unary minus, `-2^2` is `-(2^2) = -4`, and `2^-1` is `2^(-1)`.
/// `IF c THEN a ELSE b` is accepted beside `if(c, a, b)`; its `ELSE` branch extends to the end.
public struct Parser {
    /// How names are written.
    public enum Dialect: Sendable {
        /// The project's language: names are snake_case and kept as written.
        case forecast
        /// XMILE: names are case-insensitive, may be quoted, and spaces equal underscores.
        case xmile
    }

    /// How deeply an equation may nest: brackets, calls, unary operators and exponents, and
    /// each operator of a chain such as `a + b + c`, count one level each. Every later stage
    /// (and freeing the tree) walks it recursively, so no tree deeper than this is built.
    public static let maximumDepth = 256

    private var tokens: [Token]
    private var index = 0
    private let dialect: Dialect
    /// How many `unary()` calls are active: every recursion of the grammar passes through one.
    private var depth = 0
    /// The height of the tree the last grammar function returned (a name or number is 1).
    private var height = 0

    private init(tokens: [Token], dialect: Dialect) {
        self.tokens = tokens
        self.dialect = dialect
    }

    /// Parses a whole equation; anything left over is an error.
    public static func parse(_ text: String, dialect: Dialect = .forecast) throws(ParseError) -> Expression {
        var lexer = Lexer(text)
        var parser = Parser(tokens: try lexer.tokenize(), dialect: dialect)
        if parser.current.kind == .end {
            throw ParseError(.emptyEquation, at: parser.current.position)
        }
        let expression = try parser.expression()
        guard parser.current.kind == .end else {
            throw ParseError(.leftOver(parser.current.text), at: parser.current.position)
        }
        return expression
    }

    /// XMILE's canonical form of a name: quotes removed, lowercase, and runs of spaces,
    /// underscores and `\n` escapes as one underscore.
    public static func canonicalXMILEName(_ name: String) -> String {
        var result = ""
        var pendingSeparator = false
        var escaped = false
        for scalar in name.unicodeScalars {
            if scalar == "_" || scalar.properties.isWhitespace || escaped && scalar == "n" {
                pendingSeparator = !result.isEmpty
                escaped = false
                continue
            }
            escaped = false
            if scalar == "\\" {
                escaped = true
                continue
            }
            if pendingSeparator { result += "_" }
            pendingSeparator = false
            result += String(scalar).lowercased()
        }
        return result
    }

    // MARK: - Grammar

    private var current: Token { tokens[index] }

    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    private func isSymbol(_ symbols: String...) -> String? {
        if case .symbol(let s) = current.kind, symbols.contains(s) { return s }
        return nil
    }

    private func isKeyword(_ word: String) -> Bool { current.keyword == word }

    private mutating func expect(_ symbol: String, _ context: String) throws(ParseError) {
        guard isSymbol(symbol) != nil else {
            throw ParseError(.expectedSymbol(symbol, context: context, found: found), at: current.position)
        }
        advance()
    }

    private var found: String {
        current.kind == .end ? "the end of the equation" : "'\(current.text)'"
    }

    private mutating func expression() throws(ParseError) -> Expression { try or() }

    private mutating func binaryLevel(
        _ operand: (inout Parser) throws(ParseError) -> Expression,
        _ match: (Parser) -> BinaryOperator?
    ) throws(ParseError) -> Expression {
        var lhs = try operand(&self)
        var lhsHeight = height
        while let op = match(self) {
            let position = current.position
            advance()
            let rhs = try operand(&self)
            try setHeight(above: max(lhsHeight, height), at: position)
            lhs = Expression(.binary(op, lhs, rhs), at: lhs.position)
            lhsHeight = height
        }
        height = lhsHeight
        return lhs
    }

    /// Records the height of a node whose tallest part is `partHeight` high, refusing to build
    /// it when that is past the limit.
    private mutating func setHeight(above partHeight: Int, at position: SourcePosition) throws(ParseError) {
        guard partHeight < Parser.maximumDepth else {
            throw ParseError(.nestedTooDeep(limit: Parser.maximumDepth), at: position)
        }
        height = partHeight + 1
    }

    private mutating func or() throws(ParseError) -> Expression {
        try binaryLevel({ (p: inout Parser) throws(ParseError) in try p.and() }) { p in
            p.isKeyword("or") || p.isSymbol("||") != nil ? .or : nil
        }
    }

    private mutating func and() throws(ParseError) -> Expression {
        try binaryLevel({ (p: inout Parser) throws(ParseError) in try p.equality() }) { p in
            p.isKeyword("and") || p.isSymbol("&&") != nil ? .and : nil
        }
    }

    private mutating func equality() throws(ParseError) -> Expression {
        try binaryLevel({ (p: inout Parser) throws(ParseError) in try p.relational() }) { p in
            switch p.isSymbol("=", "==", "<>", "!=") {
            case "=", "==": .equal
            case "<>", "!=": .notEqual
            default: nil
            }
        }
    }

    private mutating func relational() throws(ParseError) -> Expression {
        try binaryLevel({ (p: inout Parser) throws(ParseError) in try p.additive() }) { p in
            switch p.isSymbol("<", "<=", ">", ">=") {
            case "<": .less
            case "<=": .lessOrEqual
            case ">": .greater
            case ">=": .greaterOrEqual
            default: nil
            }
        }
    }

    private mutating func additive() throws(ParseError) -> Expression {
        try binaryLevel({ (p: inout Parser) throws(ParseError) in try p.multiplicative() }) { p in
            switch p.isSymbol("+", "-") {
            case "+": .add
            case "-": .subtract
            default: nil
            }
        }
    }

    private mutating func multiplicative() throws(ParseError) -> Expression {
        try binaryLevel({ (p: inout Parser) throws(ParseError) in try p.unary() }) { p in
            switch p.isSymbol("*", "/") {
            case "*": .multiply
            case "/": .divide
            default: p.isKeyword("mod") ? .modulo : nil
            }
        }
    }

    private mutating func unary() throws(ParseError) -> Expression {
        let position = current.position
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maximumDepth else {
            throw ParseError(.nestedTooDeep(limit: Parser.maximumDepth), at: position)
        }
        if let symbol = isSymbol("-", "+", "!") {
            advance()
            let operand = try unary()
            try setHeight(above: height, at: position)
            let op: UnaryOperator = symbol == "-" ? .negate : symbol == "+" ? .plus : .not
            return Expression(.unary(op, operand), at: position)
        }
        if isKeyword("not") {
            advance()
            let operand = try unary()
            try setHeight(above: height, at: position)
            return Expression(.unary(.not, operand), at: position)
        }
        return try power()
    }

    private mutating func power() throws(ParseError) -> Expression {
        var base = try primary()
        while isSymbol("'") != nil {
            advance()
            base = Expression(.unary(.transpose, base), at: base.position)
        }
        if isSymbol("^") != nil {
            let baseHeight = height, position = current.position
            advance()
            let exponent = try unary()
            try setHeight(above: max(baseHeight, height), at: position)
            return Expression(.binary(.power, base, exponent), at: base.position)
        }
        return base
    }

    private mutating func primary() throws(ParseError) -> Expression {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            height = 1
            return Expression(.number(value), at: token.position)
        case .symbol("("):
            advance()
            let inner = try expression()
            try expect(")", "to close the '(' at \(token.position)")
            return inner
        case .identifier(let word) where token.keyword == "if":
            advance()
            var condition: Expression
            if isSymbol("(") != nil {
                // `if(c, a, b)`, or Stella's `IF (c) THEN a ELSE b`, whose bracketed condition
                // reads like a call with one argument.
                let call = try call("if", at: token.position)
                guard case .call(_, let arguments) = call.kind, arguments.count == 1, isKeyword("then") else { return call }
                condition = arguments[0]
                height -= 1
            } else {
                condition = try expression()
            }
            _ = word
            var partHeight = height
            guard isKeyword("then") else {
                throw ParseError(.expectedThen(found: found), at: current.position)
            }
            advance()
            let whenTrue = try expression()
            partHeight = max(partHeight, height)
            guard isKeyword("else") else {
                throw ParseError(.expectedElse(found: found), at: current.position)
            }
            advance()
            let whenFalse = try expression()
            try setHeight(above: max(partHeight, height), at: token.position)
            return Expression(.call("if", [condition, whenTrue, whenFalse]), at: token.position)
        case .identifier(let word) where dialect == .xmile && ["mod", "and", "or", "then", "else"].contains(token.keyword ?? ""):
            // XMILE allows variables named like operators; where an operand is expected, it is one.
            advance()
            height = 1
            return Expression(.name(canonical(word)), at: token.position)
        case .identifier(let word) where token.keyword != nil:
            throw ParseError(.keywordWithoutOperands(word), at: token.position)
        case .identifier(let word):
            advance()
            if isSymbol("(") != nil {
                return try call(word.lowercased(), at: token.position)
            }
            let named = try subscripted(canonical(word), at: token.position)
            height = 1
            return named
        case .quotedIdentifier(let word):
            advance()
            let named = try subscripted(canonical(word), at: token.position)
            height = 1
            return named
        case .end:
            throw ParseError(.endWhereValueExpected, at: token.position)
        default:
            throw ParseError(.expectedOperand(found: token.text), at: token.position)
        }
    }

    /// `name`, or `name[i, j, …]` when a `[` follows; `name[i](x)` calls an element of an
    /// arrayed table, as `lookup(name[i], x)`.
    private mutating func subscripted(_ name: String, at position: SourcePosition) throws(ParseError) -> Expression {
        guard isSymbol("[") != nil else { return Expression(.name(name), at: position) }
        let open = current.position
        advance()
        var indices: [Subscript] = []
        repeat {
            if isSymbol(",") != nil { advance() }
            indices.append(try subscriptIndex())
        } while isSymbol(",") != nil
        try expect("]", "to close the subscript of \(name) opened at \(open)")
        let element = Expression(.subscript(name, indices), at: position)
        guard isSymbol("(") != nil else { return element }
        let call = try call("lookup", at: position)
        guard case .call(_, let arguments) = call.kind else { return call }
        return Expression(.call("lookup", [element] + arguments), at: position)
    }

    /// One index: `*`, `*:dimension`, `@n`, an expression, or a range `a:b`.
    private mutating func subscriptIndex() throws(ParseError) -> Subscript {
        if isSymbol("*") != nil {
            advance()
            guard isSymbol(":") != nil else { return .wildcard(restrictedTo: nil) }
            advance()
            let token = current
            switch token.kind {
            case .identifier(let word), .quotedIdentifier(let word):
                advance()
                return .wildcard(restrictedTo: canonical(word))
            default:
                throw ParseError(.expectedDimensionAfterWildcard(found: found), at: token.position)
            }
        }
        if isSymbol("@") != nil {
            advance()
            guard case .number(let n) = current.kind, n >= 1, n == n.rounded(), n <= 1000 else {
                throw ParseError(.expectedDimensionPosition(found: found), at: current.position)
            }
            advance()
            return .dimensionPosition(Int(n))
        }
        let first = try expression()
        guard isSymbol(":") != nil else { return .index(first) }
        advance()
        return .range(first, try expression())
    }

    private func canonical(_ name: String) -> String {
        dialect == .xmile ? Parser.canonicalXMILEName(name) : name
    }

    private mutating func call(_ name: String, at position: SourcePosition) throws(ParseError) -> Expression {
        let open = current.position
        advance()
        var arguments: [Expression] = []
        var partHeight = 0
        if isSymbol(")") == nil {
            repeat {
                if isSymbol(",") != nil { advance() }
                arguments.append(try expression())
                partHeight = max(partHeight, height)
            } while isSymbol(",") != nil
        }
        try expect(")", "to close the arguments of \(name)() opened at \(open)")
        try setHeight(above: partHeight, at: position)
        return Expression(.call(dialect == .xmile ? Parser.canonicalXMILEName(name) : name, arguments), at: position)
    }
}
