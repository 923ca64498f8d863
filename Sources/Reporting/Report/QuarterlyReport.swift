import Foundation
import Analysis
import Dynamics
import Scenarios

/// The quarterly report: Markdown with relative links to its charts, which render on GitHub.
public struct QuarterlyReport: Sendable {
    public var markdown: String
    public var charts: [ReportChart]
    public var snapshot: String

    public init(_ data: ReportData) {
        let folder = data.quarter.fileLabel
        let lineCharts = ReportCharts.lineCharts(data)
        let tornados = ReportCharts.tornadoCharts(data)
        let backtestCharts = ReportCharts.backtestCharts(data)
        charts = lineCharts + tornados + backtestCharts
        snapshot = SnapshotFile.write(ReportSnapshot(data))
        func image(_ chart: ReportChart) -> String {
            "![\(chart.title)](\(folder)/\(chart.file))\n\n\(chart.caption)\n"
        }
        let sections = [
            Self.title(data), Self.headline(data), Self.keyIndicators(data, charts: lineCharts.map(image)),
            Self.scenarios(data), PaySection.render(data), Self.uncertainty(data, tornados: tornados.map(image)), Self.revisions(data),
            Self.backtest(data, charts: backtestCharts.map(image)), Self.assumptions(data),
        ].filter { !$0.isEmpty }
        markdown = sections.joined(separator: "\n")
    }

    static func title(_ data: ReportData) -> String {
        let scenarios = data.runs.map { "`\($0.scenario.name)`" }.joined(separator: ", ")
        let report = data.assumptions.report
        return "# \(report.title), \(data.quarter)\n\n" + (report.introduction.map { $0 + " " } ?? "")
            + "Forecast from \(data.quarter) to \(data.horizon); scenarios: \(scenarios). Money is in constant 2023 US dollars. "
            + "Assumptions digest `\(data.base.scenario.digest.prefix(19))…`.\n"
    }

    static func headline(_ data: ReportData) -> String {
        let renderer = HeadlineRenderer(data: data)
        var text = "## Headline\n\n"
        text += data.assumptions.report.headlineText.map { "- " + renderer.render($0) }.joined(separator: "\n") + "\n"
        if let mc = data.monteCarlo {
            text += "\nRanges are across the scenarios shown; P10–P90 are from \(mc.runs) Monte Carlo runs of the base scenario (seed \(mc.seed)).\n"
        }
        return text
    }

    /// Quarterly for the next eight quarters, then the fourth quarter of each year to the horizon.
    static func reportQuarters(_ data: ReportData) -> [Quarter] {
        var quarters: [Quarter] = []
        var q = data.quarter
        while quarters.count < 8, q <= data.horizon {
            quarters.append(q)
            q = q.next
        }
        let last = quarters.last ?? data.quarter
        var year = last.quarter == 4 ? last.year + 1 : last.year
        while Quarter(year: year, quarter: 4) <= data.horizon {
            quarters.append(Quarter(year: year, quarter: 4))
            year += 1
        }
        if let last = quarters.last, last < data.horizon, data.horizon.quarter != 4 { quarters.append(data.horizon) }
        return quarters
    }

    static func keyIndicators(_ data: ReportData, charts: [String]) -> String {
        var text = "## Key indicators\n\nBase scenario: the next eight quarters, then the fourth quarter of each year.\n\n"
        let headline = data.assumptions.report.headline.filter { data.base.result.columnIndex($0) != nil }
        let quarters = reportQuarters(data)
        // Several narrow tables read better than one wide one.
        for group in stride(from: 0, to: headline.count, by: 5).map({ Array(headline[$0..<min(headline.count, $0 + 5)]) }) {
            let header = ["quarter"] + group.map { name in
                let unit = data.base.result.columns.first { $0.name == name }?.unit ?? ""
                return "\(Markdown.readable(name)) [\(unit)]"
            }
            let rows = quarters.map { q in
                [q.label] + group.map { name in
                    let unit = data.base.result.columns.first { $0.name == name }?.unit
                    return data.base.result.value(name, at: q.time).map { ValueFormatter.format($0, unit: unit) } ?? "—"
                }
            }
            text += Markdown.table(header, rows, rightAligned: Set(1...group.count)) + "\n"
        }
        if !data.assumptions.report.loops.isEmpty {
            text += "The feedback loops that drive these numbers. Each arrow stands for a chain of equations (checked when the "
            + "assumptions load); boxes are stocks and variables that several loops share.\n\n"
            let stocks = Set(data.base.result.columns.filter { $0.kind == .stock }.map(\.name))
            text += MermaidDiagram.render(data.assumptions.report.loops, stocks: stocks) + "\n"
            let tags = MermaidDiagram.tags(data.assumptions.report.loops)
            for (loop, tag) in zip(data.assumptions.report.loops, tags) {
                text += "- **\(tag) \(loop.name)** (\(loop.isReinforcing ? "reinforcing" : "balancing"))" + (loop.doc.map { ": \($0)" } ?? "") + "\n"
            }
            text += "\n"
        }
        text += charts.joined(separator: "\n")
        return text
    }

