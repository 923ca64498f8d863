import Analysis
import Dynamics
import Scenarios

/// The report's charts as SVG files, each with the sentence that says what to see in it.
public struct ReportChart: Sendable {
    public var file: String
    public var title: String
    public var svg: String
    public var caption: String
    /// The series a tornado chart is about; nil for other charts.
    public var indicator: String? = nil
    /// Shown in the appendix rather than the report's body (`appendix: true` in report.json5).
    public var inAppendix = false
}

enum ReportCharts {
    /// A scenario's colour is its place among all scenarios of the assumptions, so it stays the
    /// same whatever subset a report shows.
    static func colorIndex(_ scenario: String, _ data: ReportData) -> Int {
        data.assumptions.scenarioNames.firstIndex(of: scenario) ?? 0
    }

    static func format(for unit: String?) -> TickFormat {
        guard let unit else { return .number }
        if unit.hasPrefix("$") { return .money }
        if unit == "FLOP" || unit.hasPrefix("FLOP/") { return .scientific }
        return .number
    }

    /// Ticks of `series`: percentages for a share, else by its unit.
    static func format(of series: String, _ data: ReportData) -> TickFormat {
        data.isShare(series) ? .percent : format(for: data.unit(series))
    }

    /// Bar-end and base labels of a chart, written as the tables write them.
    static func valueFormat(of series: String, _ data: ReportData) -> TickFormat {
        TickFormat { data.formatted($0, of: series) }
    }

    /// The axis title: the unit as people say it, dollars as 2023 US dollars.
    static func axisLabel(_ series: [String], _ data: ReportData) -> String {
        guard let first = series.first else { return "" }
        if data.isShare(first) { return "share (%)" }
        let unit = data.unit(first)
        let spelled = UnitText.spelled(unit)
        if let unit, unit.hasPrefix("$") { return spelled.replacingOccurrences(of: "$", with: "2023 US$") }
        return spelled
    }

    static func points(_ result: RunResult, _ series: String, from start: Double) -> [(x: Double, y: Double)] {
        guard let values = result.series(series) else { return [] }
        return zip(result.times, values).filter { $0.0 >= start - 1e-9 }.map { (x: $0.0, y: $0.1) }
    }

    static func lineCharts(_ data: ReportData) -> [ReportChart] {
        let start = data.quarter.time
        return data.assumptions.report.charts.compactMap { spec -> ReportChart? in
            let present = spec.series.filter { data.base.result.columnIndex($0) != nil }
            guard let first = present.first else { return nil }
            let unit = data.base.result.columns.first { $0.name == first }?.unit
            var lines: [LineChart.Series] = []
            var bands: [LineChart.Band] = []
            let bandsOf = { (series: String) -> ([(x: Double, y: Double)], [(x: Double, y: Double)])? in
                guard let mc = data.monteCarlo, let band = mc.series.first(where: { $0.name == series }),
                      let low = mc.percentiles.firstIndex(of: 10), let high = mc.percentiles.firstIndex(of: 90) else { return nil }
                let keep = mc.times.indices.filter { mc.times[$0] >= start - 1e-9 }
                return (keep.map { (x: mc.times[$0], y: band.values[low][$0]) }, keep.map { (x: mc.times[$0], y: band.values[high][$0]) })
            }
            var caption: String
            if present.count == 1 {
                for run in data.runs {
                    lines.append(.init(name: run.scenario.name, colorIndex: colorIndex(run.scenario.name, data),
                                       points: points(run.result, first, from: start), dashed: run.scenario.name != "base"))
                }
                if let (lower, upper) = bandsOf(first) {
                    bands.append(.init(name: "base P10–P90", colorIndex: colorIndex("base", data), lower: lower, upper: upper))
                }
                caption = spreadSentence(first, unit, data)
            } else {
                for (k, series) in present.enumerated() {
                    lines.append(.init(name: data.label(series), colorIndex: k, points: points(data.base.result, series, from: start)))
                    if let (lower, upper) = bandsOf(series) {
                        bands.append(.init(name: "\(data.label(series)) P10–P90", colorIndex: k, lower: lower, upper: upper))
                    }
                }
                // Several series: the caption is the one written in report.json5, not a generated ratio.
                caption = ""
            }
            if let note = spec.caption { caption = caption.isEmpty ? note : note + " " + caption }
            let values = lines.flatMap { $0.points.map(\.y) }
            let references = data.assumptions.report.milestones.filter { present.contains($0.series) }.map {
                LineChart.ReferenceLine(y: $0.threshold, label: data.isShare($0.series) ? ValueFormatter.trailingZerosDropped(ValueFormatter.percent($0.threshold))
                                            : ValueFormatter.short($0.threshold, unit: unit))
            }
            let chart = LineChart(title: spec.title, subtitle: present.count == 1 ? "Scenarios; shaded: base P10–P90" : "Base scenario; dotted edges: P10–P90",
                                  xLabel: "Year", yLabel: spec.yLabel ?? axisLabel(present, data),
                                  yScale: (spec.logScale ?? LineChart.prefersLogScale(values: values)) ? .log : .linear,
                                  yFormat: format(of: first, data), series: lines, bands: bands, referenceLines: references)
            return ReportChart(file: "\(spec.name).svg", title: spec.title, svg: chart.svg(), caption: caption, inAppendix: spec.inAppendix)
        }
    }

