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
                  .init(name: "origin", value: "QUARTER", help: "refit with data up to QUARTER only (calibration.json5) and score the forecast after it"),
                  .init(name: "origins", value: "Q,Q,...", help: "as --origin for each, and their average"),
                  .init(name: "runs", value: "N", help: "with --origin: Monte Carlo runs for the P10–P90 band (default: 200)"),
                  .seed, .format, .help],
        examples: ["forecast backtest", "forecast backtest --from 2021Q1 --format json",
                   "forecast backtest --origin 2022Q4 --format json", "forecast backtest --origins 2022Q2,2022Q4,2023Q2"])

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
        var origins = arguments.value("origins").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        if let origin = arguments.value("origin") { origins.insert(origin, at: 0) }
        guard !origins.isEmpty else {
            if format == .json {
                Console.out(JSONWriter.write(BacktestOutput.json(outcome.scores, settings: outcome.scenario.settings), style: .pretty) + "\n")
            } else {
                Console.out(BacktestOutput.table(outcome.scores, settings: outcome.scenario.settings))
            }
            return
        }
        let runs: Int, seed: UInt64
        do throws(UsageError) {
            runs = try arguments.count("runs", minimum: 1, default: 200, example: "--runs 200")
            seed = try arguments.seed()
            for origin in origins where CalibrationSpec.cutoff(origin) == nil {
                throw UsageError(problem: .notAQuarter(option: "origin", found: origin))
            }
        } catch {
            throw .usage(error)
        }
        let bar = Console.errorIsTerminal && format != .json ? PhaseProgress() : nil
        defer { bar?.clear() }
        var progress: Calibrator.Progress?
        if let bar { progress = { phase, done, budget in bar.update(phase, done, budget) } }
        var scored: [OutOfSample] = []
        for origin in origins {
            do {
                scored.append(try OutOfSample.run(workspace.assumptions, origin: origin, runs: runs, seed: seed, progress: progress))
            } catch {
                throw Failure(error)
            }
        }
        bar?.clear()
        if format == .json {
            Console.out(JSONWriter.write(BacktestOutput.json(outcome.scores, settings: outcome.scenario.settings, outOfSample: scored),
                                         style: .pretty) + "\n")
        } else {
            Console.out(BacktestOutput.table(outcome.scores, settings: outcome.scenario.settings) + BacktestOutput.table(scored))
        }
    }
}
