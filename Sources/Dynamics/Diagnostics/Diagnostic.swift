/// One problem found in a model or its inputs: the only error type users see.
///
/// A diagnostic prints as `file:line:col: error: message; hint`, the form compilers use, so
/// editors and terminals can jump to it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// What went wrong, as data; its stage's enum words it.
    public var problem: any Problem
    public var location: SourceLocation?

    public init(_ severity: Severity = .error, _ problem: any Problem, at location: SourceLocation? = nil) {
        self.severity = severity
        self.problem = problem
        self.location = location
    }

    /// What is wrong, in one sentence without a trailing period.
    public var message: String { problem.message }
    /// What to do about it, e.g. `did you mean 'hardware_growth'?`.
    public var hint: String? { problem.hint }

    public var isError: Bool { severity == .error }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.location == b.location && a.message == b.message && a.hint == b.hint
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(location)
        hasher.combine(message)
        hasher.combine(hint)
    }

    public var description: String { text(severityWord: true) }

    /// The diagnostic as a JSON `warnings` entry: its place, message and hint, without the
    /// severity word (the list it is in says what it is).
    public var entryText: String { text(severityWord: false) }

    private func text(severityWord: Bool) -> String {
        var text = ""
        if let location { text += "\(location): " }
        if severityWord { text += "\(severity.rawValue): " }
        text += message
        if let hint { text += "; \(hint)" }
        return text
    }
}

/// Several problems reported together, sorted by file and position.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    /// The problems sorted for display, each reported once (an equation over an array gives
    /// the same problem for each of its elements).
    public init(_ diagnostics: [Diagnostic]) {
        var seen: Set<Diagnostic> = []
        self.diagnostics = diagnostics.filter { seen.insert($0).inserted }.sortedForDisplay()
    }

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Array where Element == Diagnostic {
    /// By file, then line and column; problems without a place come last, in the order found.
    public func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
