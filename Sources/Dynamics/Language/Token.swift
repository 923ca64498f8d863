/// A lexical token of the equation language.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(Double)
        case identifier(String)
        /// A name in double quotes (XMILE): may hold spaces and punctuation.
        case quotedIdentifier(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: SourcePosition

    /// The keyword this token spells, lowercased (`and`, `or`, `not`, `if`, `then`, `else`, `mod`), if any.
    var keyword: String? {
        guard case .identifier(let word) = kind else { return nil }
        let lower = word.lowercased()
        return Token.keywords.contains(lower) ? lower : nil
    }

    static let keywords: Set<String> = ["and", "or", "not", "if", "then", "else", "mod"]

    var text: String {
        switch kind {
        case .number(let value): return ExpressionPrinter.formatNumber(value)
        case .identifier(let name): return name
        case .quotedIdentifier(let name): return "\"\(name)\""
        case .symbol(let symbol): return symbol
        case .end: return "end of equation"
        }
    }
}
