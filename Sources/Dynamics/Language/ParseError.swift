/// A syntax error at a position within equation text.
public struct ParseError: Error, Hashable, Sendable {
    public var problem: ParseProblem
    public var position: SourcePosition

    public init(_ problem: ParseProblem, at position: SourcePosition) {
        self.problem = problem
        self.position = position
    }

    public var message: String { problem.message }
    public var hint: String? { problem.hint }

    /// The same problem as a diagnostic, placed in the file where the equation text starts.
    public func diagnostic(equationStart: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, problem, at: equationStart?.advanced(by: position) ?? SourceLocation(file: nil, position: position))
    }
}