    static func scenarios(_ data: ReportData) -> String {
        var text = "## Scenarios\n\n"
        for run in data.runs where run.scenario.name != "base" {
            text += "- **\(run.scenario.name)**: \(run.scenario.description ?? "")\n"
        }
        let indicators = (data.assumptions.report.scenarioTable.isEmpty ? Array(data.assumptions.report.headline.prefix(6))
                          : data.assumptions.report.scenarioTable).filter { data.base.result.columnIndex($0) != nil }
        var shown: Set<Quarter> = []
        for years in [2, 5, 10] {
            let wanted = Quarter(year: data.quarter.year + years, quarter: data.quarter.quarter)
            let q = min(wanted, data.horizon)
            guard shown.insert(q).inserted else { continue }
            // A span cut short by the end of the run says how long it really is.
            let span = (q.time - data.quarter.time)
            text += q == wanted ? "\n### In \(years) years (\(q))\n\n"
                : "\n### At the end of the run (\(q), \(ExpressionPrinter.formatNumber(span)) years ahead)\n\n"
            let header = ["scenario"] + indicators.map { name in
                "\(Markdown.readable(name)) [\(data.base.result.columns.first { $0.name == name }?.unit ?? "")]"
            }
            let rows = data.runs.map { run in
                [run.scenario.name] + indicators.map { name in
                    let unit = run.result.columns.first { $0.name == name }?.unit
                    return run.result.value(name, at: q.time).map { ValueFormatter.format($0, unit: unit) } ?? "—"
                }
            }
            text += Markdown.table(header, rows, rightAligned: Set(1...max(1, indicators.count)))
        }
        text += "\n### Milestones\n\nThe first quarter each milestone is reached; \"not by \(data.horizon)\" when it is not reached in the run.\n\n"
        let header = ["milestone"] + data.runs.map(\.scenario.name)
        let rows = data.assumptions.report.milestones.map { spec in
            [spec.label] + data.runs.map { run in
                run.milestones.first { $0.name == spec.name }?.quarter.map { milestoneLabel($0, data) } ?? "not by \(data.horizon)"
            }
        }
        text += Markdown.table(header, rows)
        return text
    }

    /// A milestone's quarter as the report's reader needs it: a quarter before the report's own
    /// is not news but history (some runs start past the threshold), so it reads "before 2026Q4".
    static func milestoneLabel(_ quarter: Quarter, _ data: ReportData) -> String {
        quarter < data.quarter ? "before \(data.quarter)" : quarter.label
    }

    /// Which drawn parameters were fitted, and how they are drawn.
    static func fittedNote(_ data: ReportData, _ mc: MonteCarloResult) -> String {
        guard let calibrated = data.assumptions.calibrated else { return "" }
        let fitted = data.base.scenario.parameters.filter { $0.fitted != nil }.map(\.name)
        guard !fitted.isEmpty else { return "" }
        let names = fitted.map { "`\($0)`" }.joined(separator: ", ")
        let count = fitted.count == 1 ? "1 parameter was" : "\(fitted.count) parameters were"
        if !mc.posteriorSampled.isEmpty {
            return "\(count) fitted by `forecast calibrate` to the history up to \(calibrated.until) (\(names)); "
                + "each run takes them together from one of the \(mc.posteriorDraws) posterior draws, keeping their correlations, "
                + "and the others from their ranges.\n\n"
        }
        return "\(count) fitted by `forecast calibrate` to the history up to \(calibrated.until) (\(names)); "
            + "they are drawn over their fitted 95% intervals, the others over their ranges.\n\n"
    }

