import Analysis
import Dynamics
import Foundation
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
        let format = try Workspace.format(arguments)
        let from = try Workspace.quarter(arguments.value("from"), option: "from")
        let to = try Workspace.quarter(arguments.value("to"), option: "to")
        let workspace = try Workspace.load(arguments)
        guard workspace.assumptions.hasBacktest else {
            throw Failure("\(workspace.assumptions.files.root) has no backtest.json5", hint: "add one; see the README")
        }
        let window = (from != nil || to != nil) ? (from?.time ?? -.infinity)...((to?.next.time ?? .infinity) - 1e-9) : nil
        let outcome: (scenario: Scenario, scores: [BacktestScore])
        do {
            outcome = try Backtest.run(workspace.assumptions, window: window)
        } catch {
            throw Failure(catching: error)
        }
        let settings = outcome.scenario.settings
        if format == "json" {
            let items = outcome.scores.map { score in
                JSONValue(.object([
                    .init(key: "series", value: .init(.string(score.series))),
                    .init(key: "history", value: .init(.string("\(score.history)#\(score.column)"))),
                    .init(key: "observations", value: .init(.number(Double(score.count)))),
                    .init(key: "mean_abs_log10_error", value: .init(.number(score.meanAbsoluteLog10Error))),
                    .init(key: "mean_log10_bias", value: .init(.number(score.meanLog10Bias))),
                    .init(key: "share_at_or_above_observed", value: .init(.number(score.shareAtOrAbove))),
                ]))
            }
            let object = JSONValue(.object([
                .init(key: "schema", value: .init(.string("forecast.backtest/1"))),
                .init(key: "start", value: .init(.string(Quarter(containing: settings.start).label))),
                .init(key: "end", value: .init(.string(Quarter(containing: settings.stop).label))),
                .init(key: "scores", value: .init(.array(items))),
            ]))
            Console.out(JSONWriter.write(object, style: .pretty) + "\n")
            return
        }
        var text = "backtest from \(Quarter(containing: settings.start)) to \(Quarter(containing: settings.stop))\n\n"
        text += "series                           obs   error (mean |log10|)   bias (log10)   at/above observed\n"
        for score in outcome.scores {
            text += score.series.padding(toLength: 32, withPad: " ", startingAt: 0)
            text += String(format: "%4d   %8.3f (x%.2f)       %+8.3f        %5.0f%%\n", score.count, score.meanAbsoluteLog10Error,
                           pow(10, score.meanAbsoluteLog10Error), score.meanLog10Bias, score.shareAtOrAbove * 100)
        }
        text += "\nerror 0.1 means the model is typically within a factor of 1.26 of the observation.\n"
        Console.out(text)
    }
}
