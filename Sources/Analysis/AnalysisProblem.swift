import Dynamics
import Scenarios

/// Everything the analyses (series selection, Monte Carlo, sensitivity) can find wrong; all of
/// their wording lives here.
public enum AnalysisProblem: Problem {
    static let maximumRuns = 10_000_000

    case noMatch(String)
    case runCount(Int)
    case percentile(Double)
    case percentileTwice(Double)
    case noPercentiles
    case unknownSeries(String, hint: String?)
    case unknownCorrelated(String, hint: String?)
    case correlatedFixed(String)
    case correlationOutOfRange(String, String, Double)
    case selfCorrelation(String)
    case correlationTwice(String, String)
    case notPositiveDefinite([String])
    case everyRunFailed(Int, first: Diagnostic)
    case unknownIndicator(String, hint: String?)
    case quarterOutsideRun(Quarter, first: Quarter, last: Quarter)
    case sensitivityRunFailed(String, end: String, value: Double, Diagnostic)
    case runsLeftOut(failed: Int, runs: Int)
    case unknownName(String, hint: String?)
    case noCalibration(root: String)
    case badOrigin(String)
    case calibrationFailed(String)
    case noStartingPoint
    case originOutsideRun(String, first: String, last: String)
    case shardTooLarge(shard: Int, of: Int, work: Int)
    case badPart(file: String, what: String)
    case noParts
    case partsDiffer(file: String, first: String)
    case partTwice(Int, Int, file: String, other: String)
    case partsMissing([Int], of: Int)
    case partTooLarge(runs: Int, cells: Int, limit: Int)
    case partRuns(Int)

    static func unknownSeries(_ name: String, candidates: [String]) -> AnalysisProblem {
        .unknownSeries(name, hint: Suggestion.hint(for: name, in: candidates))
    }

    static func unknownCorrelated(_ name: String, candidates: [String]) -> AnalysisProblem {
        .unknownCorrelated(name, hint: Suggestion.hint(for: name, in: candidates))
    }

    static func unknownIndicator(_ name: String, candidates: [String]) -> AnalysisProblem {
        .unknownIndicator(name, hint: Suggestion.hint(for: name, in: candidates))
    }

