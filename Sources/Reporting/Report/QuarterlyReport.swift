import Foundation
import Analysis
import Dynamics
import Scenarios

/// The quarterly report: Markdown with relative links to its charts, which render on GitHub.
public struct QuarterlyReport: Sendable {
    public var markdown: String
    public var charts: [ReportChart]
    public var snapshot: String

    /// The appendix beside the charts (`<quarter>/appendix.md`): what the body leaves out.
    public var appendix: String

    public static let appendixFile = "appendix.md"

    public init(_ data: ReportData) {
        let folder = data.quarter.fileLabel
        let lineCharts = ReportCharts.lineCharts(data)
        let tornados = ReportCharts.tornadoCharts(data)
        let backtestCharts = ReportCharts.backtestCharts(data)
        charts = lineCharts + tornados + backtestCharts
        snapshot = SnapshotFile.write(ReportSnapshot(data))
        // The body links charts inside the quarter's folder; the appendix sits in that folder.
        func image(_ chart: ReportChart) -> String {
            "![\(chart.title)](\(folder)/\(chart.file))\n\n\(chart.caption)\n"
        }
        let bodyCharts = lineCharts.filter { !$0.inAppendix }
        let key = Set(data.keyIndicators)
        let bodyTornados = tornados.filter { $0.indicator.map(key.contains) ?? false }
        let sections = [
            Self.title(data), Self.headline(data), Self.keyIndicators(data), Self.scenarios(data), PaySection.render(data),
            Self.uncertainty(data, charts: (bodyCharts + bodyTornados).map(image)), Self.revisions(data), Self.backtest(data),
        ].filter { !$0.isEmpty }
        markdown = sections.joined(separator: "\n")
        appendix = ReportAppendix.render(data, lineCharts: lineCharts.filter(\.inAppendix),
                                         tornados: tornados, backtestCharts: backtestCharts)
    }

