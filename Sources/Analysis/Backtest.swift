import Dynamics
import Scenarios

/// How well a run tracks observed history, per scored series.
public struct BacktestScore: Sendable {
    public var series: String
    public var history: String
    public var column: String
    /// Observations inside the window that the run covers.
    public var count: Int
    /// Mean of |log10(model / observed)|: 0.3 means a typical miss of a factor of two.
    public var meanAbsoluteLog10Error: Double
    /// Mean of log10(model / observed): positive when the model runs high.
    public var meanLog10Bias: Double
    /// Share of observations the model is at or above (observed maxima are floors).
    public var shareAtOrAbove: Double
}

public enum Backtest {
    /// Scores `result` against each history column at the observation times in `window`.
    /// The model's value at an observation time is interpolated linearly between saved times.
    public static func score(_ result: RunResult, scores: [(series: String, history: HistoryTable, column: String)],
                             window: ClosedRange<Double>?) -> [BacktestScore] {
        scores.compactMap { score in
            guard let model = result.series(score.series), let observed = score.history.series(score.column),
                  let first = result.times.first, let last = result.times.last else { return nil }
            var errors: [Double] = []
            var above = 0
            for (time, value) in observed where time >= first && time <= last && value > 0 {
                if let window, !window.contains(time) { continue }
                let modelValue = interpolate(model, times: result.times, at: time)
                guard modelValue > 0 else { continue }
                errors.append(log10(modelValue / value))
                if modelValue >= value * (1 - 1e-9) { above += 1 }
            }
            guard !errors.isEmpty else {
                return BacktestScore(series: score.series, history: score.history.file, column: score.column, count: 0,
                                     meanAbsoluteLog10Error: .nan, meanLog10Bias: .nan, shareAtOrAbove: .nan)
            }
            let n = Double(errors.count)
            return BacktestScore(series: score.series, history: score.history.file, column: score.column, count: errors.count,
                                 meanAbsoluteLog10Error: errors.map(abs).reduce(0, +) / n,
                                 meanLog10Bias: errors.reduce(0, +) / n, shareAtOrAbove: Double(above) / n)
        }
    }

    static func interpolate(_ values: [Double], times: [Double], at time: Double) -> Double {
        guard let upper = times.firstIndex(where: { $0 >= time }) else { return values.last ?? .nan }
        if upper == 0 || times[upper] == time { return values[upper] }
        let lower = upper - 1
        let fraction = (time - times[lower]) / (times[upper] - times[lower])
        return values[lower] + fraction * (values[upper] - values[lower])
    }
}

import Foundation
