import Analysis
import Dynamics
import Scenarios

/// The report's **Pay** section: pay bands by employer and level now, in 2 and in 5 years (base
/// scenario, median with the P10–P90 spread within the cell), the scenario that moves each most,
/// and the tail of exceptional offers in each scenario. Empty when the model has no pay bands.
enum PaySection {
    static func render(_ data: ReportData) -> String {
        let employers = data.assumptions.dimensions.first { $0.name == "employer" }?.elements ?? []
        let levels = data.assumptions.dimensions.first { $0.name == "level" }?.elements ?? []
        let result = data.base.result
        guard let employer = employers.first, let level = levels.first, result.columnIndex("pay_median_total[\(employer),\(level)]") != nil else {
            return ""
        }
        let times = [0, 2, 5].map { min(Quarter(year: data.quarter.year + $0, quarter: data.quarter.quarter), data.horizon) }
        var text = "## Pay\n\nMedian total pay a year of a frontier researcher (base, bonus and equity at grant value) by employer and "
            + "level in the base scenario, with the cell's P10–P90; the last column names the scenario that moves the median most by \(times[2]).\n\n"
        let header = ["employer, level"] + times.map { "\($0)" } + ["moves it most"]
        var rows: [[String]] = []
        for employer in employers {
            for level in levels {
                let cell = "[\(employer),\(level)]"
                var row = ["\(employer), \(level)"]
                for quarter in times {
                    let median = result.value("pay_median_total\(cell)", at: quarter.time) ?? .nan
                    let p10 = result.value("pay_p10\(cell)", at: quarter.time) ?? .nan, p90 = result.value("pay_p90\(cell)", at: quarter.time) ?? .nan
                    row.append("\(ValueFormatter.money(median)) (\(ValueFormatter.money(p10))–\(ValueFormatter.money(p90)))")
                }
                row.append(mover("pay_median_total\(cell)", at: times[2], data: data))
                rows.append(row)
            }
        }
        text += Markdown.table(header, rows, rightAligned: [1, 2, 3]) + "\n"
        if result.columnIndex("top_offer_median") != nil {
            text += "The tail: exceptional offers to the researchers labs compete hardest for (Pareto above a threshold that grows with "
                + "the largest closed run's budget), the median and P90 a year.\n\n"
            let tailHeader = ["scenario"] + times.map { "\($0)" }
            let tailRows = data.runs.map { run in
                [run.scenario.name] + times.map { quarter in
                    let median = run.result.value("top_offer_median", at: quarter.time) ?? .nan
                    let p90 = run.result.value("top_offer_p90", at: quarter.time) ?? .nan
                    return "\(ValueFormatter.money(median)) (P90 \(ValueFormatter.money(p90)))"
                }
            }
            text += Markdown.table(tailHeader, tailRows, rightAligned: Set(1...times.count)) + "\n"
        }
        return text
    }

    /// The scenario whose `series` at `quarter` is furthest from base's, with the difference.
    static func mover(_ series: String, at quarter: Quarter, data: ReportData) -> String {
        guard let base = data.base.result.value(series, at: quarter.time), base != 0 else { return "—" }
        var best: (name: String, change: Double)?
        for run in data.runs.dropFirst() {
            guard let value = run.result.value(series, at: quarter.time) else { continue }
            let change = value / base - 1
            if abs(change) > abs(best?.change ?? 0) { best = (run.scenario.name, change) }
        }
        guard let best, abs(best.change) >= 0.0005 else { return "none" }
        return "\(best.name) (\(best.change >= 0 ? "+" : "−")\(ValueFormatter.significant(abs(best.change) * 100))%)"
    }
}
