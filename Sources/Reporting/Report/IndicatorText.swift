import Analysis
import Dynamics
import Scenarios

/// How the report names and writes an indicator: its short label, its unit as people say it,
/// and its values through the one `ValueFormatter`, shares as percentages.
extension ReportData {
    func label(_ name: String) -> String {
        assumptions.report.labels[name] ?? Markdown.readable(name)
    }

    func unit(_ name: String) -> String? {
        base.result.columns.first { $0.name == name }?.unit
    }

    /// A dimensionless series named a share is shown as a percentage.
    func isShare(_ name: String) -> Bool {
        name.contains("share") && (unit(name) ?? "dimensionless") == "dimensionless"
    }

    func formatted(_ value: Double, of name: String) -> String {
        isShare(name) ? ValueFormatter.percent(value) : ValueFormatter.format(value, unit: unit(name))
    }

    /// `label (unit)` for a table header: "closed run cost ($)", "open share of tokens (%)".
    func header(_ name: String) -> String {
        let unitText = isShare(name) ? "%" : UnitText.spelled(unit(name))
        return unitText.isEmpty ? label(name) : "\(label(name)) (\(unitText))"
    }

    /// The indicators the body's compact tables show: `key_indicators`, else the first six headline series.
    var keyIndicators: [String] {
        let spec = assumptions.report
        return (spec.keyIndicators.isEmpty ? Array(spec.headline.prefix(ReportLimits.numericColumns)) : spec.keyIndicators)
            .filter { base.result.columnIndex($0) != nil }
    }
}
