import Dynamics
import Foundation
import Scenarios

/// `forecast check`: load and validate everything, compile and run every scenario.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check", summary: "check the assumptions: syntax, names, ranges, sources, loops, units; run every scenario",
        options: [.assumptions, .format, .help],
        examples: ["forecast check", "forecast check --assumptions my-assumptions --format json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = try Workspace.format(arguments)
        let workspace = try Workspace.load(arguments)
        let assumptions = workspace.assumptions
        var problems = assumptions.warnings
        for name in assumptions.scenarioNames + (assumptions.hasBacktest ? ["backtest"] : []) {
            do {
                let scenario = try Scenario.resolve(name, in: assumptions).scenario
                let compiled = try CompiledScenario(scenario)
                if name == "base" { problems += compiled.unitProblems() }
                _ = try compiled.run()
            } catch {
                if case .problems(let found) = Failure(catching: error) { problems += found.map { prefixed($0, name) } }
            }
        }
        problems = DiagnosticList(problems).diagnostics
        let errors = problems.filter(\.isError).count, warnings = problems.count - errors
        let summary = "\(assumptions.files.root): \(assumptions.variables.count) variables, "
            + "\(assumptions.scenarioNames.count) scenarios; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 { throw .problems(problems) }
        if format == "json" {
            let object = JSONValue(.object([
                .init(key: "schema", value: JSONValue(.string("forecast.check/1"))),
                .init(key: "ok", value: JSONValue(.bool(true))),
                .init(key: "summary", value: JSONValue(.string(summary))),
                .init(key: "warnings", value: JSONValue(.array(problems.map { JSONValue(.string($0.description)) }))),
            ]))
            Console.out(JSONWriter.write(object, style: .pretty) + "\n")
        } else {
            Console.out(ProblemReport.text(problems) + summary + "\n")
        }
    }

    private static func prefixed(_ diagnostic: Diagnostic, _ scenario: String) -> Diagnostic {
        var copy = diagnostic
        if copy.location == nil { copy.message = "scenario '\(scenario)': \(copy.message)" }
        return copy
    }
}