    /// Where the scenarios end up, and which is highest and lowest.
    static func spreadSentence(_ series: String, _ unit: String?, _ data: ReportData) -> String {
        let end = data.horizon
        let values = data.runs.compactMap { run in run.result.value(series, at: end.time).map { (run.scenario.name, $0) } }
        guard let low = values.min(by: { $0.1 < $1.1 }), let high = values.max(by: { $0.1 < $1.1 }),
              let base = data.base.result.value(series, at: end.time) else { return "" }
        return "By \(end) the base scenario reaches \(data.formatted(base, of: series)); the scenarios span "
            + "\(data.formatted(low.1, of: series)) (\(low.0)) to \(data.formatted(high.1, of: series)) (\(high.0))."
    }

    static func tornadoCharts(_ data: ReportData) -> [ReportChart] {
        data.sensitivities.map { result in
            let name = result.indicator
            let bars = result.swings.prefix(10).map {
                TornadoChart.Bar(label: $0.parameter, low: $0.valueAtLow, high: $0.valueAtHigh, isJudgement: $0.isJudgement)
            }
            // A multiplicative quantity whose bars span more than a factor of ten reads on a log axis.
            let values = bars.flatMap { [$0.low, $0.high] } + [result.baseValue]
            let positive = values.allSatisfy { $0 > 0 && $0.isFinite }
            let logScale = positive && (values.max()! / values.min()!) > 10
            let chart = TornadoChart(title: "What moves \(data.label(name)) in \(result.at)",
                                     subtitle: "Each assumption from its low to its high value, others at base",
                                     indicatorLabel: axisLabel([name], data), baseValue: result.baseValue,
                                     bars: Array(bars), scale: logScale ? .log : .linear, format: format(of: name, data),
                                     valueFormat: valueFormat(of: name, data))
            let top = result.swings.first.map { "`\($0.parameter)`\($0.isJudgement ? " (a judgement)" : "")" } ?? "nothing"
            let caption = "\(top) moves \(data.label(name)) in \(result.at) the most: from "
                + (result.swings.first.map { "\(data.formatted($0.valueAtLow, of: name)) to \(data.formatted($0.valueAtHigh, of: name))" } ?? "—")
                + " against \(data.formatted(result.baseValue, of: name)) in the base case."
            return ReportChart(file: "tornado-\(name).svg", title: chart.title, svg: chart.svg(), caption: caption, indicator: name)
        }
    }

    static func backtestCharts(_ data: ReportData) -> [ReportChart] {
        guard let backtest = data.backtest else { return [] }
        return backtest.scores.compactMap { score -> ReportChart? in
            guard let spec = data.assumptions.backtestScores.first(where: { $0.series == score.series && $0.column == score.column }),
                  let history = data.assumptions.history[spec.history]?.series(spec.column) else { return nil }
            let first = backtest.result.times.first ?? 0, last = backtest.result.times.last ?? 0
            let markers = history.filter { $0.time >= first && $0.time <= last }.map {
                LineChart.Marker(x: $0.time, y: $0.value, label: "\(spec.column): \(data.formatted($0.value, of: score.series))")
            }
            let line = LineChart.Series(name: "model", colorIndex: 0, points: points(backtest.result, score.series, from: first))
            let values = line.points.map(\.y) + markers.map(\.y)
            let chart = LineChart(title: "Backtest: \(data.label(score.series))", subtitle: "Model from \(Quarter(containing: first)) against observations",
                                  xLabel: "Year", yLabel: axisLabel([score.series], data),
                                  yScale: LineChart.prefersLogScale(values: values) ? .log : .linear, yFormat: format(of: score.series, data),
                                  series: [line], markers: markers, markerLegend: "Observed")
            let caption = "The model path against \(score.count) observations; its typical miss is a factor of "
                + "\(ValueFormatter.significant(pow10(score.meanAbsoluteLog10Error))) and it sits at or above \(ValueFormatter.wholePercent(score.shareAtOrAbove)) of them."
            return ReportChart(file: "backtest-\(score.series).svg", title: chart.title, svg: chart.svg(), caption: caption)
        }
    }

    static func pow10(_ x: Double) -> Double { x.isFinite ? Foundation.pow(10, x) : .nan }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension RunResult {
    func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }
}

import Foundation
