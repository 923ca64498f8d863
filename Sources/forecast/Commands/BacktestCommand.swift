import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast backtest`: the model from 2020 against observed history, error per series.
enum BacktestCommand: Command {
    static let spec = CommandSpec(
        name: "backtest", summary: "run the model from its backtest start and score it against assumptions/history",
        options: [.assumptions,
                  .init(name: "from", value: "QUARTER", help: "first quarter scored (default: the backtest's start)"),
                  .init(name: "to", value: "QUARTER", help: "last quarter scored (default: the backtest's end)"),
                  .format, .help],
        examples: ["forecast backtest", "forecast backtest --from 2021Q1 --format json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let (from, to) = try Workspace.window(arguments)
        let workspace = try Workspace.load(arguments)
        guard workspace.assumptions.hasBacktest else {
            throw Failure(CommandProblem.noBacktest(root: workspace.assumptions.files.root))
        }
        let window = (from != nil || to != nil) ? (from?.time ?? -.infinity)...((to?.next.time ?? .infinity) - 1e-9) : nil
        let outcome: (scenario: Scenario, scores: [BacktestScore])
        do {
            outcome = try Backtest.run(workspace.assumptions, window: window)
        } catch {
            throw Failure(catching: error)
        }
        if format == .json {
            Console.out(JSONWriter.write(BacktestOutput.json(outcome.scores, settings: outcome.scenario.settings), style: .pretty) + "\n")
        } else {
            Console.out(BacktestOutput.table(outcome.scores, settings: outcome.scenario.settings))
        }
    }
}
