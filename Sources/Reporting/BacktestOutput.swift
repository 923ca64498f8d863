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
        let rows = scores.map { score in
            [score.series, "\(score.count)", String(format: "%.3f", score.meanAbsoluteLog10Error),
             String(format: "x%.2f", pow(10, score.meanAbsoluteLog10Error)), String(format: "%+.3f", score.meanLog10Bias),
             String(format: "%.0f%%", score.shareAtOrAbove * 100)]
        }
        text += TextColumns(header: ["series", "obs", "error |log10|", "factor", "bias log10", "at/above"], rows: rows).render()
        text += "\nerror 0.1: the model is typically within a factor of 1.26 of an observation.\n"
        return text
    }

    /// `forecast.backtest/1` with `out_of_sample`: per origin, each target's in- and
    /// out-of-sample error and the share of later observations inside the P10–P90 band.
    public static func json(_ scores: [BacktestScore], settings: RunSettings, outOfSample: [OutOfSample]) -> JSONValue {
        func number(_ x: Double?) -> JSONValue { x.map { JSONValue(.number($0)) } ?? JSONValue(.null) }
        func string(_ s: String?) -> JSONValue { s.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
        let origins = outOfSample.map { run in
            JSONValue(.object([
                .init(key: "origin", value: string(run.origin)),
                .init(key: "mean_abs_log10_error", value: number(run.meanError)),
                .init(key: "band_coverage", value: number(run.meanCoverage)),
                .init(key: "band_runs", value: number(Double(run.runs))),
                .init(key: "targets", value: JSONValue(.array(run.scores.map { score in
                    JSONValue(.object([
                        .init(key: "series", value: string(score.target.series)),
                        .init(key: "history", value: string("\(score.target.history)#\(score.target.column ?? "")")),
                        .init(key: "observation", value: string(score.target.observation.rawValue)),
                        .init(key: "fitted_observations", value: number(Double(score.fitted))),
                        .init(key: "scored_observations", value: number(Double(score.scored))),
                        .init(key: "in_sample_mean_abs_log10_error", value: number(score.inSampleError)),
                        .init(key: "out_of_sample_mean_abs_log10_error", value: number(score.outOfSampleError)),
                        .init(key: "out_of_sample_mean_log10_bias", value: number(score.outOfSampleBias)),
                        .init(key: "band_coverage", value: number(score.coverage)),
                    ]))
                }))),
            ]))
        }
        let all = outOfSample.flatMap(\.scores)
        var object = json(scores, settings: settings)
        guard case .object(var members) = object.kind else { return object }
        members.append(.init(key: "out_of_sample", value: JSONValue(.object([
            .init(key: "origins", value: JSONValue(.array(origins))),
            .init(key: "mean_abs_log10_error", value: number(OutOfSample.mean(all.compactMap(\.outOfSampleError)))),
            .init(key: "band_coverage", value: number(OutOfSample.mean(outOfSample.compactMap(\.meanCoverage)))),
        ]))))
        object = JSONValue(.object(members))
        return object
    }

    /// Each target's series, with the column it is compared with when two targets share a series.
    public static func targetNames(_ targets: [CalibrationTarget]) -> [String] {
        targets.map { target in
            targets.filter { $0.series == target.series }.count > 1 ? "\(target.series) vs \(target.column ?? "range")" : target.series
        }
    }

    public static func table(_ outOfSample: [OutOfSample]) -> String {
        var text = ""
        for run in outOfSample {
            text += "\nrefitted with data up to \(run.origin), scored after it (band: P10–P90 of \(run.runs) runs)\n\n"
            let rows = zip(run.scores, targetNames(run.scores.map(\.target))).map { score, name in
                ["\(name) (\(score.target.observation.rawValue))", "\(score.fitted)", "\(score.scored)",
                 score.inSampleError.map { String(format: "%.3f", $0) } ?? "-", score.outOfSampleError.map { String(format: "%.3f", $0) } ?? "-",
                 score.coverage.map { String(format: "%.0f%%", $0 * 100) } ?? "-"]
            }
            text += TextColumns(header: ["target", "fitted", "scored", "in sample", "out of sample", "in band"], rows: rows).render()
            if let error = run.meanError, let coverage = run.meanCoverage {
                text += TextColumns.paragraph(String(format: "mean out-of-sample error %.3f (x%.2f); %.0f%% of later observations inside the band (a right band holds about 80%%)",
                                                     error, pow(10, error), coverage * 100)) + "\n"
            }
        }
        return text
    }
}
