import Analysis
import Dynamics
import Foundation
import Scenarios

/// Two scenarios side by side with absolute and relative differences: the
/// `forecast.compare/1` JSON object, CSV, or terminal tables.
public enum CompareOutput {
    /// (y − x) / |x|; 0 when both are 0, NaN when only x is.
    static func relative(_ x: Double, _ y: Double) -> Double { x == 0 ? (y == 0 ? 0 : .nan) : (y - x) / abs(x) }

    /// `forecast.compare/1`.
    public static func json(_ a: RunView, _ b: RunView) -> JSONValue {
        func numbers(_ xs: [Double]) -> JSONValue { JSONValue(.array(xs.map { JSONValue(.number($0)) })) }
        let series = a.series.indices.map { k -> JSONValue.Member in
            let (x, y) = (a.series[k].values, b.series[k].values)
            return .init(key: a.series[k].name, value: JSONValue(.object([
                .init(key: "unit", value: a.series[k].unit.map { JSONValue(.string($0)) } ?? JSONValue(.null)),
                .init(key: a.scenario, value: numbers(x)), .init(key: b.scenario, value: numbers(y)),
                .init(key: "difference", value: numbers(zip(x, y).map { $1 - $0 })),
                .init(key: "relative_difference", value: numbers(zip(x, y).map(relative))),
            ])))
        }
        let object = JSONValue(.object([
            .init(key: "schema", value: .init(.string("forecast.compare/1"))),
            .init(key: "scenarios", value: .init(.array([JSONValue(.string(a.scenario)), JSONValue(.string(b.scenario))]))),
            .init(key: "time", value: .init(.object([.init(key: "labels", value: .init(.array(a.labels.map { JSONValue(.string($0)) }))),
                                                     .init(key: "values", value: numbers(a.times))]))),
            .init(key: "series", value: .init(.object(series))),
        ]))
        return object
    }

    /// One row per series and time: `series,time,A,B,difference,relative_difference`.
    public static func csv(_ a: RunView, _ b: RunView) -> String {
        var rows: [[String]] = []
        for k in a.series.indices {
            for row in a.labels.indices {
                let (x, y) = (a.series[k].values[row], b.series[k].values[row])
                rows.append([a.series[k].name, a.labels[row], CSVWriter.number(x), CSVWriter.number(y),
                             CSVWriter.number(y - x), CSVWriter.number(relative(x, y))])
            }
        }
        return CSVWriter.write(header: ["series", "time", a.scenario, b.scenario, "difference", "relative_difference"], rows: rows)
    }

    public static func table(_ a: RunView, _ b: RunView) -> String {
        var text = "\(a.scenario) vs \(b.scenario)    (money in constant 2023 US$)\n"
        for k in a.series.indices {
            let unit = a.series[k].unit
            let (x, y) = (a.series[k].values, b.series[k].values)
            text += "\n\(a.series[k].name)" + (unit.map { " [\($0)]" } ?? "") + "\n"
            let table = TextTable(labelHeader: "time", columns: [(a.scenario, nil), (b.scenario, nil), ("difference", nil), ("relative", nil)],
                                  labels: a.labels, cells: [
                                    x.map { ValueFormatter.format($0, unit: unit) }, y.map { ValueFormatter.format($0, unit: unit) },
                                    zip(x, y).map { ValueFormatter.format($1 - $0, unit: unit) },
                                    zip(x, y).map { let r = relative($0, $1); return r.isFinite ? String(format: "%+.1f%%", r * 100) : "n/a" },
                                  ])
            text += table.render()
        }
        return text
    }
}
