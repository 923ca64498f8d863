import Dynamics
import Foundation
import Scenarios

/// One-at-a-time sensitivity: each parameter with a range is set to its low, then its high,
/// with every other parameter at its value, and the indicator read at one quarter. The swings
/// are ranked largest first. Parameters with timed changes move only their value before the
/// first change, as in Monte Carlo.
public enum Sensitivity {
    /// - Parameters:
    ///   - indicator: a recorded variable of the model.
    ///   - at: a quarter within the run; the value is read at the saved time nearest its start.
    /// - Throws: a `Diagnostic` for an unknown indicator, a quarter outside the run, or a run
    ///   that stops on a non-finite value (naming the parameter and the end of its range).
    public static func run(_ compiled: CompiledScenario, indicator: String, at quarter: Quarter) throws -> SensitivityResult {
        try run(compiled, indicators: [indicator], at: quarter)[0]
    }

    /// Several indicators from the same runs: two runs per ranged parameter in all, however many
    /// indicators (a tornado chart per headline series costs no more than one).
    public static func run(_ compiled: CompiledScenario, indicators: [String], at quarter: Quarter) throws -> [SensitivityResult] {
        let model = compiled.model
        let columns = try indicators.map { name throws(Diagnostic) -> Int in
            guard let column = model.columnIndex(of: name) else {
                throw AnalysisProblem.unknownIndicator(name, candidates: model.columns.map(\.name)).diagnostic
            }
            return column
        }
        let settings = compiled.settings
        let (first, last) = (Quarter(containing: settings.start), Quarter(containing: settings.stop))
        guard quarter >= first, quarter <= last else { throw AnalysisProblem.quarterOutsideRun(quarter, first: first, last: last).diagnostic }

        let base = compiled.parameterValues([:])
        let baseResult = try model.run(settings, parameters: base)
        let times = baseResult.times
        let timeIndex = times.indices.min { abs(times[$0] - quarter.time) < abs(times[$1] - quarter.time) }!
        let sources = columns.map { $0 * times.count + timeIndex }
        let baseValues = sources.map { baseResult.values[$0] }
        let (ranged, lows, highs) = try runs(compiled, settings: settings, baseValues: baseValues) { result in
            sources.map { result.values[$0] }
        }
        return indicators.indices.map { i in
            var swings = ranged.indices.map { k in
                SensitivityResult.Swing(parameter: ranged[k].name, low: ranged[k].low!, high: ranged[k].high!,
                                        valueAtLow: lows[k][i], valueAtHigh: highs[k][i], isJudgement: ranged[k].isJudgement)
            }
            swings.sort { $0.swing != $1.swing ? $0.swing > $1.swing : $0.parameter < $1.parameter }
            return SensitivityResult(scenario: compiled.scenario.name, indicator: indicators[i], unit: model.columns[columns[i]].unit,
                                     at: quarter, baseValue: baseValues[i], swings: swings)
        }
    }
    /// The runs of one-at-a-time sensitivity: each ranged parameter at its low, then its high,
    /// with `settings`, and what `read` takes of each run (`baseValues` for a parameter the
    /// model does not use). Returns the ranged parameters and the readings at low and at high.
    static func runs(_ compiled: CompiledScenario, settings: RunSettings, baseValues: [Double],
                     read: @escaping @Sendable (RunResult) -> [Double]) throws
        -> (ranged: [ResolvedParameter], lows: [[Double]], highs: [[Double]]) {
        let model = compiled.model, base = compiled.parameterValues([:])
        let ranged = compiled.scenario.parameters.filter { ($0.low ?? 0) < ($0.high ?? 0) }
        // Two runs per parameter, low then high; each writes only its own entry.
        let outcomes = Outcomes(count: 2 * ranged.count)
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, outcomes.count))
        MonteCarlo.perform(threads) { worker in
            var values = base
            for job in stride(from: worker, to: outcomes.count, by: threads) {
                let parameter = ranged[job / 2]
                let value = job % 2 == 0 ? parameter.low! : parameter.high!
                guard let slot = ParameterSampler.baseSlot(of: parameter.name, in: model) else {
                    outcomes.set(job, .success(baseValues))
                    continue
                }
                values[slot] = value
                do throws(Diagnostic) {
                    outcomes.set(job, .success(read(try model.run(settings, parameters: values))))
                } catch {
                    outcomes.set(job, .failure(AnalysisProblem.sensitivityRunFailed(parameter.name, end: job % 2 == 0 ? "low" : "high",
                                                                                      value: value, error).diagnostic))
                }
                values[slot] = base[slot]
            }
        }
        var lows: [[Double]] = [], highs: [[Double]] = []
        for k in ranged.indices {
            lows.append(try outcomes.values(2 * k))
            highs.append(try outcomes.values(2 * k + 1))
        }
        return (ranged, lows, highs)
    }
}

/// The indicator values (or the problem) of each sensitivity run, written by one worker each
/// and read only after all have finished.
private final class Outcomes: Sendable {
    private let results: SharedBuffer<Result<[Double], Diagnostic>>

    init(count: Int) { results = SharedBuffer(count: count, initial: .success([])) }

    var count: Int { results.pointer.count }

    func set(_ index: Int, _ result: Result<[Double], Diagnostic>) { results.pointer[index] = result }

    func values(_ index: Int) throws(Diagnostic) -> [Double] { try results.pointer[index].get() }
}