    static func uncertainty(_ data: ReportData, tornados: [String]) -> String {
        var text = "## Uncertainty\n\n"
        guard let mc = data.monteCarlo else { return text + "Monte Carlo was not run for this report (`--runs 0`).\n" }
        text += "Every parameter with a range is drawn from its distribution in \(mc.runs) runs of the base scenario "
            + "(seed \(mc.seed)); the charts above shade P10–P90"
            + (mc.failedRuns > 0 ? "; \(mc.failedRuns) runs stopped on a non-finite value and are left out" : "") + ".\n\n"
        text += fittedNote(data, mc)
        let q = data.sensitivityQuarter
        let header = ["indicator", "P10", "P50", "P90"]
        let rows = mc.series.compactMap { band -> [String]? in
            guard data.assumptions.report.headline.contains(band.name),
                  let k = mc.times.firstIndex(where: { abs($0 - q.time) < 1e-6 }) else { return nil }
            return [Markdown.readable(band.name) + " (\(q))"] + mc.percentiles.indices.map { ValueFormatter.format(band.values[$0][k], unit: band.unit) }
        }
        if mc.percentiles == [10, 50, 90] { text += Markdown.table(header, rows, rightAligned: [1, 2, 3]) + "\n" }
        let milestoneRows = mc.milestones.map { m in
            [m.label] + m.quarters.map { $0.map { milestoneLabel($0, data) } ?? "later" } + ["\(Int((m.shareReached * 100).rounded()))%"]
        }
        text += Markdown.table(["milestone", "P10", "P50", "P90", "runs reaching it by \(data.horizon)"], milestoneRows, rightAligned: [4]) + "\n"
        text += "Tornado charts: each assumption moved from its low to its high value with the others at base, for \(q). "
            + "Hatched bars are judgement calls rather than published figures.\n\n"
        text += tornados.joined(separator: "\n")
        return text
    }

    static func revisions(_ data: ReportData) -> String {
        var text = "## Revisions\n\n"
        guard let previous = data.previous else {
            return text + "This is the first report: there is no snapshot of an earlier quarter to compare with.\n"
        }
        let q = data.sensitivityQuarter
        text += "Against the \(previous.quarter) report, for \(q) in the base scenario:\n\n"
        let rows = data.assumptions.report.headline.compactMap { name -> [String]? in
            let unit = data.base.result.columns.first { $0.name == name }?.unit
            guard let now = data.base.result.value(name, at: q.time) else { return nil }
            let then = previous.indicators[name]?[q.label]
            return [Markdown.readable(name), then.map { ValueFormatter.format($0, unit: unit) } ?? "—",
                    ValueFormatter.format(now, unit: unit), then.map { ValueFormatter.format(now - $0, unit: unit) } ?? "—"]
        }
        text += Markdown.table(["indicator", "then", "now", "change"], rows, rightAligned: [1, 2, 3]) + "\n"
        if data.revisions.isEmpty {
            text += "No assumption changed since \(previous.quarter); the differences come from the model's equations.\n"
            return text
        }
        text += "Assumptions that changed, and the indicators each moves most (relative to their size): how much undoing the change alone would remove.\n\n"
        let revisionRows = data.revisions.map { revision -> [String] in
            // The indicators this change moves most relative to their size, not the first listed.
            let effects = revision.largestEffects(3).compactMap { name -> String? in
                guard let effect = revision.effects[name], let relative = revision.relativeEffects[name] else { return nil }
                let unit = data.base.result.columns.first { $0.name == name }?.unit
                let percent = abs(relative) >= 0.001 ? " (\(relative > 0 ? "+" : "")\(ValueFormatter.significant(relative * 100))%)" : ""
                return "\(Markdown.readable(name)) \(effect > 0 ? "+" : "")\(ValueFormatter.format(effect, unit: unit))\(percent)"
            }
            return [revision.parameter, revision.before.map { ValueFormatter.plain($0) } ?? "(new)",
                    revision.after.map { ValueFormatter.plain($0) } ?? "(removed)", effects.isEmpty ? "—" : effects.joined(separator: "; ")]
        }
        text += Markdown.table(["assumption", "then", "now", "largest effects"], revisionRows)
        return text
    }

    static func backtest(_ data: ReportData, charts: [String]) -> String {
        var text = "## Backtest\n\n"
        guard let backtest = data.backtest, let first = backtest.result.times.first, let last = backtest.result.times.last else {
            return text + "The assumptions have no backtest.\n"
        }
        text += "The same model started in \(Quarter(containing: first)) with that year's values and run to \(Quarter(containing: last)), "
            + "scored against observed history (mean absolute log10 error: 0.1 is a typical miss of a factor of 1.26). "
            + "The observations are running maxima of published runs: the truth is at or above them, so the share of observations the model sits at or above says whether a miss is on the safe side.\n\n"
        let rows = backtest.scores.map { score in
            [Markdown.readable(score.series), "\(score.count)", ValueFormatter.significant(score.meanAbsoluteLog10Error),
             (score.meanLog10Bias >= 0 ? "+" : "") + ValueFormatter.significant(score.meanLog10Bias),
             "\(Int((score.shareAtOrAbove * 100).rounded()))%"]
        }
        text += Markdown.table(["series", "observations", "error (mean abs log10)", "bias (log10)", "at or above observed"], rows,
                               rightAligned: [1, 2, 3, 4]) + "\n"
        text += calibrationFit(data) + outOfSample(data)
        text += charts.joined(separator: "\n")
        return text
    }

