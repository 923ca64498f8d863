import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast report`: the quarterly Markdown report with its charts and snapshot.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report", summary: "write the quarterly report: Markdown, SVG charts and a snapshot for next quarter",
        options: [.init(name: "quarter", value: "QUARTER", help: "the report's quarter, where its forecast starts (default: the current quarter)"),
                  .init(name: "scenarios", value: "a,b,c", help: "scenarios to show (default: all; base is always shown)"),
                  .init(name: "runs", value: "N", help: "Monte Carlo runs for the uncertainty bands (default 1000; 0 skips them)"),
                  .seed,
                  .init(name: "out", value: "DIR", help: "output folder (default: reports)"), .assumptions, .help],
        examples: ["forecast report", "forecast report --quarter 2027Q1 --scenarios base,sponsor-retreat,sovereign-open",
                   "forecast report --quarter 2026Q4 --out /tmp/reports --runs 200"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let quarter: Quarter, runs: Int, seed: UInt64, out: String
        do throws(UsageError) {
            quarter = try arguments.quarter("quarter") ?? currentQuarter()
            runs = try arguments.count("runs", minimum: 0, default: 1000, example: "--runs 1000")
            seed = try arguments.seed()
            out = try arguments.path("out") ?? "reports"
        } catch {
            throw .usage(error)
        }
        let workspace = try Workspace.load(arguments)
        let assumptions = workspace.assumptions
        let scenarios = arguments.value("scenarios").map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            ?? assumptions.scenarioNames
        for name in scenarios where !assumptions.scenarioNames.contains(name) {
            throw Failure(CommandProblem.unknownScenarioInList(name, hint: Suggestion.hint(for: name, in: assumptions.scenarioNames)))
        }
        let base = try workspace.compile("base").scenario
        let first = Quarter(containing: base.settings.start), last = Quarter(containing: base.settings.stop)
        guard quarter >= first, quarter < last else {
            throw Failure(CommandProblem.reportQuarterOutsideRun(quarter: quarter.label, first: first.label, last: last.label,
                                                                 lastChoice: last.previous.label))
        }
        let previousPath = "\(out)/\(quarter.previous.fileLabel)/forecast.json"
        var previous: ReportSnapshot?
        if let text = try? String(contentsOfFile: previousPath, encoding: .utf8) {
            do {
                previous = try SnapshotFile.read(text, file: previousPath)
            } catch {
                throw Failure(error)
            }
        }
        let data: ReportData
        do {
            data = try ReportData.assemble(assumptions, quarter: quarter, scenarios: scenarios, monteCarloRuns: runs, seed: seed, previous: previous)
        } catch {
            throw Failure(catching: error)
        }
        let report = QuarterlyReport(data)
        let folder = "\(out)/\(quarter.fileLabel)"
        do throws(FileWriteError) {
            for chart in report.charts { try AtomicFile.write(chart.svg, to: "\(folder)/\(chart.file)") }
            try AtomicFile.write(report.snapshot, to: "\(folder)/forecast.json")
            try AtomicFile.write(report.appendix, to: "\(folder)/\(QuarterlyReport.appendixFile)")
            let current = Set(report.charts.map(\.file))
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file.hasSuffix(".svg") && !current.contains(file) {
                do {
                    try FileManager.default.removeItem(atPath: "\(folder)/\(file)")
                } catch {
                    throw FileWriteError(path: "\(folder)/\(file)", reason: error.localizedDescription)
                }
            }
            try AtomicFile.write(report.markdown, to: "\(out)/\(quarter.fileLabel).md")
        } catch {
            throw Failure(CommandProblem.cannotWriteReport(folder: out, reason: "\(error.path): \(error.reason)"))
        }
        ProblemReport.printWarnings(assumptions.warnings, format: .table)
        Console.out("wrote \(out)/\(quarter.fileLabel).md and its appendix, with \(report.charts.count) charts, in \(folder)/\n")
    }

    /// The calendar quarter of today's date (UTC).
    static func currentQuarter() -> Quarter {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: Date())
        return Quarter(year: parts.year ?? 2026, quarter: ((parts.month ?? 1) - 1) / 3 + 1)
    }
}
