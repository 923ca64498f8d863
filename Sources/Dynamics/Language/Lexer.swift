/// Splits equation text into tokens, tracking line and column.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func tokenize() throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private mutating func skipSpaceAndComments() throws(ParseError) {
        while let c = current {
            if c.properties.isWhitespace {
                advance()
            } else if c == "{" {
                // XMILE comments are in braces.
                let start = position
                while let d = current, d != "}" { advance() }
                guard current == "}" else {
                    throw ParseError(.unterminatedComment, at: start)
                }
                advance()
            } else if c == "\\", peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n") {
                // Vensim-style line continuation.
                advance()
            } else {
                return
            }
        }
    }

    private mutating func next() throws(ParseError) -> Token {
        try skipSpaceAndComments()
        let start = position
        guard let c = current else { return Token(kind: .end, position: start) }

        if c.isDigit || (c == "." && peek(1)?.isDigit == true) {
            return Token(kind: .number(try number(start)), position: start)
        }
        if c.isIdentifierStart {
            var name = ""
            // A dot joins two names (`Location.Boston`, `module.variable`).
            while let d = current, d.isIdentifierContinuation || d == "." && peek(1)?.isIdentifierStart == true {
                name.unicodeScalars.append(d)
                advance()
            }
            return Token(kind: .identifier(name), position: start)
        }
        if c == "\"" {
            advance()
            var name = ""
            while let d = current, d != "\"" {
                if d == "\\", let escaped = peek(1) {
                    advance()
                    name.unicodeScalars.append(escaped == "n" ? " " : escaped)
                } else {
                    name.unicodeScalars.append(d)
                }
                advance()
            }
            guard current == "\"" else {
                throw ParseError(.unterminatedQuotedName, at: start)
            }
            advance()
            return Token(kind: .quotedIdentifier(name), position: start)
        }
        for symbol in ["<=", ">=", "<>", "==", "!=", "&&", "||"] where matches(symbol) {
            advance()
            advance()
            return Token(kind: .symbol(symbol), position: start)
        }
        if "+-*/^()<>=,![]:@'".unicodeScalars.contains(c) {
            advance()
            return Token(kind: .symbol(String(c)), position: start)
        }
        throw ParseError(.unexpectedCharacter(Character(c)), at: start)
    }

    private func matches(_ symbol: String) -> Bool {
        var offset = 0
        for s in symbol.unicodeScalars {
            guard peek(offset) == s else { return false }
            offset += 1
        }
        return true
    }

    private mutating func number(_ start: SourcePosition) throws(ParseError) -> Double {
        var text = ""
        func take(_ lexer: inout Lexer) {
            text.unicodeScalars.append(lexer.current!)
            lexer.advance()
        }
        while current?.isDigit == true { take(&self) }
        if current == "." {
            take(&self)
            while current?.isDigit == true { take(&self) }
        }
        if current == "e" || current == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if peek(signed ? 2 : 1)?.isDigit == true {
                take(&self)
                if signed { take(&self) }
                while current?.isDigit == true { take(&self) }
            }
        }
        guard let value = Double(text) else {
            throw ParseError(.malformedNumber(text), at: start)
        }
        return value
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }

    var isIdentifierStart: Bool {
        self == "_" || self == "$" || properties.isAlphabetic
    }

    var isIdentifierContinuation: Bool {
        isIdentifierStart || isDigit
    }
}
