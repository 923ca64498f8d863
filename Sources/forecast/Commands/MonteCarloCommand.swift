import Analysis
import Dispatch
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast montecarlo`: parameters drawn from their ranges, many runs, percentile bands of
/// the headline series and percentile dates of the milestones.
enum MonteCarloCommand: Command {
    static let spec = CommandSpec(
        name: "montecarlo", summary: "draw parameters from their ranges, run many times, print percentile bands",
        options: [
            .scenario, .assumptions,
            .init(name: "runs", value: "N", help: "number of runs (default: 1000)"),
            .init(name: "seed", value: "S", help: "random seed, 0 to 2^53-1; the same seed gives the same output (default: 1)"),
            .init(name: "percentiles", value: "P,P,...", help: "percentiles to report, each 0 to 100 (default: 10,50,90)"),
            .init(name: "select", value: "GLOB", help: "series to summarise (default: the headline series; '*' for all)", repeatable: true),
            .init(name: "every", value: "quarter|year", help: "rows per quarter (default) or per year"),
            .init(name: "format", value: "table|json|csv", help: "output format (default: table)"),
            .help,
        ],
        examples: ["forecast montecarlo", "forecast montecarlo --runs 10000 --seed 7 --every year",
                   "forecast montecarlo --scenario data-wall --select 'frontier_*' --percentiles 5,25,50,75,95",
                   "forecast montecarlo --runs 2000 --format json > fan.json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = try Workspace.format(arguments, ["table", "json", "csv"])
        let every: String
        do {
            every = try ArgumentParser.choice(arguments.value("every"), of: ["quarter", "year"], option: "every", default: "quarter")
        } catch {
            throw .usage(error)
        }
        var settings = MonteCarloSettings()
        settings.runs = try integer(arguments.value("runs"), option: "runs", default: 1000, example: "--runs 1000")
        settings.seed = try seed(arguments.value("seed"))
        settings.percentiles = try percentiles(arguments.value("percentiles"))

        let workspace = try Workspace.load(arguments)
        let (scenario, warnings) = try workspace.resolve(arguments.value("scenario") ?? "base")
        let compiled = try workspace.compile(scenario)
        settings.series = try workspace.seriesNames(arguments, available: compiled.model.columns.map(\.name))
        settings.correlations = workspace.assumptions.correlations
        let allWarnings = workspace.assumptions.warnings + warnings

        let bar = Console.errorIsTerminal ? ProgressBar(total: settings.runs, label: "montecarlo") : nil
        var progress: (@Sendable (Int) -> Void)?
        if let bar { progress = { bar.update($0) } }
        let result: MonteCarloResult
        do {
            defer { bar?.clear() }
            result = try MonteCarlo.run(compiled, settings: settings, milestones: workspace.assumptions.report.milestones,
                                        progress: progress)
        } catch {
            throw Failure(catching: error)
        }

        let rows = result.times.indices.filter { k in
            let quarter = Quarter(containing: result.times[k])
            return abs(quarter.time - result.times[k]) < 1e-9 && (every == "quarter" || quarter.quarter == 1)
        }
        let labels = rows.map { k in
            every == "quarter" ? Quarter(containing: result.times[k]).label : String(Quarter(containing: result.times[k]).year)
        }
        switch format {
        case "json":
            Console.out(JSONWriter.write(json(result, rows: rows, labels: labels, warnings: allWarnings), style: .pretty) + "\n")
        case "csv":
            // Warnings (and the count of failed runs) go to standard error, keeping the CSV clean.
            ProblemReport.printWarnings(allWarnings + [failureNote(result)].compactMap { $0.map { Diagnostic(.warning, $0) } }, format: "table")
            Console.out(csv(result, rows: rows, labels: labels))
        default:
            ProblemReport.printWarnings(allWarnings, format: format)
            Console.out(table(result, rows: rows, labels: labels))
        }
    }

    /// `p10`, `p2.5`: the key of a percentile in JSON and CSV.
    static func key(_ percentile: Double) -> String { "p" + JSONWriter.number(percentile) }

    static func failureNote(_ result: MonteCarloResult) -> String? {
        guard result.failedRuns > 0 else { return nil }
        return "\(result.failedRuns) of \(result.runs) runs stopped on a NaN or infinite value and are left out of the percentiles"
    }

    /// `forecast.montecarlo/1`: field order and number format are fixed, so the same seed gives
    /// the same bytes.
    static func json(_ result: MonteCarloResult, rows: [Int], labels: [String], warnings: [Diagnostic]) -> JSONValue {
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
            member("percentiles", numbers(result.percentiles)),
            member("time", object([member("unit", string("year")), member("labels", JSONValue(.array(labels.map(string)))),
                                   member("values", numbers(rows.map { result.times[$0] }))])),
            member("series", object(series)),
            member("milestones", object(milestones)),
            member("warnings", JSONValue(.array(warnings.map { string($0.description) }))),
        ])
    }

    /// One row per series and time: `series,unit,time,p10,p50,p90`.
    static func csv(_ result: MonteCarloResult, rows: [Int], labels: [String]) -> String {
        var lines: [[String]] = []
        for bands in result.series {
            for (row, k) in rows.enumerated() {
                lines.append([bands.name, bands.unit ?? "", labels[row]] + result.percentiles.indices.map { CSVWriter.number(bands.values[$0][k]) })
            }
        }
        return CSVWriter.write(header: ["series", "unit", "time"] + result.percentiles.map(key), rows: lines)
    }

    static func table(_ result: MonteCarloResult, rows: [Int], labels: [String]) -> String {
        let names = result.percentiles.map { "P" + JSONWriter.number($0) }
        var text = "scenario: \(result.scenario), \(result.runs) runs, seed \(result.seed), \(result.sampled.count) parameter\(result.sampled.count == 1 ? "" : "s") drawn"
        text += "    (money in constant 2023 US$)\n"
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
            let labelWidth = result.milestones.map(\.label.count).max() ?? 0
            let cellWidth = max(names.map(\.count).max() ?? 0, cells.joined().map(\.count).max() ?? 0) + 2
            text += "\nmilestones: the quarter by which \(names.joined(separator: ", ")) of the runs reach it\n"
            text += "  " + "".padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                + names.map { String(repeating: " ", count: cellWidth - $0.count) + $0 }.joined() + "   reached\n"
            for (bands, row) in zip(result.milestones, cells) {
                text += "  " + bands.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                    + row.map { String(repeating: " ", count: cellWidth - $0.count) + $0 }.joined()
                    + String(format: "   %5.1f%%", bands.shareReached * 100) + "\n"
            }
        }
        return text
    }

    static func integer(_ text: String?, option: String, default fallback: Int, example: String) throws(Failure) -> Int {
        guard let text else { return fallback }
        guard let value = Int(text), value >= 1 else {
            throw .usage(UsageError(message: "--\(option) must be a whole number of at least 1, not '\(text)'", hint: "e.g. \(example)"))
        }
        return value
    }

    /// Seeds stop at 2^53 − 1, the largest whole number every JSON reader keeps exactly.
    static func seed(_ text: String?) throws(Failure) -> UInt64 {
        guard let text else { return 1 }
        guard let value = UInt64(text), value < 1 << 53 else {
            throw .usage(UsageError(message: "--seed must be a whole number from 0 to 9007199254740991 (2^53 - 1), not '\(text)'",
                                    hint: "e.g. --seed 42"))
        }
        return value
    }

    static func percentiles(_ text: String?) throws(Failure) -> [Double] {
        guard let text else { return [10, 50, 90] }
        var values: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard let value = Double(item), value.isFinite, value >= 0, value <= 100 else {
                throw .usage(UsageError(message: "--percentiles takes numbers from 0 to 100 separated by commas; '\(item)' is not one",
                                        hint: "e.g. --percentiles 10,50,90"))
            }
            guard !values.contains(value) else {
                throw .usage(UsageError(message: "--percentiles gives \(item) twice", hint: "give each percentile once"))
            }
            values.append(value)
        }
        return values
    }
}

/// A one-line progress bar on standard error, drawn only once the work has taken a second, and
/// erased at the end. `update` calls come one at a time (Monte Carlo serialises them).
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let start = DispatchTime.now().uptimeNanoseconds
    private var drawnPercent = -1

    init(total: Int, label: String) {
        self.total = max(1, total)
        self.label = label
    }

    func update(_ done: Int) {
        guard DispatchTime.now().uptimeNanoseconds - start >= 1_000_000_000 else { return }
        let percent = done * 100 / total
        guard percent != drawnPercent else { return }
        drawnPercent = percent
        let width = 30, filled = done * width / total
        Console.error("\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                      + "] \(String(format: "%3d", percent))%  \(done)/\(total) runs")
    }

    /// Erases the bar if it was drawn.
    func clear() {
        if drawnPercent >= 0 { Console.error("\r\u{1B}[2K") }
    }
}
