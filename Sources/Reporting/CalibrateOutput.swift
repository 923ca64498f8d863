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
        var text = TextColumns.paragraph("calibration of scenario '\(result.scenario)' to data up to \(result.until) (\(how))") + "\n\n"
        let estimates = result.estimates.map { estimate in
            [estimate.name, ValueFormatter.plain(estimate.value),
             "\((estimate.lowOpen ? "≤" : "") + ValueFormatter.plain(estimate.low)) – \((estimate.highOpen ? "≥" : "") + ValueFormatter.plain(estimate.high))",
             "\(ValueFormatter.plain(estimate.prior.low)) – \(ValueFormatter.plain(estimate.prior.high))"]
                + (result.estimates.contains { $0.rHat != nil } ? [estimate.rHat.map { String(format: "%.3f", $0) } ?? "-"] : [])
        }
        let header = ["parameter", "value", "95% interval", "prior"] + (result.estimates.contains { $0.rHat != nil } ? ["R̂"] : [])
        text += TextColumns(header: header, rows: estimates, leftAligned: [0, 2, 3]).render()
        if result.estimates.contains(where: { $0.lowOpen || $0.highOpen }) {
            text += "≤ ≥: the interval reaches the prior's bound; the data do not bound it there.\n"
        }
        let names = BacktestOutput.targetNames(result.fits.map(\.target))
        let fits = zip(result.fits, names).map { fit, name -> [String] in
            let s = fit.statistics
            return ["\(name) (\(fit.target.observation.rawValue))", "\(fit.count)",
                    s?.meanAbsoluteLog10Error.map { String(format: "%.3f", $0) } ?? "-", s?.rSquared.map { String(format: "%.2f", $0) } ?? "-"]
                + [s?.theil.biasShare, s?.theil.unequalVariationShare, s?.theil.unequalCovariationShare].map { $0.map { String(format: "%.2f", $0) } ?? "-" }
        }
        text += "\nfit per target (log10)\n"
        text += TextColumns(header: ["target", "obs", "|error|", "R²", "bias", "var", "covar"], rows: fits).render()
        text += "\n" + TextColumns.paragraph("|error| is the mean of |log10(model / observed)|: 0.3 is a factor of 2. bias, var and covar are "
            + "Theil's shares of the mean square error (Sterman 1984); a floor target is scored against its floors.") + "\n"
        text += String(format: "%d runs; log posterior %.2f.\n", result.evaluations, result.logPosterior)
        if let written { text += "wrote \(written)\n" }
        return text
    }
}
