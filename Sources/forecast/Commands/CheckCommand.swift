import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast check`: load and validate everything, compile and run every scenario.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check", summary: "check the assumptions: syntax, names, ranges, sources, loops, units; run every scenario",
        options: [.assumptions, .format, .help],
        examples: ["forecast check", "forecast check --assumptions my-assumptions --format json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let check = AssumptionCheck(try Workspace.load(arguments).assumptions)
        if check.errorCount > 0 { throw .problems(check.problems) }
        Console.out(format == .json ? JSONWriter.write(CheckOutput.json(check), style: .pretty) + "\n" : CheckOutput.text(check))
    }
}
