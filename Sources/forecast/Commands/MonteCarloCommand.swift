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
            .seed,
            .init(name: "percentiles", value: "P,P,...", help: "percentiles to report, each 0 to 100 (default: 10,50,90)"),
            .init(name: "select", value: "GLOB", help: "series to summarise (default: the headline series; '*' for all)", repeatable: true),
            .every(["quarter", "year"], help: "rows per quarter (default) or per year (each year's fourth quarter, and the last quarter of the run)"),
            .format([.table, .json, .csv]),
            .init(name: "shard", value: "I/K", help: "run only part I of K (runs I, I+K, …) and write a part file for `forecast merge`"),
            .init(name: "out", value: "FILE", help: "with --shard: the part file to write (default: montecarlo-part-I-of-K.json)"),
            .help,
        ],
        examples: ["forecast montecarlo", "forecast montecarlo --runs 10000 --seed 7 --every year",
                   "forecast montecarlo --scenario data-wall --select 'frontier_*' --percentiles 5,25,50,75,95",
                   "forecast montecarlo --runs 2000 --format json > fan.json",
                   "forecast montecarlo --runs 100000 --shard 3/8 && forecast merge montecarlo-part-*-of-8.json --format json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let every = MonteCarloOutput.Rows(rawValue: arguments.value("every") ?? "quarter") ?? .quarter
        var settings = MonteCarloSettings()
        let shard: Shard?, out: String?
        do throws(UsageError) {
            shard = try arguments.shard()
            out = try arguments.path("out")
            settings.runs = try arguments.count("runs", minimum: 1, default: 1000, example: "--runs 1000")
            settings.seed = try arguments.seed()
            settings.percentiles = try arguments.percentiles()
        } catch {
            throw .usage(error)
        }

        let workspace = try Workspace.load(arguments)
        let compiled = try workspace.compile(arguments.value("scenario") ?? "base")
        settings.series = try workspace.seriesNames(arguments, available: compiled.model.columns.map(\.name))
        settings.correlations = workspace.assumptions.correlations
        let warnings = workspace.assumptions.warnings

        let scenario = arguments.value("scenario") ?? "base"
        let bar = Console.errorIsTerminal && format != .json
            ? ProgressBar(total: shard.map { $0.items(of: settings.runs).count } ?? settings.runs, label: "montecarlo") : nil
        var progress: (@Sendable (Int) -> Void)?
        if let bar { progress = { bar.update($0) } }
        if let shard {
            let part: MonteCarloPart
            do {
                defer { bar?.clear() }
                part = try MonteCarlo.runPart(compiled, settings: settings, milestones: workspace.assumptions.report.milestones,
                                              shard: shard, progress: progress)
            } catch {
                throw Failure(catching: error)
            }
            let file = PartFile.monteCarlo(part, shard: shard, digest: compiled.scenario.digest, seed: settings.seed,
                                           settings: partSettings(settings, scenario: scenario, every: every))
            let path = try file.write(to: out, prefix: "montecarlo")
            Console.out("wrote \(path): \(part.runs.count) of \(settings.runs) runs\n")
            return
        }
        let result: MonteCarloResult
        do {
            defer { bar?.clear() }
            result = try MonteCarlo.run(compiled, settings: settings, milestones: workspace.assumptions.report.milestones,
                                        progress: progress)
        } catch {
            throw Failure(catching: error)
        }
        write(result, every: every, format: format, warnings: warnings)
    }

    static func write(_ result: MonteCarloResult, every: MonteCarloOutput.Rows, format: OutputFormat, warnings: [Diagnostic]) {
        let (rows, labels) = MonteCarloOutput.rows(result, every: every)
        switch format {
        case .json:
            Console.out(JSONWriter.write(MonteCarloOutput.json(result, rows: rows, labels: labels, warnings: warnings), style: .pretty) + "\n")
        case .csv:
            // Warnings (and the count of failed runs) go to standard error, keeping the CSV clean.
            ProblemReport.printWarnings(warnings + [result.failureWarning].compactMap { $0 }, format: format)
            Console.out(MonteCarloOutput.csv(result, rows: rows, labels: labels))
        case .table:
            ProblemReport.printWarnings(warnings, format: format)
            Console.out(MonteCarloOutput.table(result, rows: rows, labels: labels))
        }
    }

    /// What a part file records of the job, so `forecast merge` redoes exactly this job.
    static func partSettings(_ settings: MonteCarloSettings, scenario: String, every: MonteCarloOutput.Rows) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value) }
        return JSONValue(.object([
            member("scenario", JSONValue(.string(scenario))), member("runs", JSONValue(.number(Double(settings.runs)))),
            member("percentiles", JSONValue(.array(settings.percentiles.map { JSONValue(.number($0)) }))),
            member("series", JSONValue(.array(settings.series.map { JSONValue(.string($0)) }))),
            member("every", JSONValue(.string(every.rawValue))),
        ]))
    }

    /// `forecast merge` of Monte Carlo parts: the job the parts record, joined and printed as
    /// the unsharded command prints it.
    static func merge(_ first: PartFile, items: [JSONValue], file: String, workspace: Workspace, format: OutputFormat) throws(Failure) {
        let recorded = first.settings
        guard let scenario = recorded["scenario"]?.string, let runs = recorded["runs"]?.number,
              let percentiles = recorded["percentiles"]?.array?.compactMap(\.number),
              let series = recorded["series"]?.array?.compactMap(\.string),
              let every = recorded["every"]?.string.flatMap(MonteCarloOutput.Rows.init(rawValue:)),
              let part = PartFile.monteCarloPart(items), part.runs.count == Int(runs) else {
            throw Failure(Diagnostic(.error, AnalysisProblem.badPart(file: file, what: "its Monte Carlo settings or runs are not complete")))
        }
        let compiled = try workspace.compile(scenario)
        guard compiled.scenario.digest == first.digest else {
            throw Failure(Diagnostic(.error, AnalysisProblem.partsDiffer(file: file, first: workspace.assumptions.files.root)))
        }
        let settings = MonteCarloSettings(runs: Int(runs), seed: first.seed, percentiles: percentiles, series: series,
                                          correlations: workspace.assumptions.correlations)
        let result: MonteCarloResult
        do {
            result = try MonteCarlo.merge(compiled, settings: settings, milestones: workspace.assumptions.report.milestones, parts: [part])
        } catch {
            throw Failure(catching: error)
        }
        write(result, every: every, format: format, warnings: workspace.assumptions.warnings)
    }
}

/// A one-line progress bar on standard error, drawn only once the work has taken a second, and
/// erased at the end. `update` calls come one at a time (Monte Carlo serialises them).
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let unit: String
    private let start = DispatchTime.now().uptimeNanoseconds
    private var drawnPercent = -1

    init(total: Int, label: String, unit: String = "runs") {
        self.total = max(1, total)
        self.label = label
        self.unit = unit
    }

    func update(_ done: Int) {
        guard DispatchTime.now().uptimeNanoseconds - start >= 1_000_000_000 else { return }
        let percent = done * 100 / total
        guard percent != drawnPercent else { return }
        drawnPercent = percent
        let width = 30, filled = done * width / total
        Console.error("\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                      + "] \(String(format: "%3d", percent))%  \(done)/\(total) \(unit)")
    }

    /// Erases the bar if it was drawn.
    func clear() {
        if drawnPercent >= 0 { Console.error("\r\u{1B}[2K") }
    }
}