    static func title(_ data: ReportData) -> String {
        let scenarios = data.runs.map { "`\($0.scenario.name)`" }.joined(separator: ", ")
        let report = data.assumptions.report
        return "# \(report.title), \(data.quarter)\n\n" + (report.introduction.map { $0 + " " } ?? "")
            + "Forecast from \(data.quarter) to \(data.horizon); scenarios: \(scenarios). Money is in constant 2023 US dollars. "
            + "Assumptions digest `\(data.base.scenario.digest.prefix(19))…`.\n\n"
            + "The [appendix](\(data.quarter.fileLabel)/\(appendixFile)) holds every indicator by quarter, the feedback loops, "
            + "every sensitivity and backtest chart, and every assumption with its source.\n"
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

    /// The report's quarter, then the fourth quarter of each year to the horizon (and the
    /// horizon itself when the run ends in another quarter).
    static func yearlyQuarters(_ data: ReportData) -> [Quarter] {
        [data.quarter] + fourthQuarters(after: data.quarter, to: data.horizon)
    }

    /// The fourth quarter of each year after `start` up to `horizon`, then `horizon` itself
    /// when the run ends in another quarter.
    static func fourthQuarters(after start: Quarter, to horizon: Quarter) -> [Quarter] {
        var quarters: [Quarter] = []
        var year = start.quarter == 4 ? start.year + 1 : start.year
        while Quarter(year: year, quarter: 4) <= horizon {
            quarters.append(Quarter(year: year, quarter: 4))
            year += 1
        }
        if (quarters.last ?? start) < horizon { quarters.append(horizon) }
        return quarters
    }

    /// A table of `names` (columns) at `quarters` (rows) of one run.
    static func indicatorTable(_ data: ReportData, _ names: [String], _ quarters: [Quarter], _ result: RunResult) -> String {
        let header = ["quarter"] + names.map(data.header)
        let rows = quarters.map { q in
            [q.label] + names.map { name in result.value(name, at: q.time).map { data.formatted($0, of: name) } ?? "—" }
        }
        return Markdown.table(header, rows, rightAligned: Set(1...max(1, names.count)))
    }

    static func keyIndicators(_ data: ReportData) -> String {
        let names = data.keyIndicators
        guard !names.isEmpty else { return "" }
        return "## Key indicators\n\nBase scenario, at the fourth quarter of each year; the appendix has every headline series by quarter.\n\n"
            + indicatorTable(data, names, yearlyQuarters(data), data.base.result)
    }

    /// The indicators compared across scenarios: `scenario_table`, else the key indicators.
    static func scenarioIndicators(_ data: ReportData) -> [String] {
        let spec = data.assumptions.report.scenarioTable.filter { data.base.result.columnIndex($0) != nil }
        return spec.isEmpty ? data.keyIndicators : spec
    }

    static func scenarios(_ data: ReportData) -> String {
        var text = "## Scenarios\n\nThe appendix says what each scenario stands for and which assumptions it changes.\n"
        let indicators = scenarioIndicators(data)
        var shown: Set<Quarter> = []
        for years in [2, 5, 10] {
            let wanted = Quarter(year: data.quarter.year + years, quarter: data.quarter.quarter)
            let q = min(wanted, data.horizon)
            guard shown.insert(q).inserted else { continue }
            // A span cut short by the end of the run says how long it really is.
            let span = (q.time - data.quarter.time)
            text += q == wanted ? "\n### In \(years) years (\(q))\n\n"
                : "\n### At the end of the run (\(q), \(ExpressionPrinter.formatNumber(span)) years ahead)\n\n"
            let header = ["scenario"] + indicators.map(data.header)
            let rows = data.runs.map { run in
                [run.scenario.name] + indicators.map { name in run.result.value(name, at: q.time).map { data.formatted($0, of: name) } ?? "—" }
            }
            text += Markdown.table(header, rows, rightAligned: Set(1...max(1, indicators.count)))
        }
        return text + milestones(data)
    }

    /// When each milestone comes: in the base case, the earliest and latest scenario, and the
    /// Monte Carlo P10–P90. "—" once means "not reached by the end of the run".
    static func milestones(_ data: ReportData) -> String {
        let text = "\n### Milestones\n\nThe first quarter each milestone is reached; — means not by \(data.horizon). "
            + "The appendix gives every scenario's quarter.\n\n"
        let header = ["milestone", "base", "across scenarios"] + (data.monteCarlo == nil ? [] : ["P10–P90", "runs reaching it"])
        let rows = data.assumptions.report.milestones.map { spec -> [String] in
            let reached = data.runs.map { run in (run.scenario.name, run.milestones.first { $0.name == spec.name }?.quarter) }
            var row = [spec.label, reached.first?.1.map { milestoneLabel($0, data) } ?? "—", acrossScenarios(reached, data)]
            if let mc = data.monteCarlo {
                guard let band = mc.milestones.first(where: { $0.name == spec.name }), band.quarters.count >= 3 else { return row + ["—", "—"] }
                let low = band.quarters[0].map { milestoneLabel($0, data) } ?? "—"
                let high = band.quarters[2].map { milestoneLabel($0, data) } ?? "—"
                row += [low == high ? low : "\(low) to \(high)", ValueFormatter.wholePercent(band.shareReached)]
            }
            return row
        }
        return text + Markdown.table(header, rows, rightAligned: data.monteCarlo == nil ? [] : [4])
    }

    /// The earliest and latest scenario to reach a milestone, or the one quarter they share.
    static func acrossScenarios(_ reached: [(String, Quarter?)], _ data: ReportData) -> String {
        let dated = reached.compactMap { name, q in q.map { (name, $0) } }
        guard let earliest = dated.min(by: { $0.1 < $1.1 }), let latest = dated.max(by: { $0.1 < $1.1 }) else { return "—" }
        let missing = reached.count - dated.count
        let first = milestoneLabel(earliest.1, data), last = milestoneLabel(latest.1, data)
        if missing == 0 { return first == last ? "\(first) in all" : "\(first) (\(earliest.0)) to \(last) (\(latest.0))" }
        return "\(first) (\(earliest.0)); — in \(missing) of \(reached.count)"
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

    static func uncertainty(_ data: ReportData, charts: [String]) -> String {
        var text = "## Uncertainty\n\n"
        guard let mc = data.monteCarlo else { return text + "Monte Carlo was not run for this report (`--runs 0`).\n\n" + charts.joined(separator: "\n") }
        text += "Every parameter with a range is drawn from its distribution in \(mc.runs) runs of the base scenario "
            + "(seed \(mc.seed)); the charts shade P10–P90"
            + (mc.failedRuns > 0 ? "; \(mc.failedRuns) runs stopped on a non-finite value and are left out" : "") + ".\n\n"
        text += fittedNote(data, mc)
        let q = data.sensitivityQuarter
        if mc.percentiles == [10, 50, 90] {
            text += "The key indicators in \(q):\n\n" + bandTable(data, data.keyIndicators, at: q, mc) + "\n"
        }
        text += "Tornado charts: each assumption moved from its low to its high value with the others at base, for \(q). "
            + "Hatched bars are judgement calls rather than published figures; the appendix has a tornado for every headline series.\n\n"
        text += charts.joined(separator: "\n")
        return text
    }

    /// P10, P50 and P90 of each of `names` at `q`, in the order given.
    static func bandTable(_ data: ReportData, _ names: [String], at q: Quarter, _ mc: MonteCarloResult) -> String {
        guard let k = mc.times.firstIndex(where: { abs($0 - q.time) < 1e-6 }) else { return "" }
        let rows = names.compactMap { name -> [String]? in
            guard let band = mc.series.first(where: { $0.name == name }) else { return nil }
            return [data.header(name)] + mc.percentiles.indices.map { data.formatted(band.values[$0][k], of: name) }
        }
        return Markdown.table(["indicator", "P10", "P50", "P90"], rows, rightAligned: [1, 2, 3])
    }

    static func revisions(_ data: ReportData) -> String {
        var text = "## Revisions\n\n"
        guard let previous = data.previous else {
            return text + "This is the first report: there is no snapshot of an earlier quarter to compare with.\n"
        }
        let q = data.sensitivityQuarter
        text += "Against the \(previous.quarter) report, for \(q) in the base scenario:\n\n"
        let rows = data.keyIndicators.compactMap { name -> [String]? in
            guard let now = data.base.result.value(name, at: q.time) else { return nil }
            let then = previous.indicators[name]?[q.label]
            return [data.header(name), then.map { data.formatted($0, of: name) } ?? "—", data.formatted(now, of: name),
                    then.map { change(now - $0, of: name, data) } ?? "—"]
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
                let percent = abs(relative) >= 0.001 ? " (\(relative > 0 ? "+" : "")\(ValueFormatter.significant(relative * 100))%)" : ""
                return "\(data.label(name)) \(change(effect, of: name, data))\(percent)"
            }
            let unit = data.base.scenario.parameters.first { $0.name == revision.parameter }?.unit
            return [revision.parameter, revision.before.map { ValueFormatter.exact($0, unit: unit) } ?? "(new)",
                    revision.after.map { ValueFormatter.exact($0, unit: unit) } ?? "(removed)", effects.isEmpty ? "—" : effects.joined(separator: "; ")]
        }
        text += Markdown.table(["assumption", "then", "now", "largest effects"], revisionRows)
        return text
    }

    /// A signed difference of an indicator; a share's in percentage points.
    static func change(_ difference: Double, of name: String, _ data: ReportData) -> String {
        let sign = difference > 0 ? "+" : ""
        if data.isShare(name) { return sign + ValueFormatter.significant(difference * 100) + " pp" }
        return sign + ValueFormatter.format(difference, unit: data.unit(name))
    }

    static func backtest(_ data: ReportData) -> String {
        let text = "## Backtest\n\nHow well the model reproduces the history (mean absolute log10 error: 0.1 is a typical miss "
            + "by a factor of 1.26).\n\n"
        let fit = calibrationFit(data, grouped: true)
        // With a calibration its fit and out-of-sample scores are the summary; the plain run from
        // the backtest's start and the tables by target go to the appendix with the charts.
        guard fit.isEmpty else {
            return text + fit + outOfSample(data, grouped: true) + "The appendix lists each target and charts each backtest path against its observations.\n"
        }
        return text + backtestRun(data)
    }

    /// The backtest scenario's run scored against observed history.
    static func backtestRun(_ data: ReportData) -> String {
        guard let backtest = data.backtest, let first = backtest.result.times.first, let last = backtest.result.times.last else {
            return "The assumptions have no backtest.\n"
        }
        var text = "The model started in \(Quarter(containing: first)) with that year's values and run to \(Quarter(containing: last)). "
            + "The observations are running maxima of published runs: the truth is at or above them, so the share of observations "
            + "the model sits at or above says whether a miss is on the safe side.\n\n"
        let rows = backtest.scores.map { score in
            [data.label(score.series), "\(score.count)", ValueFormatter.significant(score.meanAbsoluteLog10Error),
             (score.meanLog10Bias >= 0 ? "+" : "") + ValueFormatter.significant(score.meanLog10Bias),
             ValueFormatter.wholePercent(score.shareAtOrAbove)]
        }
        text += Markdown.table(["series", "observations", "error (mean abs log10)", "bias (log10)", "at or above observed"], rows,
                               rightAligned: [1, 2, 3, 4]) + "\n"
        return text
    }

    /// The calibration's fit to each target, in sample, as calibrated.json5 records it; grouped,
    /// the targets on elements of one series share a row (the body), else each has its own.
    static func calibrationFit(_ data: ReportData, grouped: Bool) -> String {
        guard let calibrated = data.assumptions.calibrated, let fits = calibrated.fit.array, !fits.isEmpty else { return "" }
        var text = "### Fit to the history\n\n"
        text += "`forecast calibrate` fitted \(calibrated.values.count) parameter\(calibrated.values.count == 1 ? "" : "s") of the `\(calibrated.scenario)` scenario to the history "
            + "up to \(calibrated.until) (\(calibrated.method)); its fit to each target, in sample"
            + (grouped ? " (alike targets of one series share a row; the appendix lists each)" : "")
            + ". Theil's bias share is the part of the squared error that is a constant offset.\n\n"
        let targets = data.assumptions.calibration?.targets ?? []
        let series = targets.count == fits.count ? targets.map(\.series) : fits.map { $0["series"]?.string ?? "" }
        let names = targets.count == fits.count ? BacktestOutput.targetNames(targets) : series
        let kinds = fits.map { $0["observation"]?.string ?? "" }
        let weights = targets.count == fits.count ? targets.map(\.weight) : fits.map { _ in 1.0 }
        let rows = TargetGroups(series: series, observations: kinds, names: names, grouped: grouped).rows.map { row in
            // The members of a row share one observation model.
            let counts = row.members.map { fits[$0]["observations"]?.number ?? 0 }
            let error = TargetGroups.weightedMean(zip(row.members, counts).map { (fits[$0]["mean_abs_log10_error"]?.number, $1 * weights[$0]) })
            let bias = row.members.count == 1 ? fits[row.members[0]]["theil_bias"]?.number : nil
            return [row.label, kinds[row.members[0]], "\(Int(counts.reduce(0, +)))", error.map(ValueFormatter.significant) ?? "–",
                    bias.map(ValueFormatter.wholePercent) ?? "–"]
        }
        return text + Markdown.table(["target", "observation", "observations", "error (mean abs log10)", "Theil bias share"], rows,
                                     rightAligned: [2, 3, 4]) + "\n"
    }

    /// The forecast scored on data it was not fitted to: refitted at each origin.
    static func outOfSample(_ data: ReportData, grouped: Bool) -> String {
        var text = ""
        for run in data.outOfSample {
            text += "### Out of sample, from \(run.origin)\n\n"
            text += "Refitted with the data up to \(run.origin) only, the model's forecast after it"
            if let error = run.meanError {
                text += " misses the later observations by a mean absolute log10 error of \(ValueFormatter.significant(error))"
                    + " (a factor of \(ValueFormatter.significant(pow(10, error))))"
            }
            if let coverage = run.meanCoverage {
                text += "; \(ValueFormatter.wholePercent(coverage)) of them fell inside the P10–P90 band of \(run.runs) runs around the refit"
                    + " (a band that is right holds about 80%; for a floor, at or below P90 counts)"
            }
            text += ".\n\n"
            let targets = run.scores.map(\.target)
            let groups = TargetGroups(series: targets.map(\.series), observations: targets.map(\.observation.rawValue),
                                      names: BacktestOutput.targetNames(targets), grouped: grouped)
            let rows = groups.rows.map { row in
                let scores = row.members.map { run.scores[$0] }
                let fitted = scores.reduce(0) { $0 + $1.fitted }, scored = scores.reduce(0) { $0 + $1.scored }
                let inSample = TargetGroups.weightedMean(scores.map { ($0.inSampleError, Double($0.fitted) * $0.target.weight) })
                let outOfSample = TargetGroups.weightedMean(scores.map { ($0.outOfSampleError, Double($0.scored) * $0.target.weight) })
                let coverage = TargetGroups.weightedMean(scores.map { ($0.coverage, Double($0.scored) * $0.target.weight) })
                return [row.label, "\(fitted)", "\(scored)", inSample.map(ValueFormatter.significant) ?? "–",
                        outOfSample.map(ValueFormatter.significant) ?? "–", coverage.map(ValueFormatter.wholePercent) ?? "–"]
            }
            text += Markdown.table(["target", "fitted", "scored", "error in sample", "error out of sample", "in band"], rows,
                                   rightAligned: [1, 2, 3, 4, 5]) + "\n"
        }
        return text
    }
}
