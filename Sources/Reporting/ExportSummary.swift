import Dynamics
import XMILE

/// The line `forecast export` prints: what was written, and which names XMILE needed changed.
public enum ExportSummary {
    public static func text(path: String, scenario: String, definition: ModelDefinition, settings: RunSettings) -> String {
        let stocks = definition.variables.filter(\.isStock).count
        var report = "wrote \(path): scenario \(scenario) as XMILE 1.0, \(stocks) stocks, "
            + "\(definition.variables.count - stocks) flows and auxiliaries, \(definition.parameters.count) parameters, "
            + "\(definition.tables.count) tables; \(settings.method == .euler ? "Euler" : "RK4") from "
            + "\(ExpressionPrinter.formatNumber(settings.start)) to \(ExpressionPrinter.formatNumber(settings.stop)), "
            + "dt \(ExpressionPrinter.formatNumber(settings.dt)) year\n"
        let renamed = XMILEExporter.exportedNames(of: definition).filter { $0.key != $0.value }.sorted { $0.key < $1.key }
        if !renamed.isEmpty {
            report += "renamed for XMILE: " + renamed.map { "\($0.key) → \($0.value)" }.joined(separator: ", ") + "\n"
        }
        return report
    }
}
