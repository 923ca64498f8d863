import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast run`: one scenario, printed as a table, JSON or CSV; or a batch of what-ifs.
enum RunCommand: Command {
    static let spec = CommandSpec(
        name: "run", summary: "run a scenario and print its series",
        options: [
            .scenario, .assumptions, .set,
            .init(name: "stdin", value: nil, help: "read overrides as one JSON object from standard input"),
            .init(name: "batch", value: nil, help: "read JSON Lines of overrides (optionally with \"scenario\"); write one JSON result per line"),
            .init(name: "select", value: "GLOB", help: "series to show, e.g. 'frontier_*,*gap*' (default: the headline series; '*' for all)", repeatable: true),
            .init(name: "from", value: "QUARTER", help: "first quarter shown, e.g. 2026Q1"),
            .init(name: "to", value: "QUARTER", help: "last quarter shown, e.g. 2030Q4"),
            .every(["quarter", "year", "step"], help: "rows per quarter (default), per year (each year's fourth quarter, and the last quarter of the run), or every integration step"),
            .format([.table, .json, .csv]),
            .help,
        ],
        examples: ["forecast run", "forecast run --set hardware_growth=1.25 --select 'frontier_*'",
                   "forecast run --scenario sponsor-retreat --select 'comp_*,researchers_*' --every year",
                   "echo '{\"hardware_growth\": 1.3}' | forecast run --stdin --format json",
                   "printf '{\"hardware_growth\": 1.3}\\n{\"hardware_growth\": 1.5}\\n' | forecast run --batch"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let sampling = arguments.sampling(default: .quarter)
        let window = try Workspace.window(arguments)
        if arguments.has("batch") {
            if arguments.has("stdin") {
                throw Failure(CommandProblem.conflictingOptions("batch", "stdin",
                                                                hint: "--batch reads its overrides from standard input, one object per line"))
            }
            if let given = arguments.value("format"), given != OutputFormat.json.rawValue {
                throw Failure(CommandProblem.formatNotForBatch(given))
            }
            try Batch.run(arguments, sampling: sampling, window: window)
            return
        }
        let workspace = try Workspace.load(arguments)
        let compiled = try workspace.compile(arguments.value("scenario") ?? "base")
        let overrides = try Workspace.overrides(arguments)
        let warnings = workspace.assumptions.warnings + (try workspace.check(overrides, for: compiled))
        let view = try workspace.view(compiled, overrides: overrides, arguments: arguments, sampling: sampling, window: window,
                                      warnings: warnings)
        ProblemReport.printWarnings(warnings, format: format)
        switch format {
        case .json: Console.out(JSONWriter.write(RunOutput.json(view), style: .pretty) + "\n")
        case .csv: Console.out(RunOutput.csv(view))
        case .table: Console.out(RunOutput.table(view))
        }
    }
}

/// `run --batch`: JSON Lines in, one `forecast.run/1` object per line out, in order. Each
/// scenario is compiled once; `--set` applies to every line, a line's own values winning.
enum Batch {
    static func run(_ arguments: ParsedArguments, sampling: Sampling, window: (from: Quarter?, to: Quarter?)) throws(Failure) {
        let workspace = try Workspace.load(arguments)
        let common = try Workspace.setOverrides(arguments)
        let defaultScenario = arguments.value("scenario") ?? "base"
        // A mistake in --set would spoil every line: it stops the batch before any runs.
        _ = try workspace.check(common, for: workspace.compile(defaultScenario))
        let input = Console.readInput()
        var lines: [BatchLine] = []
        var scenarios: [String: Result<BatchRunner.Prepared, DiagnosticList>] = [:]
        for (index, bytes) in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            let number = index + 1
            do throws(DiagnosticList) {
                let (overrides, scenario, scenarioLocation) = try OverrideReader.read(Data(text.utf8), origin: "line \(number) of stdin",
                                                                    file: "<stdin line \(number)>", allowScenario: true)
                let name = scenario ?? defaultScenario
                if scenarios[name] == nil {
                    scenarios[name] = prepare(name, workspace: workspace, arguments: arguments)
                }
                lines.append(BatchLine(number: number, request: .success(.init(scenario: name, overrides: overrides,
                                                                               scenarioLocation: scenarioLocation))))
            } catch {
                lines.append(BatchLine(number: number, request: .failure(error)))
            }
        }
        let runner = BatchRunner(scenarios: scenarios, common: common, sampling: sampling, from: window.from, to: window.to,
                                 milestones: workspace.assumptions.report.milestones)
        var failures = 0
        runner.run(lines) { results in
            failures += results.filter { if case .failure = $0.outcome { true } else { false } }.count
            Console.out(results.map(BatchOutput.line).joined())
        }
        if failures > 0 { throw Failure(CommandProblem.batchLinesFailed(failures)) }
    }

    /// A scenario compiled for the lines that name it, or why it cannot run.
    private static func prepare(_ name: String, workspace: Workspace, arguments: ParsedArguments)
        -> Result<BatchRunner.Prepared, DiagnosticList> {
        do throws(Failure) {
            let compiled = try workspace.compile(name)
            return .success(.init(compiled: compiled, names: try workspace.seriesNames(arguments, available: compiled.model.columns.map(\.name))))
        } catch {
            return .failure(DiagnosticList(error.diagnostics))
        }
    }
}
