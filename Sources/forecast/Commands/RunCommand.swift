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
            .scenario, .assumptions,
            .init(name: "set", value: "NAME=VALUE", help: "override a parameter (repeatable)", repeatable: true),
            .init(name: "stdin", value: nil, help: "read overrides as one JSON object from standard input"),
            .init(name: "batch", value: nil, help: "read JSON Lines of overrides (optionally with \"scenario\"); write one JSON result per line"),
            .init(name: "select", value: "GLOB", help: "series to show, e.g. 'frontier_*,*gap*' (default: the headline series; '*' for all)", repeatable: true),
            .init(name: "from", value: "QUARTER", help: "first quarter shown, e.g. 2026Q1"),
            .init(name: "to", value: "QUARTER", help: "last quarter shown, e.g. 2030Q4"),
            .init(name: "every", value: "quarter|year|step", help: "rows per quarter (default), per year, or every integration step"),
            .init(name: "format", value: "table|json|csv", help: "output format (default: table)"),
            .help,
        ],
        examples: ["forecast run", "forecast run --set hardware_growth=1.25 --select 'frontier_*'",
                   "forecast run --scenario sponsor-retreat --select 'comp_*,researchers_*' --every year",
                   "echo '{\"hardware_growth\": 1.3}' | forecast run --stdin --format json",
                   "printf '{\"hardware_growth\": 1.3}\\n{\"hardware_growth\": 1.5}\\n' | forecast run --batch"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = try Workspace.format(arguments, ["table", "json", "csv"])
        let sampling = try Workspace.sampling(arguments)
        let from = try Workspace.quarter(arguments.value("from"), option: "from")
        let to = try Workspace.quarter(arguments.value("to"), option: "to")
        let workspace = try Workspace.load(arguments)
        if arguments.has("batch") {
            try Batch.run(workspace, arguments: arguments, sampling: sampling, from: from, to: to)
            return
        }
        let overrides = try Workspace.overrides(arguments)
        let (scenario, warnings) = try workspace.resolve(arguments.value("scenario") ?? "base", overrides: overrides)
        let compiled = try workspace.compile(scenario)
        let view = try makeView(compiled, workspace: workspace, arguments: arguments, sampling: sampling, from: from, to: to,
                                warnings: workspace.assumptions.warnings + warnings)
        Failure.printWarnings(workspace.assumptions.warnings + warnings, format: format)
        switch format {
        case "json": Console.out(JSONWriter.write(RunOutput.json(view), style: .pretty) + "\n")
        case "csv": Console.out(RunOutput.csv(view))
        default: Console.out(RunOutput.table(view))
        }
    }

    static func makeView(_ compiled: CompiledScenario, workspace: Workspace, arguments: ParsedArguments, sampling: Sampling,
                         from: Quarter?, to: Quarter?, overrides: [String: Double] = [:], warnings: [Diagnostic],
                         digest: String? = nil) throws(Failure) -> RunView {
        let result: RunResult
        do {
            result = try compiled.run(overrides: overrides, saveEvery: sampling == .step ? compiled.settings.dt : 0.25)
        } catch {
            throw Failure(error)
        }
        let names = try workspace.seriesNames(arguments, available: compiled.model.columns.map(\.name))
        return RunView(scenario: compiled.scenario, result: result, names: names, from: from, to: to, every: sampling,
                       milestones: workspace.assumptions.report.milestones, warnings: warnings, digest: digest)
    }
}

/// `run --batch`: JSON Lines in, one `forecast.run/1` object per line out, compiled once per scenario.
enum Batch {
    static func run(_ workspace: Workspace, arguments: ParsedArguments, sampling: Sampling, from: Quarter?, to: Quarter?) throws(Failure) {
        let input = Console.readInput()
        var compiled: [String: CompiledScenario] = [:]
        var digests: [String: String] = [:]
        var failures = 0
        var output = ""
        let defaultScenario = arguments.value("scenario") ?? "base"
        for (index, line) in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            do throws(Failure) {
                let origin = "line \(index + 1) of stdin"
                let (overrides, scenarioName) = try Workspace.parseOverrides(Data(text.utf8), origin: origin, file: "<stdin line \(index + 1)>",
                                                                            allowScenario: true)
                let name = scenarioName ?? defaultScenario
                let (_, warnings) = try workspace.resolve(name, overrides: overrides)
                if compiled[name] == nil {
                    compiled[name] = try workspace.compile(try workspace.resolve(name).scenario)
                    digests[name] = compiled[name]!.scenario.digest
                }
                let values = Dictionary(overrides.map { ($0.name, $0.value) }, uniquingKeysWith: { _, b in b })
                var view = try RunCommand.makeView(compiled[name]!, workspace: workspace, arguments: arguments, sampling: sampling,
                                                   from: from, to: to, overrides: values, warnings: warnings, digest: digests[name])
                view.overrides = overrides
                output += JSONWriter.write(RunOutput.json(view), style: .compact) + "\n"
            } catch {
                failures += 1
                let diagnostics: [Diagnostic]
                switch error {
                case .problems(let list): diagnostics = list
                case .usage(let usage): diagnostics = [Diagnostic(.error, usage.message, hint: usage.hint)]
                }
                output += ProblemReport.json(diagnostics, leading: [
                    .init(key: "schema", value: JSONValue(.string("forecast.error/1"))),
                    .init(key: "input_line", value: JSONValue(.number(Double(index + 1)))),
                ])
            }
            if output.utf8.count > 1 << 20 {
                Console.out(output)
                output = ""
            }
        }
        Console.out(output)
        if failures > 0 {
            throw Failure("\(failures) batch line\(failures == 1 ? "" : "s") failed; see the forecast.error/1 lines in the output")
        }
    }
}
