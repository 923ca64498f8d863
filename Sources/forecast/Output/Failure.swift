import Dynamics
import Scenarios

/// Why a command stopped, and its exit code: 1 for problems in the model or input, 2 for usage.
enum Failure: Error {
    case problems([Diagnostic])
    case usage(UsageError)

    var exitCode: Int32 {
        switch self {
        case .problems: 1
        case .usage: 2
        }
    }

    init(_ list: DiagnosticList) { self = .problems(list.diagnostics) }
    init(_ diagnostic: Diagnostic) { self = .problems([diagnostic]) }
    init(_ message: String, hint: String? = nil) { self = .problems([Diagnostic(.error, message, hint: hint)]) }

    /// Any error from the libraries as a failure: their problems, or the error's text.
    init(catching error: any Error) {
        switch error {
        case let list as DiagnosticList: self.init(list)
        case let diagnostic as Diagnostic: self.init(diagnostic)
        case let failure as Failure: self = failure
        default: self.init("\(error)")
        }
    }
}

/// Prints problems as text (`file:line:col: error: message; hint`) or, in JSON mode, as one
/// object on standard error: the first problem's fields at the top level and `errors` with all.
enum ProblemReport {
    static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0)\n" }.joined()
    }

    static func usageText(_ error: UsageError) -> String {
        var text = "error: \(error.message)"
        if let hint = error.hint { text += "; \(hint)" }
        return text + "\n"
    }

    /// - Parameter leading: members placed before the problem's fields (a batch line's schema and number).
    static func json(_ diagnostics: [Diagnostic], leading: [JSONValue.Member] = []) -> String {
        func fields(_ d: Diagnostic) -> [JSONValue.Member] {
            func string(_ s: String?) -> JSONValue { s.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
            func number(_ n: Int?) -> JSONValue { n.map { JSONValue(.number(Double($0))) } ?? JSONValue(.null) }
            return [JSONValue.Member(key: "message", value: string(d.message)),
                    JSONValue.Member(key: "file", value: string(d.location?.file)),
                    JSONValue.Member(key: "line", value: number(d.location?.position.line)),
                    JSONValue.Member(key: "column", value: number(d.location?.position.column)),
                    JSONValue.Member(key: "hint", value: string(d.hint)),
                    JSONValue.Member(key: "severity", value: string(d.severity.rawValue))]
        }
        let first = diagnostics.first(where: \.isError) ?? diagnostics.first ?? Diagnostic(.error, "unknown error")
        let all = JSONValue(.array(diagnostics.map { JSONValue(.object(fields($0))) }))
        return JSONWriter.write(JSONValue(.object(leading + fields(first) + [JSONValue.Member(key: "errors", value: all)])), style: .compact) + "\n"
    }

    /// Warnings go to standard error in table mode; in JSON they travel in the output.
    static func printWarnings(_ warnings: [Diagnostic], format: String) {
        if format == "table", !warnings.isEmpty { Console.error(text(warnings)) }
    }

    static func usageJSON(_ error: UsageError) -> String {
        json([Diagnostic(.error, error.message, hint: error.hint)])
    }
}
