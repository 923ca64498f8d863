import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast explain NAME`: what a variable reads (to a depth) and what reads it, with equations.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain", summary: "show what a variable depends on and what depends on it, with each equation", positionals: ["NAME"],
        options: [.scenario, .assumptions, .init(name: "depth", value: "N", help: "levels of causes to show (default 2)"), .format, .help],
        examples: ["forecast explain capability_lag_months", "forecast explain comp_closed --depth 3"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let depth: Int
        do {
            depth = try arguments.count("depth", minimum: 1, default: 2, example: "--depth 3")
        } catch {
            throw .usage(error)
        }
        let workspace = try Workspace.load(arguments)
        let compiled = try workspace.compile(arguments.value("scenario") ?? "base")
        let explanation: Explanation
        do {
            explanation = try Explanation(arguments.positionals[0], in: compiled, depth: depth)
        } catch {
            throw Failure(error)
        }
        let output = ExplainOutput(explanation, compiled: compiled)
        Console.out(format == .json ? JSONWriter.write(output.json, style: .pretty) + "\n" : output.text)
    }
}
