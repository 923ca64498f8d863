import Analysis
import Dynamics
import Scenarios

/// Renders a `MonteCarloResult`: the `forecast.montecarlo/1` JSON object, CSV with one row per
/// series and time, or terminal tables of bands and milestone dates.
public enum MonteCarloOutput {
    /// How often rows are shown.
    public enum Rows: String, Sendable {
        case quarter, year
    }

    /// The saved times shown, and their labels (`2027Q1`; for yearly rows each fourth quarter,
    /// labelled `2027`, and the run's last quarter when it is not one).
    public static func rows(_ result: MonteCarloResult, every: Rows) -> (indices: [Int], labels: [String]) {
        if every == .year {
            let years = RunView.yearRows(result.times)
            return (years.picked, years.labels)
        }
        let rows = result.times.indices.filter { abs(Quarter(containing: result.times[$0]).time - result.times[$0]) < 1e-9 }
        return (rows, rows.map { Quarter(containing: result.times[$0]).label })
    }

    /// `p10`, `p2.5`: the key of a percentile in JSON and CSV.
    public static func key(_ percentile: Double) -> String { "p" + JSONWriter.number(percentile) }

    public static func failureNote(_ result: MonteCarloResult) -> String? { result.failureWarning?.message }

    /// `forecast.montecarlo/1`: field order and number format are fixed, so the same seed gives
    /// the same bytes.
    public static func json(_ result: MonteCarloResult, rows: [Int], labels: [String], warnings: [Diagnostic]) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value) }
        func object(_ members: [JSONValue.Member]) -> JSONValue { JSONValue(.object(members)) }
        func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
        func number(_ x: Double) -> JSONValue { JSONValue(.number(x)) }
        func numbers(_ xs: [Double]) -> JSONValue { JSONValue(.array(xs.map(number))) }
        let series = result.series.map { bands in
            member(bands.name, object([member("unit", bands.unit.map(string) ?? JSONValue(.null))]
                + result.percentiles.indices.map { p in member(key(result.percentiles[p]), numbers(rows.map { bands.values[p][$0] })) }))
        }
        let milestones = result.milestones.map { bands in
            member(bands.name, object([member("label", string(bands.label))]
                + result.percentiles.indices.map { p in member(key(result.percentiles[p]), bands.quarters[p].map { string($0.label) } ?? JSONValue(.null)) }
                + [member("share_reached", number(bands.shareReached))]))
        }
        return object([
            member("schema", string("forecast.montecarlo/1")),
            member("scenario", string(result.scenario)),
            member("runs", number(Double(result.runs))),
            member("seed", number(Double(result.seed))),
            member("failed_runs", number(Double(result.failedRuns))),
            member("sampled", JSONValue(.array(result.sampled.map(string)))),
            member("posterior", object([member("parameters", JSONValue(.array(result.posteriorSampled.map(string)))),
                                        member("draws", number(Double(result.posteriorDraws)))])),
            member("percentiles", numbers(result.percentiles)),
            member("time", object([member("unit", string("year")), member("labels", JSONValue(.array(labels.map(string)))),
                                   member("values", numbers(rows.map { result.times[$0] }))])),
            member("series", object(series)),
            member("milestones", object(milestones)),
            member("warnings", JSONValue(.array(warnings.map { string($0.entryText) }))),
        ])
    }

    /// One row per series and time: `series,unit,time,p10,p50,p90`.
    public static func csv(_ result: MonteCarloResult, rows: [Int], labels: [String]) -> String {
        var lines: [[String]] = []
        for bands in result.series {
            for (row, k) in rows.enumerated() {
                lines.append([bands.name, bands.unit ?? "", labels[row]] + result.percentiles.indices.map { CSVWriter.number(bands.values[$0][k]) })
            }
        }
        return CSVWriter.write(header: ["series", "unit", "time"] + result.percentiles.map(key), rows: lines)
    }

    public static func table(_ result: MonteCarloResult, rows: [Int], labels: [String]) -> String {
        let names = result.percentiles.map { "P" + JSONWriter.number($0) }
        var text = "scenario: \(result.scenario), \(result.runs) runs, seed \(result.seed), \(result.sampled.count) parameter\(result.sampled.count == 1 ? "" : "s") drawn"
        if !result.posteriorSampled.isEmpty {
            text += ", \(result.posteriorSampled.count) jointly from \(result.posteriorDraws) posterior draws"
        }
        text = TextColumns.paragraph(text + "; money in 2023 US$") + "\n"
        if let note = failureNote(result) { text += "note: \(note)\n" }
        for bands in result.series {
            text += "\n\(bands.name)" + (bands.unit.map { " [\($0)]" } ?? "") + "\n"
            let table = TextTable(labelHeader: "time", columns: names.map { ($0, nil) }, labels: labels,
                                  cells: result.percentiles.indices.map { p in rows.map { ValueFormatter.format(bands.values[p][$0], unit: bands.unit) } })
            text += table.render()
        }
        if !result.milestones.isEmpty {
            let horizon = result.times.last.map { "not by \(Quarter(containing: $0).label)" } ?? "never"
            let cells = result.milestones.map { bands in bands.quarters.map { $0?.label ?? horizon } }
            text += "\nmilestones: the quarter by which \(names.joined(separator: ", ")) of the runs reach it\n"
            let rows = zip(result.milestones, cells).map { bands, row in [bands.label] + row + [String(format: "%.1f%%", bands.shareReached * 100)] }
            text += TextColumns(header: [""] + names + ["reached"], rows: rows).render(indent: 2)
        }
        return text
    }

}
