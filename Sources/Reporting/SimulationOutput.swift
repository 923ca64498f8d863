import Dynamics
import Scenarios
import XMILE

/// The results of `forecast simulate` as CSV or JSON, with the same writers as every other
/// output, so the same results always give the same bytes.
public enum SimulationOutput {
    /// A header row `time,<name>,…` with the names as the model file wrote them, then one row per
    /// saved time. Non-finite values are written `NaN`, `Infinity`, `-Infinity`.
    public static func csv(_ results: XMILEResults) -> String {
        let rows = results.times.indices.map { row in
            [CSVWriter.number(results.times[row])] + results.series.map { CSVWriter.number($0.values[row]) }
        }
        return CSVWriter.write(header: ["time"] + results.series.map(\.name), rows: rows)
    }

    /// `{"time": […], "series": {"<name>": […], …}}`, series in model order; non-finite values
    /// are `null`. Warnings about the file, when there are any, follow as `"warnings": ["…"]`.
    public static func json(_ results: XMILEResults, warnings: [Diagnostic] = []) -> String {
        func numbers(_ values: [Double]) -> JSONValue { JSONValue(.array(values.map { JSONValue(.number($0)) })) }
        let series = results.series.map { JSONValue.Member(key: $0.name, value: numbers($0.values)) }
        var members: [JSONValue.Member] = [.init(key: "time", value: numbers(results.times)), .init(key: "series", value: JSONValue(.object(series)))]
        if !warnings.isEmpty {
            members.append(.init(key: "warnings", value: JSONValue(.array(warnings.map { JSONValue(.string($0.entryText)) }))))
        }
        return JSONWriter.write(JSONValue(.object(members)), style: .compact) + "\n"
    }
}
