import Analysis
import Dynamics
import Scenarios

/// Renders a `RunView` as the `forecast.run/1` JSON object, as CSV, or as a terminal table.
public enum RunOutput {
    /// The notebook contract, `forecast.run/1`: field order and number format are fixed.
    public static func json(_ view: RunView) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value) }
        func object(_ members: [JSONValue.Member]) -> JSONValue { JSONValue(.object(members)) }
        func numbers(_ xs: [Double]) -> JSONValue { JSONValue(.array(xs.map { JSONValue(.number($0)) })) }
        let overrides = object(view.overrides.map { member($0.name, JSONValue(.number($0.value))) })
        let series = object(view.series.map {
            member($0.name, object([member("unit", $0.unit.map { JSONValue(.string($0)) } ?? JSONValue(.null)),
                                    member("values", numbers($0.values))]))
        })
        let milestones = object(view.milestones.map { member($0.name, $0.quarter.map { JSONValue(.string($0.label)) } ?? JSONValue(.null)) })
        return object([
            member("schema", JSONValue(.string("forecast.run/1"))),
            member("scenario", JSONValue(.string(view.scenario))),
            member("assumptions", object([member("digest", JSONValue(.string(view.digest))), member("overrides", overrides)])),
            member("time", object([member("unit", JSONValue(.string("year"))),
                                   member("labels", JSONValue(.array(view.labels.map { JSONValue(.string($0)) }))),
                                   member("values", numbers(view.times))])),
            member("series", series),
            member("milestones", milestones),
            member("warnings", JSONValue(.array(view.warnings.map { JSONValue(.string($0)) }))),
        ])
    }

    /// One header row of names with units in brackets (`frontier_compute_closed [FLOP]`), then
    /// one row per time with its label first.
    public static func csv(_ view: RunView) -> String {
        let header = ["time"] + view.series.map { series in series.unit.map { "\(series.name) [\($0)]" } ?? series.name }
        let rows = view.labels.indices.map { row in [view.labels[row]] + view.series.map { CSVWriter.number($0.values[row]) } }
        return CSVWriter.write(header: header, rows: rows)
    }

    public static func table(_ view: RunView, width: Int = 80) -> String {
        var text = "scenario: \(view.scenario)"
        if !view.overrides.isEmpty {
            text += " with " + view.overrides.map { "\($0.name)=\(ExpressionPrinter.formatNumber($0.value))" }.joined(separator: ", ")
        }
        text += "    (money in constant 2023 US$)\n\n"
        let table = TextTable(labelHeader: "time", columns: view.series.map { ($0.name, $0.unit) }, labels: view.labels,
                              cells: view.series.map { series in series.values.map { ValueFormatter.format($0, unit: series.unit) } })
        text += table.render(width: width)
        if !view.milestones.isEmpty {
            text += "\nmilestones\n"
            let width = view.milestones.map(\.label.count).max() ?? 0
            for milestone in view.milestones {
                text += "  \(milestone.label.padding(toLength: width, withPad: " ", startingAt: 0))  \(milestone.quarter?.label ?? "not by \(view.horizon)")\n"
            }
        }
        return text
    }
}
