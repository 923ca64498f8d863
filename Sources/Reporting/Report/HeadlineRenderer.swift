import Analysis
import Dynamics
import Scenarios

/// Fills the headline templates of `report.json5` from the report's numbers.
struct HeadlineRenderer {
    let data: ReportData

    func render(_ template: HeadlineTemplate) -> String {
        template.parts.map { part in
            switch part {
            case .text(let text): return text
            case let .value(series, when, until, modifiers): return value(series, when, until, modifiers)
            case let .milestone(name, modifiers): return milestone(name, modifiers)
            }
        }.joined()
    }

    private func quarter(_ when: String) -> Quarter? {
        HeadlineTemplate.quarter(when, start: data.quarter, end: data.horizon)
    }

    private func format(_ x: Double, _ unit: String?, _ modifiers: [String]) -> String {
        if modifiers.contains("percent") { return ValueFormatter.percent(x) }
        // The template's own words carry the unit ("{lag@start} months"); money carries its $.
        return ValueFormatter.format(x, unit: unit)
    }

    private func value(_ series: String, _ when: String, _ until: String?, _ modifiers: [String]) -> String {
        guard let at = quarter(when) else { return "?" }
        let unit = data.base.result.columns.first { $0.name == series }?.unit
        let valueAt: (ReportData.ScenarioRun, Quarter) -> Double? = { run, q in run.result.value(series, at: q.time) }
        if let until, let end = quarter(until), modifiers.count >= 2 {
            guard let a = valueAt(data.base, at), let b = valueAt(data.base, end) else { return "?" }
            return b > a ? modifiers[0] : modifiers[1]
        }
        let formatting = modifiers.filter { $0 == "percent" }
        switch modifiers.first(where: { $0 != "percent" }) {
        case "range":
            let values = data.runs.compactMap { valueAt($0, at) }
            guard let low = values.min(), let high = values.max() else { return "?" }
            return "\(format(low, unit, formatting)) to \(format(high, unit, formatting))"
        case "lowest", "highest":
            let pairs = data.runs.compactMap { run in valueAt(run, at).map { (run.scenario.name, $0) } }
            let pick = modifiers.contains("lowest") ? pairs.min { $0.1 < $1.1 } : pairs.max { $0.1 < $1.1 }
            return pick.map { "\(format($0.1, unit, formatting)) (\($0.0))" } ?? "?"
        case let modifier? where modifier.hasPrefix("p"):
            guard let percentile = Double(modifier.dropFirst()), let bands = data.monteCarlo,
                  let band = bands.series.first(where: { $0.name == series }),
                  let p = bands.percentiles.firstIndex(of: percentile),
                  let k = bands.times.firstIndex(where: { abs($0 - at.time) < 1e-6 }) else { return "?" }
            return format(band.values[p][k], unit, formatting)
        default:
            return valueAt(data.base, at).map { format($0, unit, formatting) } ?? "?"
        }
    }

    private func milestone(_ name: String, _ modifiers: [String]) -> String {
        let notReached = "not by \(data.horizon)"
        func label(_ run: ReportData.ScenarioRun) -> Quarter? { run.milestones.first { $0.name == name }?.quarter }
        switch modifiers.first {
        case "range":
            let quarters = data.runs.map(label)
            let reached = quarters.compactMap { $0 }
            guard let first = reached.min() else { return "not by \(data.horizon) in any scenario" }
            let last = reached.count == quarters.count ? reached.max()!.label : notReached
            return first.label == last ? first.label : "\(first) to \(last)"
        case "earliest":
            let reached = data.runs.compactMap { run in label(run).map { ($0, run.scenario.name) } }
            return reached.min { $0.0 < $1.0 }.map { "\($0.0) (\($0.1))" } ?? notReached
        default:
            return label(data.base)?.label ?? notReached
        }
    }
}
