import Analysis
import Scenarios

/// One line of `run --batch` output: the line's `forecast.run/1` object, compact, or a
/// `forecast.error/1` object in its place.
public enum BatchOutput {
    public static func line(_ result: BatchResult) -> String {
        switch result.outcome {
        case .success(let view): JSONWriter.write(RunOutput.json(view), style: .compact) + "\n"
        case .failure(let problems): DiagnosticOutput.batchLine(problems.diagnostics, line: result.line)
        }
    }
}
