import Analysis
import Dynamics
import Scenarios

/// The appendix beside the report's charts (`<quarter>/appendix.md`): every headline series by
/// quarter, the feedback loops, every scenario's milestones, every tornado and backtest chart,
/// the charts the body leaves out, and every assumption with its source.
enum ReportAppendix {
    static func render(_ data: ReportData, lineCharts: [ReportChart], tornados: [ReportChart], backtestCharts: [ReportChart]) -> String {
        // The appendix sits in the folder with the charts.
        func image(_ chart: ReportChart) -> String { "![\(chart.title)](\(chart.file))\n\n\(chart.caption)\n" }
        var sections = [
            "# Appendix: \(data.assumptions.report.title), \(data.quarter)\n\nWhat the [report](../\(data.quarter.fileLabel).md) leaves out.\n",
            scenarios(data), indicators(data), loops(data), milestones(data), uncertainty(data, tornados: tornados.map(image)),
        ]
        if !lineCharts.isEmpty { sections.append("## More charts\n\n" + lineCharts.map(image).joined(separator: "\n")) }
        if data.backtest != nil {
            sections.append("## Backtest charts\n\n" + QuarterlyReport.backtestRun(data) + QuarterlyReport.calibrationFit(data, grouped: false)
                            + QuarterlyReport.outOfSample(data, grouped: false) + backtestCharts.map(image).joined(separator: "\n"))
        }
        sections.append(assumptions(data))
        return sections.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func scenarios(_ data: ReportData) -> String {
        let others = data.runs.filter { $0.scenario.name != "base" }
        guard !others.isEmpty else { return "" }
        return "## Scenarios\n\n" + others.map { "- **\($0.scenario.name)**: \($0.scenario.description ?? "")\n" }.joined()
            + "\nThe parameters each changes are listed under Assumptions.\n"
    }

    /// Quarterly for the next eight quarters, then the fourth quarter of each year to the horizon.
    static func reportQuarters(_ data: ReportData) -> [Quarter] {
        var quarters: [Quarter] = []
        var q = data.quarter
        while quarters.count < 8, q <= data.horizon {
            quarters.append(q)
            q = q.next
        }
        return quarters + QuarterlyReport.fourthQuarters(after: quarters.last ?? data.quarter, to: data.horizon)
    }

    static func indicators(_ data: ReportData) -> String {
        let headline = data.assumptions.report.headline.filter { data.base.result.columnIndex($0) != nil }
        guard !headline.isEmpty else { return "" }
        var text = "## Indicators by quarter\n\nBase scenario: the next eight quarters, then the fourth quarter of each year.\n\n"
        let quarters = reportQuarters(data)
        let width = ReportLimits.numericColumns - 1
        for start in stride(from: 0, to: headline.count, by: width) {
            let group = Array(headline[start..<min(headline.count, start + width)])
            text += QuarterlyReport.indicatorTable(data, group, quarters, data.base.result) + "\n"
        }
        return text
    }

    static func loops(_ data: ReportData) -> String {
        let loops = data.assumptions.report.loops
        guard !loops.isEmpty else { return "" }
        var text = "## Feedback loops\n\nThe loops that drive the numbers. Rectangles are stocks, rounded boxes are variables that "
            + "several loops share, and each arrow stands for a chain of equations, checked when the assumptions load.\n\n"
        let stocks = Set(data.base.result.columns.filter { $0.kind == .stock }.map(\.name))
        text += MermaidDiagram.render(loops, stocks: stocks) + "\n"
        for (loop, tag) in zip(loops, MermaidDiagram.tags(loops)) {
            text += "- **\(tag) \(loop.name)** (\(loop.isReinforcing ? "reinforcing" : "balancing"))" + (loop.doc.map { ": \($0)" } ?? "") + "\n"
        }
        return text
    }

    /// Every scenario's quarter for each milestone, in blocks of scenarios that fit the column.
    static func milestones(_ data: ReportData) -> String {
        guard !data.assumptions.report.milestones.isEmpty else { return "" }
        var text = "## Milestones by scenario\n\nThe first quarter each milestone is reached; — means not by \(data.horizon).\n\n"
        let width = ReportLimits.numericColumns
        for start in stride(from: 0, to: data.runs.count, by: width) {
            let runs = Array(data.runs[start..<min(data.runs.count, start + width)])
            let rows = data.assumptions.report.milestones.map { spec in
                [spec.label] + runs.map { run in
                    run.milestones.first { $0.name == spec.name }?.quarter.map { QuarterlyReport.milestoneLabel($0, data) } ?? "—"
                }
            }
            text += Markdown.table(["milestone"] + runs.map(\.scenario.name), rows) + "\n"
        }
        return text
    }

    static func uncertainty(_ data: ReportData, tornados: [String]) -> String {
        guard let mc = data.monteCarlo else { return "" }
        var text = "## Uncertainty\n\nP10, P50 and P90 of \(mc.runs) Monte Carlo runs of the base scenario in \(data.sensitivityQuarter).\n\n"
        if mc.percentiles == [10, 50, 90] {
            let headline = data.assumptions.report.headline.filter { data.base.result.columnIndex($0) != nil }
            text += QuarterlyReport.bandTable(data, headline, at: data.sensitivityQuarter, mc) + "\n"
        }
        let rows = mc.milestones.map { m in
            [m.label] + m.quarters.map { $0.map { QuarterlyReport.milestoneLabel($0, data) } ?? "—" } + [ValueFormatter.wholePercent(m.shareReached)]
        }
        if !rows.isEmpty, mc.percentiles.count == 3 {
            text += "When the milestones come across the runs (— means not by \(data.horizon)):\n\n"
            text += Markdown.table(["milestone", "P10", "P50", "P90", "runs reaching it"], rows, rightAligned: [4]) + "\n"
        }
        return text + tornados.joined(separator: "\n")
    }

    static func assumptions(_ data: ReportData) -> String {
        var text = "## Assumptions\n\nEvery parameter of the base scenario. Ranges feed the Monte Carlo runs.\n\n"
        let parameters = data.base.scenario.parameters
        func row(_ p: ResolvedParameter) -> [String] {
            [p.name, ValueFormatter.exact(p.value, unit: p.unit),
             p.distribution == .fixed || p.low == p.high ? "fixed"
                : p.low.map { "\(ValueFormatter.exact($0, unit: p.unit)) – \(ValueFormatter.exact(p.high!, unit: p.unit))" } ?? "fixed",
             UnitText.spelled(p.unit), p.source ?? ""]
        }
        text += Markdown.table(["parameter", "value", "range", "unit", "source"], parameters.filter { !$0.isJudgement }.map(row))
        text += "\n### Judgement calls\n\nNo source gives these numbers; their ranges are wide on purpose. "
            + "The rank is the parameter's best place among the tornado charts' swings (1 = moves some headline indicator most).\n\n"
        var ranks: [String: Int] = [:]
        for result in data.sensitivities {
            for (k, swing) in result.swings.enumerated() where swing.swing > 0 { ranks[swing.parameter] = min(ranks[swing.parameter] ?? .max, k + 1) }
        }
        text += Markdown.table(["parameter", "value", "range", "unit", "reason", "sensitivity rank"],
                               parameters.filter(\.isJudgement).map { row($0) + [ranks[$0.name].map(String.init) ?? "—"] })
        text += "\n### What each scenario changes\n\n"
        let base = Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for run in data.runs where run.scenario.name != "base" {
            let scenario = run.scenario
            var changes = scenario.parameters.filter { base[$0.name]?.value != $0.value }.map {
                "`\($0.name)` \(ValueFormatter.exact(base[$0.name]!.value, unit: $0.unit)) → \(ValueFormatter.exact($0.value, unit: $0.unit))"
            }
            changes += scenario.tables.filter { table in data.base.scenario.tables.first { $0.name == table.name } != table }.map { "table `\($0.name)` replaced" }
            changes += scenario.events.map { event in
                "`\(event.parameter)` → \(ValueFormatter.exact(event.value, unit: base[event.parameter]?.unit)) from \(event.at)"
            }
            text += "- **\(scenario.name)** (extends \(scenario.chain.dropLast().last ?? "base")): " + (changes.isEmpty ? "no changes" : changes.joined(separator: "; ")) + "\n"
        }
        return text
    }
}
