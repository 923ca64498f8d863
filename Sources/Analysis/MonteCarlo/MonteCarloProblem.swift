import Dynamics
import Scenarios

/// The wording of every problem Monte Carlo and sensitivity analysis report.
enum MonteCarloProblem {
    static let maximumRuns = 10_000_000

    static func runCount(_ runs: Int) -> Diagnostic {
        Diagnostic(.error, "the number of runs must be between 1 and \(maximumRuns), not \(runs)", hint: "e.g. --runs 1000")
    }

    static func percentile(_ value: Double) -> Diagnostic {
        Diagnostic(.error, "percentile \(ExpressionPrinter.formatNumber(value)) is not between 0 and 100", hint: "e.g. --percentiles 10,50,90")
    }

    static func percentileTwice(_ value: Double) -> Diagnostic {
        Diagnostic(.error, "percentile \(ExpressionPrinter.formatNumber(value)) is asked for twice", hint: "give each percentile once")
    }

    static func noPercentiles() -> Diagnostic {
        Diagnostic(.error, "no percentiles were asked for", hint: "e.g. --percentiles 10,50,90")
    }

    static func unknownSeries(_ name: String, candidates: [String]) -> Diagnostic {
        Diagnostic(.error, "unknown variable '\(name)'", hint: Suggestion.hint(for: name, in: candidates) ?? "see `forecast list variables`")
    }

    static func unknownCorrelated(_ name: String, candidates: [String]) -> Diagnostic {
        Diagnostic(.error, "unknown parameter '\(name)' in a rank correlation",
                   hint: Suggestion.hint(for: name, in: candidates) ?? "see `forecast list parameters`")
    }

    static func correlatedFixed(_ name: String) -> Diagnostic {
        Diagnostic(.error, "parameter '\(name)' is in a rank correlation but is not drawn",
                   hint: "give it a range (low and high) in base.json5, or leave it out of the correlations")
    }

    static func correlationOutOfRange(_ first: String, _ second: String, _ r: Double) -> Diagnostic {
        Diagnostic(.error, "the rank correlation of '\(first)' and '\(second)' is \(ExpressionPrinter.formatNumber(r))",
                   hint: "give a value strictly between -1 and 1")
    }

    static func selfCorrelation(_ name: String) -> Diagnostic {
        Diagnostic(.error, "'\(name)' is correlated with itself", hint: "a rank correlation needs two different parameters")
    }

    static func correlationTwice(_ first: String, _ second: String) -> Diagnostic {
        Diagnostic(.error, "the rank correlation of '\(first)' and '\(second)' is given twice", hint: "give each pair once")
    }

    static func notPositiveDefinite(_ pairs: [String]) -> Diagnostic {
        Diagnostic(.error, "the rank correlations (\(pairs.joined(separator: ", "))) contradict each other: no joint distribution has them",
                   hint: "weaken the strongest ones; e.g. a~b 0.9 and b~c 0.9 need a~c well above 0")
    }

    static func everyRunFailed(_ runs: Int, first: Diagnostic) -> Diagnostic {
        Diagnostic(.error, "all \(runs) runs stopped early; the first: \(first.message)", hint: first.hint)
    }

    static func unknownIndicator(_ name: String, candidates: [String]) -> Diagnostic {
        Diagnostic(.error, "unknown indicator '\(name)'", hint: Suggestion.hint(for: name, in: candidates) ?? "see `forecast list variables`")
    }

    static func quarterOutsideRun(_ quarter: Quarter, first: Quarter, last: Quarter) -> Diagnostic {
        Diagnostic(.error, "\(quarter) is outside the run, which covers \(first) to \(last)", hint: "choose a quarter from \(first) to \(last)")
    }

    static func sensitivityRunFailed(_ parameter: String, end: String, value: Double, _ problem: Diagnostic) -> Diagnostic {
        Diagnostic(.error, "setting '\(parameter)' to its \(end) \(ExpressionPrinter.formatNumber(value)) stops the run: \(problem.message)",
                   hint: problem.hint)
    }
}