    /// The calibration's fit to each target, in sample, as calibrated.json5 records it.
    static func calibrationFit(_ data: ReportData) -> String {
        guard let calibrated = data.assumptions.calibrated, let fits = calibrated.fit.array, !fits.isEmpty else { return "" }
        var text = "### Fit to the history\n\n"
        text += "`forecast calibrate` fitted \(calibrated.values.count) parameter\(calibrated.values.count == 1 ? "" : "s") of the `\(calibrated.scenario)` scenario to the history "
            + "up to \(calibrated.until) (\(calibrated.method)); its fit to each target, in sample. "
            + "Theil's bias share is the part of the squared error that is a constant offset.\n\n"
        let targets = data.assumptions.calibration?.targets ?? []
        let names = targets.count == fits.count ? BacktestOutput.targetNames(targets) : fits.map { $0["series"]?.string ?? "" }
        var rows: [[String]] = []
        for (fit, name) in zip(fits, names) {
            let observation = fit["observation"]?.string ?? ""
            let count = fit["observations"]?.number ?? 0
            let error = fit["mean_abs_log10_error"]?.number
            let bias = fit["theil_bias"]?.number
            rows.append([Markdown.readable(name), observation, "\(Int(count))", error.map(ValueFormatter.significant) ?? "–",
                         bias.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"])
        }
        return text + Markdown.table(["target", "observation", "observations", "error (mean abs log10)", "Theil bias share"], rows,
                                     rightAligned: [2, 3, 4]) + "\n"
    }

    /// The forecast scored on data it was not fitted to: refitted at each origin.
    static func outOfSample(_ data: ReportData) -> String {
        var text = ""
        for run in data.outOfSample {
            text += "### Out of sample, from \(run.origin)\n\n"
            text += "Refitted with the data up to \(run.origin) only, the model's forecast after it"
            if let error = run.meanError {
                text += " misses the later observations by a mean absolute log10 error of \(ValueFormatter.significant(error))"
                    + " (a factor of \(ValueFormatter.significant(pow(10, error))))"
            }
            if let coverage = run.meanCoverage {
                text += "; \(Int((coverage * 100).rounded()))% of them fell inside the P10–P90 band of \(run.runs) runs around the refit"
                    + " (a band that is right holds about 80%; for a floor, at or below P90 counts)"
            }
            text += ".\n\n"
            let rows = zip(run.scores, BacktestOutput.targetNames(run.scores.map(\.target))).map { score, name in
                [Markdown.readable(name), "\(score.fitted)", "\(score.scored)",
                 score.inSampleError.map(ValueFormatter.significant) ?? "–", score.outOfSampleError.map(ValueFormatter.significant) ?? "–",
                 score.coverage.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"]
            }
            text += Markdown.table(["target", "fitted", "scored", "error in sample", "error out of sample", "in band"], rows,
                                   rightAligned: [1, 2, 3, 4, 5]) + "\n"
        }
        return text
    }

    static func assumptions(_ data: ReportData) -> String {
        var text = "## Assumptions\n\nEvery parameter of the base scenario. Ranges feed the Monte Carlo runs.\n\n"
        let parameters = data.base.scenario.parameters
        func row(_ p: ResolvedParameter) -> [String] {
            [p.name, ValueFormatter.format(p.value, unit: p.unit),
             p.distribution == .fixed || p.low == p.high ? "fixed"
                : p.low.map { "\(ValueFormatter.format($0, unit: p.unit)) – \(ValueFormatter.format(p.high!, unit: p.unit))" } ?? "fixed",
             p.unit ?? "", p.source ?? ""]
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
                "`\($0.name)` \(ValueFormatter.format(base[$0.name]!.value, unit: $0.unit)) → \(ValueFormatter.format($0.value, unit: $0.unit))"
            }
            changes += scenario.tables.filter { table in data.base.scenario.tables.first { $0.name == table.name } != table }.map { "table `\($0.name)` replaced" }
            changes += scenario.events.map { "`\($0.parameter)` → \(ValueFormatter.plain($0.value)) from \($0.at)" }
            text += "- **\(scenario.name)** (extends \(scenario.chain.dropLast().last ?? "base")): " + (changes.isEmpty ? "no changes" : changes.joined(separator: "; ")) + "\n"
        }
        return text
    }
}