    public var message: String {
        switch self {
        case .noMatch(let pattern): "no variable matches '\(pattern)'"
        case .runCount(let runs): "the number of runs must be between 1 and \(Self.maximumRuns), not \(runs)"
        case .percentile(let value): "percentile \(ExpressionPrinter.formatNumber(value)) is not between 0 and 100"
        case .percentileTwice(let value): "percentile \(ExpressionPrinter.formatNumber(value)) is asked for twice"
        case .noPercentiles: "no percentiles were asked for"
        case .unknownSeries(let name, _): "unknown variable '\(name)'"
        case .unknownCorrelated(let name, _): "unknown parameter '\(name)' in a rank correlation"
        case .correlatedFixed(let name): "parameter '\(name)' is in a rank correlation but is not drawn"
        case .correlationOutOfRange(let first, let second, let r):
            "the rank correlation of '\(first)' and '\(second)' is \(ExpressionPrinter.formatNumber(r))"
        case .selfCorrelation(let name): "'\(name)' is correlated with itself"
        case .correlationTwice(let first, let second): "the rank correlation of '\(first)' and '\(second)' is given twice"
        case .notPositiveDefinite(let pairs):
            "the rank correlations (\(pairs.joined(separator: ", "))) contradict each other: no joint distribution has them"
        case .everyRunFailed(let runs, let first): "all \(runs) runs stopped early; the first: \(first.message)"
        case .unknownIndicator(let name, _): "unknown indicator '\(name)'"
        case .quarterOutsideRun(let quarter, let first, let last): "\(quarter) is outside the run, which covers \(first) to \(last)"
        case .sensitivityRunFailed(let parameter, let end, let value, let problem):
            "setting '\(parameter)' to its \(end) \(ExpressionPrinter.formatNumber(value)) stops the run: \(problem.message)"
        case .unknownName(let name, _): "unknown name '\(name)'"
        case .runsLeftOut(let failed, let runs): "\(failed) of \(runs) runs stopped on a NaN or infinite value and are left out of the percentiles"
        case .noCalibration(let root): "\(root) has no calibration.json5 to say what to fit"
        case .badOrigin(let text): "'\(text)' is not a quarter or a date to cut the data at"
        case .calibrationFailed(let reason): "the calibration failed: \(reason)"
        case .noStartingPoint: "no point inside the priors gives a run that fits: every start stopped early or had zero likelihood"
        case .originOutsideRun(let origin, let first, let last): "the origin \(origin) is outside the fitted run, \(first) to \(last)"
        case .shardTooLarge(let shard, let of, let work): "shard \(shard)/\(of) has nothing to do: the work has only \(work) parts"
        case .badPart(let file, let what): "\(file) cannot be merged: \(what)"
        case .noParts: "no part files to merge"
        case .partsDiffer(let file, let first): "\(file) belongs to another job than \(first) (a different command, inputs, seed or settings)"
        case .partTwice(let i, let k, let file, let other): "part \(i)/\(k) is given twice: \(other) and \(file)"
        case .partTooLarge(let runs, let cells, let limit):
            "a part of \(runs) runs × \(cells) saved values is more than the \(limit) values a part holds"
        case .partRuns(let run): "run \(run + 1) is missing from the parts, given twice, or has the wrong number of values"
        case .partsMissing(let missing, let k): "part\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(k)" }.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing"
        }
    }

    public var hint: String? {
        switch self {
        case .noMatch: "see `forecast list variables`"
        case .runCount: "e.g. --runs 1000"
        case .percentile, .noPercentiles: "e.g. --percentiles 10,50,90"
        case .percentileTwice: "give each percentile once"
        case .unknownSeries(_, let hint), .unknownIndicator(_, let hint): hint ?? "see `forecast list variables`"
        case .unknownCorrelated(_, let hint): hint ?? "see `forecast list parameters`"
        case .correlatedFixed: "give it a range (low and high) in base.json5, or leave it out of the correlations"
        case .correlationOutOfRange: "give a value strictly between -1 and 1"
        case .selfCorrelation: "a rank correlation needs two different parameters"
        case .correlationTwice: "give each pair once"
        case .notPositiveDefinite: "weaken the strongest ones; e.g. a~b 0.9 and b~c 0.9 need a~c well above 0"
        case .everyRunFailed(_, let first): first.hint
        case .quarterOutsideRun(_, let first, let last): "choose a quarter from \(first) to \(last)"
        case .sensitivityRunFailed(_, _, _, let problem): problem.hint
        case .runsLeftOut: nil
        case .unknownName(_, let hint): hint ?? "see `forecast list variables`"
        case .noCalibration: "write calibration.json5 (see the README's Calibration section), or run `forecast init` for the shipped one"
        case .badOrigin: "e.g. --origin 2022Q4 or --origin 2022-12-31"
        case .calibrationFailed: nil
        case .noStartingPoint: "widen the priors, or check the targets against `forecast run --scenario` of the fitted scenario"
        case .originOutsideRun(_, let first, let last): "choose an origin from \(first) to \(last)"
        case .shardTooLarge: "use fewer shards"
        case .badPart: "merge the files `--shard` wrote"
        case .noParts: "e.g. forecast merge part-*.json"
        case .partsDiffer: "merge the parts of one command, run with the same assumptions, seed and options"
        case .partTwice: "give each part once"
        case .partTooLarge: "use more shards, fewer --select series or --every year"
        case .partRuns: "merge the files `--shard` wrote for this job, each once"
        case .partsMissing: "run the missing parts with --shard, then merge all of them"
        }
    }

    var diagnostic: Diagnostic { Diagnostic(.error, self) }
}
