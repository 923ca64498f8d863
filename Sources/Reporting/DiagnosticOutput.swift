import Dynamics
import Scenarios

/// Problems as text (`file:line:col: error: message; hint`, one per line) or as the JSON
/// object notebooks read on standard error: the first error's fields at the top level and
/// `errors` with every problem.
public enum DiagnosticOutput {
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0)\n" }.joined()
    }

    /// - Parameter leading: members placed before the problem's fields (a batch line's schema and number).
    public static func json(_ diagnostics: [Diagnostic], leading: [JSONValue.Member] = []) -> String {
        JSONWriter.write(jsonValue(diagnostics, leading: leading), style: .compact) + "\n"
    }

    public static func jsonValue(_ diagnostics: [Diagnostic], leading: [JSONValue.Member] = []) -> JSONValue {
        let first = diagnostics.first(where: \.isError) ?? diagnostics.first
        let all = JSONValue(.array(diagnostics.map { JSONValue(.object(fields($0))) }))
        return JSONValue(.object(leading + (first.map(fields) ?? fields(nil)) + [JSONValue.Member(key: "errors", value: all)]))
    }

    /// The fields of one problem; an absent problem has them all null, severity error.
    private static func fields(_ d: Diagnostic?) -> [JSONValue.Member] {
        func string(_ s: String?) -> JSONValue { s.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
        func number(_ n: Int?) -> JSONValue { n.map { JSONValue(.number(Double($0))) } ?? JSONValue(.null) }
        return [JSONValue.Member(key: "message", value: string(d?.message ?? "unknown error")),
                JSONValue.Member(key: "file", value: string(d?.location?.file)),
                JSONValue.Member(key: "line", value: number(d?.location?.position.line)),
                JSONValue.Member(key: "column", value: number(d?.location?.position.column)),
                JSONValue.Member(key: "hint", value: string(d?.hint)),
                JSONValue.Member(key: "severity", value: string(d?.severity.rawValue ?? "error"))]
    }

    /// One `forecast.error/1` line of a batch, in place of the line's result.
    public static func batchLine(_ diagnostics: [Diagnostic], line: Int) -> String {
        json(diagnostics, leading: [
            .init(key: "schema", value: JSONValue(.string("forecast.error/1"))),
            .init(key: "input_line", value: JSONValue(.number(Double(line)))),
        ])
    }
}
