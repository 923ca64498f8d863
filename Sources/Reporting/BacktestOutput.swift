import Analysis
import Dynamics
import Foundation
import Scenarios

/// Renders backtest scores: the `forecast.backtest/1` JSON object, or a terminal table.
public enum BacktestOutput {
    /// `forecast.backtest/1`.
    public static func json(_ scores: [BacktestScore], settings: RunSettings) -> JSONValue {
        let items = scores.map { score in
            JSONValue(.object([
                .init(key: "series", value: .init(.string(score.series))),
                .init(key: "history", value: .init(.string("\(score.history)#\(score.column)"))),
                .init(key: "observations", value: .init(.number(Double(score.count)))),
                .init(key: "mean_abs_log10_error", value: .init(.number(score.meanAbsoluteLog10Error))),
                .init(key: "mean_log10_bias", value: .init(.number(score.meanLog10Bias))),
                .init(key: "share_at_or_above_observed", value: .init(.number(score.shareAtOrAbove))),
            ]))
        }
        return JSONValue(.object([
            .init(key: "schema", value: .init(.string("forecast.backtest/1"))),
            .init(key: "start", value: .init(.string(Quarter(containing: settings.start).label))),
            .init(key: "end", value: .init(.string(Quarter(containing: settings.stop).label))),
            .init(key: "scores", value: .init(.array(items))),
        ]))
    }

    public static func table(_ scores: [BacktestScore], settings: RunSettings) -> String {
        var text = "backtest from \(Quarter(containing: settings.start)) to \(Quarter(containing: settings.stop))\n\n"
        text += "series                           obs   error (mean |log10|)   bias (log10)   at/above observed\n"
        for score in scores {
            text += score.series.padding(toLength: 32, withPad: " ", startingAt: 0)
            text += String(format: "%4d   %8.3f (x%.2f)       %+8.3f        %5.0f%%\n", score.count, score.meanAbsoluteLog10Error,
                           pow(10, score.meanAbsoluteLog10Error), score.meanLog10Bias, score.shareAtOrAbove * 100)
        }
        text += "\nerror 0.1 means the model is typically within a factor of 1.26 of the observation.\n"
        return text
    }
}
