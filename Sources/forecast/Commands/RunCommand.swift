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
        ProblemReport.printWarnings(workspace.assumptions.warnings + warnings, format: format)
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
        let first = Quarter(containing: compiled.settings.start), last = Quarter(containing: compiled.settings.stop)
        if (from.map { $0 > last } ?? false) || (to.map { $0 < first } ?? false) || (from != nil && to != nil && from! > to!) {
            throw Failure("no saved times between --from \(from?.label ?? first.label) and --to \(to?.label ?? last.label)",
                          hint: "the run covers \(first) to \(last)")
        }
        return RunView(scenario: compiled.scenario, result: result, names: names, from: from, to: to, every: sampling,
                       milestones: workspace.assumptions.report.milestones, warnings: warnings, digest: digest)
    }
}

/// `run --batch`: JSON Lines in, one `forecast.run/1` object per line out, in order. Each
/// scenario is compiled once; lines run in parallel blocks, each with its own overrides.
enum Batch {
    /// One input line, parsed.
    private struct Line {
        var number: Int
        var scenario: String
        var overrides: [Override]
    }

    private struct Prepared {
        var compiled: CompiledScenario
        var digest: String
        var names: [String]
    }

    static func run(_ workspace: Workspace, arguments: ParsedArguments, sampling: Sampling, from: Quarter?, to: Quarter?) throws(Failure) {
        let input = Console.readInput()
        let defaultScenario = arguments.value("scenario") ?? "base"
        var lines: [(number: Int, parsed: Result<Line, Failure>)] = []
        var prepared: [String: Result<Prepared, Failure>] = [:]
        for (index, bytes) in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            do throws(Failure) {
                let (overrides, scenario) = try Workspace.parseOverrides(Data(text.utf8), origin: "line \(index + 1) of stdin",
                                                                        file: "<stdin line \(index + 1)>", allowScenario: true)
                let name = scenario ?? defaultScenario
                if prepared[name] == nil {
                    prepared[name] = Result { () throws(Failure) -> Prepared in
                        let compiled = try workspace.compile(try workspace.resolve(name).scenario)
                        return Prepared(compiled: compiled, digest: compiled.scenario.digest,
                                        names: try workspace.seriesNames(arguments, available: compiled.model.columns.map(\.name)))
                    }
                }
                lines.append((index + 1, .success(Line(number: index + 1, scenario: name, overrides: overrides))))
            } catch {
                lines.append((index + 1, .failure(error)))
            }
        }
        let milestones = workspace.assumptions.report.milestones
        let saveEvery = sampling == .step ? nil : 0.25
        let scenarios = prepared
        var failures = 0
        let blockSize = 256
        for blockStart in stride(from: 0, to: lines.count, by: blockSize) {
            let block = Array(lines[blockStart..<min(lines.count, blockStart + blockSize)])
            let outputs = SharedOutputs(count: block.count)
            DispatchQueue.concurrentPerform(iterations: block.count) { k in
                let (number, parsed) = block[k]
                switch parsed.flatMap({ line in scenarios[line.scenario]!.map { (line, $0) } }) {
                case .success(let (line, scenario)):
                    outputs[k] = resultLine(line, scenario, sampling: sampling, saveEvery: saveEvery, from: from, to: to, milestones: milestones)
                case .failure(let failure):
                    outputs[k] = errorLine(failure, line: number)
                }
            }
            failures += outputs.values.filter(\.failed).count
            Console.out(outputs.values.map(\.text).joined())
        }
        if failures > 0 {
            throw Failure("\(failures) batch line\(failures == 1 ? "" : "s") failed; see the forecast.error/1 lines in the output")
        }
    }

    private static func resultLine(_ line: Line, _ prepared: Prepared, sampling: Sampling, saveEvery: Double?, from: Quarter?, to: Quarter?,
                                   milestones: [MilestoneSpec]) -> BatchOutput {
        let compiled = prepared.compiled
        var problems: [Diagnostic] = []
        var values: [String: Double] = [:]
        for override in line.overrides {
            guard let parameter = compiled.scenario.parameter(override.name) else {
                let isVariable = compiled.model.columnIndex(of: override.name) != nil
                problems.append(Diagnostic(.error, isVariable ? "'\(override.name)' in \(override.origin) is a variable computed by the model, not a parameter"
                                                   : "unknown parameter '\(override.name)' in \(override.origin)",
                                           hint: isVariable ? nil : Suggestion.hint(for: override.name, in: compiled.scenario.parameters.map(\.name))))
                continue
            }
            values[override.name] = override.value
            if let low = parameter.low, let high = parameter.high, override.value < low || override.value > high {
                problems.append(Diagnostic(.warning, "\(override.origin) sets '\(override.name)' to \(ExpressionPrinter.formatNumber(override.value)), outside its range [\(ExpressionPrinter.formatNumber(low)), \(ExpressionPrinter.formatNumber(high))]"))
            }
        }
        if problems.contains(where: \.isError) { return errorLine(.problems(problems), line: line.number) }
        do {
            let result = try compiled.run(overrides: values, saveEvery: saveEvery ?? compiled.settings.dt)
            var view = RunView(scenario: compiled.scenario, result: result, names: prepared.names, from: from, to: to, every: sampling,
                               milestones: milestones, warnings: problems, digest: prepared.digest)
            view.overrides = line.overrides
            return BatchOutput(text: JSONWriter.write(RunOutput.json(view), style: .compact) + "\n")
        } catch {
            return errorLine(.problems([error]), line: line.number)
        }
    }

    private static func errorLine(_ failure: Failure, line: Int) -> BatchOutput {
        let diagnostics: [Diagnostic]
        switch failure {
        case .problems(let list): diagnostics = list
        case .usage(let usage): diagnostics = [Diagnostic(.error, usage.message, hint: usage.hint)]
        }
        return BatchOutput(text: ProblemReport.json(diagnostics, leading: [
            .init(key: "schema", value: JSONValue(.string("forecast.error/1"))),
            .init(key: "input_line", value: JSONValue(.number(Double(line)))),
        ]), failed: true)
    }
}

/// One batch line's output, and whether it is an error in place of a result.
private struct BatchOutput {
    var text = ""
    var failed = false
}

/// Outputs written by index from parallel workers, each index by exactly one worker.
private final class SharedOutputs: @unchecked Sendable {
    private(set) var values: [BatchOutput]

    init(count: Int) { values = Array(repeating: BatchOutput(), count: count) }

    subscript(index: Int) -> BatchOutput {
        get { values[index] }
        set { values.withUnsafeMutableBufferPointer { $0[index] = newValue } }
    }
}
