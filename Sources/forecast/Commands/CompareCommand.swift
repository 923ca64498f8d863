import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast compare A B`: two scenarios side by side with absolute and relative differences.
enum CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare", summary: "two scenarios side by side, with differences", positionals: ["A", "B"],
        options: [.assumptions,
                  .init(name: "set", value: "NAME=VALUE", help: "override a parameter in both (repeatable)", repeatable: true),
                  .init(name: "stdin", value: nil, help: "read overrides for both as one JSON object from standard input"),
                  .init(name: "select", value: "GLOB", help: "series to compare (default: the headline series)", repeatable: true),
                  .init(name: "from", value: "QUARTER", help: "first quarter shown"),
                  .init(name: "to", value: "QUARTER", help: "last quarter shown"),
                  .every(["quarter", "year", "step"], help: "rows per year (default; each year's fourth quarter, and the last quarter of the run), quarter or step"),
                  .format([.table, .json, .csv]), .help],
        examples: ["forecast compare base sponsor-retreat", "forecast compare base data-wall --select 'effective_*' --format json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let sampling = arguments.sampling(default: .year)
        let window = try Workspace.window(arguments)
        let workspace = try Workspace.load(arguments)
        let overrides = try Workspace.overrides(arguments)
        var views: [RunView] = []
        var warnings = workspace.assumptions.warnings
        for name in arguments.positionals {
            let compiled = try workspace.compile(name)
            let found = try workspace.check(overrides, for: compiled)
            warnings += found
            views.append(try workspace.view(compiled, overrides: overrides, arguments: arguments, sampling: sampling, window: window,
                                            warnings: found))
        }
        ProblemReport.printWarnings(warnings, format: format)
        switch format {
        case .json: Console.out(JSONWriter.write(CompareOutput.json(views[0], views[1]), style: .pretty) + "\n")
        case .csv: Console.out(CompareOutput.csv(views[0], views[1]))
        case .table: Console.out(CompareOutput.table(views[0], views[1]))
        }
    }
}
