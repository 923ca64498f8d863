import Dynamics
import Reporting
import Scenarios

/// Why a command stopped, and its exit code: 1 for problems in the model or input, 2 for usage.
enum Failure: Error {
    case problems([Diagnostic])
    case usage(UsageError)

    var exitCode: Int32 {
        switch self {
        case .problems: 1
        case .usage: 2
        }
    }

    init(_ list: DiagnosticList) { self = .problems(list.diagnostics) }
    init(_ diagnostic: Diagnostic) { self = .problems([diagnostic]) }
    init(_ problem: CommandProblem) {
        self = problem.isUsage ? .usage(UsageError(problem: problem)) : .problems([Diagnostic(.error, problem)])
    }

    /// Any error from the libraries as a failure: their problems, or the error's text.
    init(catching error: any Error) {
        switch error {
        case let list as DiagnosticList: self.init(list)
        case let diagnostic as Diagnostic: self.init(diagnostic)
        case let failure as Failure: self = failure
        case let usage as UsageError: self = .usage(usage)
        default: self.init(CommandProblem.unexpected("\(error)"))
        }
    }

    var diagnostics: [Diagnostic] {
        switch self {
        case .problems(let list): list
        case .usage(let usage): [usage.diagnostic]
        }
    }
}

/// Standard error for problems: text, or one JSON object in JSON mode; warnings beside a table.
///
/// In JSON mode standard error holds exactly one object: warnings travel in the command's
/// output, or, when the command fails after finding them, in the error's `errors` list.
enum ProblemReport {
    /// Warnings found so far (assumptions, overrides, an imported file), for a JSON error.
    nonisolated(unsafe) private static var found: [Diagnostic] = []

    /// Keeps `warnings` to report with an error, should the command fail later.
    static func note(_ warnings: [Diagnostic]) {
        found += warnings.filter { !$0.isError && !found.contains($0) }
    }

    static func print(_ failure: Failure, json: Bool) {
        guard json else { return Console.error(DiagnosticOutput.text(failure.diagnostics)) }
        let diagnostics = failure.diagnostics
        Console.error(DiagnosticOutput.json(diagnostics + found.filter { !diagnostics.contains($0) }))
    }

    /// Warnings go to standard error in table and CSV modes; in JSON they travel in the output.
    static func printWarnings(_ warnings: [Diagnostic], format: OutputFormat) {
        if format != .json, !warnings.isEmpty { Console.error(DiagnosticOutput.text(warnings)) }
    }
}
