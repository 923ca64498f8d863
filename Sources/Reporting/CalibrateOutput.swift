import Analysis
import Dynamics
import Foundation
import Scenarios

/// Renders a calibration for the terminal: the fitted values with their 95% intervals beside
/// the priors, then how well the fitted run tracks each target.
public enum CalibrateOutput {
    public static func table(_ result: CalibrationResult, written: String?) -> String {
        let how = result.method == .optimize ? "maximum of the posterior, 95% intervals by likelihood profile"
            : "posterior median, 95% intervals from \(result.chains ?? 0) chains"
        var text = "calibration of scenario '\(result.scenario)' to data up to \(result.until) (\(how))\n\n"
        let nameWidth = max(9, result.estimates.map(\.name.count).max() ?? 0)
        func cell(_ x: Double) -> String { ValueFormatter.plain(x).padding(toLength: 10, withPad: " ", startingAt: 0) }
        text += "parameter".padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0) + "value     95% interval          prior\n"
        for estimate in result.estimates {
            let low = (estimate.lowOpen ? "≤" : "") + ValueFormatter.plain(estimate.low)
            let high = (estimate.highOpen ? "≥" : "") + ValueFormatter.plain(estimate.high)
            var line = estimate.name.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0) + cell(estimate.value)
            line += "\(low) – \(high)".padding(toLength: 22, withPad: " ", startingAt: 0)
            line += "\(ValueFormatter.plain(estimate.prior.low)) – \(ValueFormatter.plain(estimate.prior.high))"
            if let rHat = estimate.rHat { line += String(format: "  R̂ %.3f", rHat) }
            text += line + "\n"
        }
        if result.estimates.contains(where: { $0.lowOpen || $0.highOpen }) {
            text += "≤ ≥: the interval reaches the prior's bound; the data do not bound it there.\n"
        }
        text += "\nfit per target (log10)                           obs  |error|   R²     bias  var   covar\n"
        for fit in result.fits {
            let label = "\(fit.target.series) (\(fit.target.observation.rawValue))"
            var line = String(label.prefix(47)).padding(toLength: 48, withPad: " ", startingAt: 0) + String(format: "%4d", fit.count)
            if let s = fit.statistics {
                line += "  " + (s.meanAbsoluteLog10Error.map { String(format: "%6.3f", $0) } ?? "     -")
                line += "  " + (s.rSquared.map { String(format: "%5.2f", $0) } ?? "    -")
                for share in [s.theil.biasShare, s.theil.unequalVariationShare, s.theil.unequalCovariationShare] {
                    line += "  " + (share.map { String(format: "%4.2f", $0) } ?? "   -")
                }
            }
            text += line + "\n"
        }
        text += "\n|error| is the mean of |log10(model / observed)|: 0.3 is a factor of 2. bias, var and covar are Theil's\n"
        text += "shares of the mean square error (Sterman 1984); a floor target is scored against its floors.\n"
        text += String(format: "%d runs; log posterior %.2f.\n", result.evaluations, result.logPosterior)
        if let written { text += "wrote \(written)\n" }
        return text
    }
}
