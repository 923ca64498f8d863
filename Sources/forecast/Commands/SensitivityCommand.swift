import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast sensitivity`: each ranged parameter moved alone from its low to its high, the
/// indicator read at one quarter, swings ranked largest first.
enum SensitivityCommand: Command {
    static let spec = CommandSpec(
        name: "sensitivity", summary: "one-at-a-time swings of an indicator, each parameter low to high, ranked",
        options: [
            .scenario, .assumptions,
            .init(name: "indicator", value: "NAME", help: "the variable to read (default: the first headline series)"),
            .init(name: "at", value: "QUARTER", help: "the quarter to read it at, e.g. 2030Q4 (default: the last quarter of the run)"),
            .format, .help,
        ],
        examples: ["forecast sensitivity", "forecast sensitivity --indicator capability_lag_months --at 2030Q4",
                   "forecast sensitivity --scenario data-wall --format json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let at: Quarter?
        do {
            at = try arguments.quarter("at")
        } catch {
            throw .usage(error)
        }
        let workspace = try Workspace.load(arguments)
        let compiled = try workspace.compile(arguments.value("scenario") ?? "base")
        var indicator = arguments.value("indicator") ?? ""
        if arguments.value("indicator") == nil {
            indicator = try workspace.seriesNames(ParsedArguments(), available: compiled.model.columns.map(\.name)).first ?? ""
        }
        let result: SensitivityResult
        do {
            result = try Sensitivity.run(compiled, indicator: indicator, at: at ?? Quarter(containing: compiled.settings.stop))
        } catch {
            throw Failure(catching: error)
        }
        let warnings = workspace.assumptions.warnings
        if format == .json {
            Console.out(JSONWriter.write(SensitivityOutput.json(result, scenario: compiled.scenario, warnings: warnings), style: .pretty) + "\n")
        } else {
            ProblemReport.printWarnings(warnings, format: format)
            Console.out(SensitivityOutput.table(result, scenario: compiled.scenario))
        }
    }
}
