import Dynamics
import Scenarios

extension Backtest {
    /// Runs the `backtest` scenario of `assumptions` and scores it against its history.
    public static func run(_ assumptions: Assumptions, window: ClosedRange<Double>? = nil) throws -> (scenario: Scenario, scores: [BacktestScore]) {
        let scenario = try Scenario.resolve("backtest", in: assumptions).scenario
        let compiled = try CompiledScenario(scenario)
        let result = try compiled.run(saveEvery: scenario.settings.dt)
        let scores = assumptions.backtestScores.compactMap { spec -> (String, HistoryTable, String)? in
            assumptions.history[spec.history].map { (spec.series, $0, spec.column) }
        }
        return (scenario, score(result, scores: scores, window: window))
    }
}
