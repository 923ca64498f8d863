import Analysis
import Dynamics
import Scenarios

/// What `forecast check` prints when nothing is wrong: the `forecast.check/1` JSON object, or
/// the warnings and a summary line.
public enum CheckOutput {
    /// `forecast.check/1`.
    public static func json(_ check: AssumptionCheck) -> JSONValue {
        JSONValue(.object([
            .init(key: "schema", value: JSONValue(.string("forecast.check/1"))),
            .init(key: "ok", value: JSONValue(.bool(true))),
            .init(key: "summary", value: JSONValue(.string(check.summary))),
            .init(key: "warnings", value: JSONValue(.array(check.problems.map { JSONValue(.string($0.description)) }))),
        ]))
    }

    public static func text(_ check: AssumptionCheck) -> String {
        DiagnosticOutput.text(check.problems) + check.summary + "\n"
    }
}
