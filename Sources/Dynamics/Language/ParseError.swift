/// A syntax error at a position within equation text.
public struct ParseError: Error, Hashable, Sendable {
    public var message: String
    public var hint: String?
    public var position: SourcePosition

    public init(_ message: String, hint: String? = nil, at position: SourcePosition) {
        self.message = message
        self.hint = hint
        self.position = position
    }

    /// The same problem as a diagnostic, placed in the file where the equation text starts.
    public func diagnostic(equationStart: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, hint: hint, at: equationStart?.advanced(by: position)
                   ?? SourceLocation(file: nil, position: position))
    }
}
