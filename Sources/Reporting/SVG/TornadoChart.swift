import Foundation

/// Horizontal bars showing one-at-a-time sensitivity: how far an indicator moves when each
/// parameter goes from its low to its high setting, the others held at base.
///
/// Each bar runs from the base value to the value at the low setting (light) and to the value
/// at the high setting (dark), around a vertical base line. Bars are drawn in the order given,
/// so pass them largest swing first. Parameters whose range is a judgement rather than a
/// measurement are hatched and suffixed "(judgement)".
public struct TornadoChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        /// The indicator when the parameter is at its low setting.
        public var low: Double
        /// The indicator when the parameter is at its high setting.
        public var high: Double
        public var isJudgement: Bool

        public init(label: String, low: Double, high: Double, isJudgement: Bool = false) {
            self.label = label
            self.low = low
            self.high = high
            self.isJudgement = isJudgement
        }
    }

    public var title: String
    public var subtitle: String?
    /// The value axis title with its unit, e.g. "Frontier training cost in 2030 (2023 US$)".
    public var indicatorLabel: String
    public var baseValue: Double
    public var bars: [Bar]
    public var scale: AxisScale
    /// Tick and value labels; `nil` picks `scientific` for large log axes, else `number`.
    public var format: TickFormat?
    /// Bar-end and base labels; `nil` uses `format`.
    public var valueFormat: TickFormat?
    public var lowSettingLegend: String
    public var highSettingLegend: String
    public var judgementLegend: String
    public var width: Double
    /// `nil` fits the height to the number of bars.
    public var height: Double?

    public init(title: String, subtitle: String? = nil, indicatorLabel: String, baseValue: Double, bars: [Bar],
                scale: AxisScale = .linear, format: TickFormat? = nil, valueFormat: TickFormat? = nil,
                lowSettingLegend: String = "Parameter at its low setting",
                highSettingLegend: String = "Parameter at its high setting",
                judgementLegend: String = "Range set by judgement", width: Double = 720, height: Double? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.indicatorLabel = indicatorLabel
        self.baseValue = baseValue
        self.bars = bars
        self.scale = scale
        self.format = format
        self.valueFormat = valueFormat
        self.lowSettingLegend = lowSettingLegend
        self.highSettingLegend = highSettingLegend
        self.judgementLegend = judgementLegend
        self.width = width
        self.height = height
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        SVGWriter.document(TornadoRenderer(chart: self).render())
    }
}

/// Lays out and draws one `TornadoChart`.
private struct TornadoRenderer {
    let chart: TornadoChart
    private let sideMargin = 16.0
    private let judgementSuffix = " (judgement)"

    func render() -> SVGElement {
        let header = ChartFrame.header(title: chart.title, subtitle: chart.subtitle, left: sideMargin,
                                       top: 4, maxWidth: chart.width - 2 * sideMargin)
        let rowsTop = header.bottom + 30
        let labelColumn = min(max(chart.bars.map(labelWidth).max() ?? 0, 60), chart.width * 0.42)
        let plotLeft = sideMargin + labelColumn + 14
        let plotRight = chart.width - 24
        let hatchID = SVGWriter.stableIdentifier("hatch", from: chart.title + "|" + chart.bars.map(\.label).joined(separator: "|"))

        var legendEntries = [
            LegendEntry(symbol: .bar(Palette.lowSetting, hatchPatternID: nil), label: chart.lowSettingLegend),
            LegendEntry(symbol: .bar(Palette.highSetting, hatchPatternID: nil), label: chart.highSettingLegend),
        ]
        if chart.bars.contains(where: \.isJudgement) {
            legendEntries.append(LegendEntry(symbol: .bar(Palette.neutralBar, hatchPatternID: hatchID), label: chart.judgementLegend))
        }
        let legendWidth = chart.width - 2 * sideMargin
        let legendHeight = Legend.height(legendEntries, maxWidth: legendWidth)
        let belowAxis = chart.indicatorLabel.isEmpty ? 28.0 : 46.0

        let rowCount = max(chart.bars.count, 1)
        var rowHeight = 30.0
        if let height = chart.height {
            let available = height - rowsTop - belowAxis - legendHeight - 10
            rowHeight = min(max(available / Double(rowCount), 14), 48)
        }
        let rowsBottom = rowsTop + rowHeight * Double(rowCount)
        let totalHeight = chart.height ?? (rowsBottom + belowAxis + legendHeight + 10).rounded(.up)
        let plot = PlotArea(left: plotLeft, top: rowsTop, right: plotRight, bottom: rowsBottom)
        let axis = valueAxis(plotWidth: plotRight - plotLeft)
        let format = chart.format ?? TickFormat.automatic(scale: chart.scale, domain: axis.domain)
        let x = { (value: Double) -> Double? in axis.fraction(of: value).map { plotLeft + $0 * (plotRight - plotLeft) } }

        var content = header.elements
        if chart.bars.contains(where: \.isJudgement) {
            content.append(SVGElement("defs", children: [hatchPattern(id: hatchID)]))
        }
        content.append(gridAndTicks(axis, plot: plot, x: x))
        var barsGroup = SVGElement("g", ["class": "bars"])
        var labels = SVGElement("g", ["class": "labels", "font-size": ChartStyle.tickSize, "text-anchor": "end"])
        var values = SVGElement("g", ["class": "values", "font-size": ChartStyle.annotationSize,
                                      "fill": Palette.secondaryInk.hex])
        for (index, bar) in chart.bars.enumerated() {
            let middle = rowsTop + rowHeight * (Double(index) + 0.5)
            labels.append(label(for: bar, right: plotLeft - 12, baseline: middle + 4, maxWidth: labelColumn))
            barsGroup.append(contentsOf: barShapes(bar, middle: middle, thickness: min(rowHeight * 0.62, 20),
                                                   hatchID: hatchID, x: x))
            values.append(contentsOf: valueLabels(bar, middle: middle, format: chart.valueFormat ?? format, x: x))
        }
        content += [barsGroup, labels, values]
        content.append(contentsOf: baseLine(plot: plot, format: chart.valueFormat ?? format, x: x))
        if chart.bars.isEmpty {
            content.append(ChartFrame.text("No parameters", x: (plot.left + plot.right) / 2, y: (plot.top + plot.bottom) / 2 + 4,
                                           size: ChartStyle.axisTitleSize, anchor: "middle", color: Palette.secondaryInk))
        }
        if !chart.indicatorLabel.isEmpty {
            content.append(ChartFrame.text(chart.indicatorLabel, x: (plot.left + plot.right) / 2, y: rowsBottom + 38,
                                           size: ChartStyle.axisTitleSize, anchor: "middle", color: Palette.secondaryInk))
        }
        content.append(Legend.render(legendEntries, left: sideMargin, top: rowsBottom + belowAxis, maxWidth: legendWidth))
        return ChartFrame.root(width: chart.width, height: totalHeight, title: chart.title,
                               description: chart.subtitle, content: content)
    }

    // MARK: - Value axis

    /// The axis over the base and every bar end, widened so the value labels beside the bar
    /// ends stay inside the plot.
    private func valueAxis(plotWidth: Double) -> Axis {
        let values = [chart.baseValue] + chart.bars.flatMap { [$0.low, $0.high] }
        let maxTicks = max(3, min(8, Int(plotWidth / 64)))
        guard let extent = Axis.extent(of: values, scale: chart.scale) else {
            return chart.scale == .log ? .log(covering: 1...10, maxTicks: maxTicks, format: chart.format)
                : .linear(covering: 0...1, maxTicks: maxTicks, format: chart.format)
        }
        let padded = Axis.padded(extent, scale: chart.scale)
        let roughFormat = chart.format ?? TickFormat.automatic(scale: chart.scale, domain: padded)
        let labelWidth = values.filter(\.isFinite).map { TextMetrics.width(roughFormat($0), fontSize: ChartStyle.annotationSize) }.max() ?? 0
        let share = min((labelWidth + 8) / plotWidth, 0.3)
        switch chart.scale {
        case .linear:
            let span = padded.upperBound - padded.lowerBound
            let pad = span * share / (1 - 2 * share)
            // A positive quantity gets no axis below zero and no zero tick: the axis starts a
            // little below its smallest value, with nice ticks inside.
            let finite = values.filter(\.isFinite)
            if let smallest = finite.min(), smallest > 0 {
                return .linear(exactly: max(padded.lowerBound - pad, smallest * 0.2)...(padded.upperBound + pad), maxTicks: maxTicks,
                               format: chart.format)
            }
            return .linear(covering: (padded.lowerBound - pad)...(padded.upperBound + pad), maxTicks: maxTicks,
                           format: chart.format)
        case .log:
            let span = log10(padded.upperBound / padded.lowerBound)
            let factor = pow(10, span * share / (1 - 2 * share))
            return .log(covering: (padded.lowerBound / factor)...(padded.upperBound * factor), maxTicks: maxTicks,
                        format: chart.format)
        }
    }

    private func gridAndTicks(_ axis: Axis, plot: PlotArea, x: (Double) -> Double?) -> SVGElement {
        var group = SVGElement("g", ["class": "axes"])
        for value in axis.minorValues {
            guard let position = x(value) else { continue }
            group.append(ChartFrame.line(x1: position, y1: plot.top, x2: position, y2: plot.bottom, color: Palette.minorGrid))
        }
        for tick in axis.ticks {
            guard let position = x(tick.value) else { continue }
            group.append(ChartFrame.line(x1: position, y1: plot.top, x2: position, y2: plot.bottom, color: Palette.grid))
            group.append(ChartFrame.line(x1: position, y1: plot.bottom, x2: position, y2: plot.bottom + 5, color: Palette.reference))
            group.append(ChartFrame.text(tick.label, x: position, y: plot.bottom + 19, size: ChartStyle.tickSize,
                                         anchor: "middle", color: Palette.secondaryInk))
        }
        group.append(ChartFrame.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, color: Palette.reference))
        return group
    }

    // MARK: - Bars

    private func labelWidth(_ bar: TornadoChart.Bar) -> Double {
        TextMetrics.width(bar.label + (bar.isJudgement ? judgementSuffix : ""), fontSize: ChartStyle.tickSize)
    }

    private func label(for bar: TornadoChart.Bar, right: Double, baseline: Double, maxWidth: Double) -> SVGElement {
        let suffix = bar.isJudgement ? judgementSuffix : ""
        let suffixWidth = TextMetrics.width(suffix, fontSize: ChartStyle.tickSize)
        let shown = TextMetrics.truncate(bar.label, maxWidth: maxWidth - suffixWidth, fontSize: ChartStyle.tickSize)
        var content: [SVGNode] = [.text(shown)]
        if bar.isJudgement {
            content.append(.element(SVGElement("tspan", ["fill": Palette.secondaryInk.hex, "font-style": "italic"],
                                               text: suffix)))
        }
        var element = SVGElement("text", ["x": right, "y": baseline], content: content)
        element.setAttribute("fill", Palette.ink.hex)
        if shown != bar.label {
            element = SVGElement("g", children: [element])
            element.children.insert(.element(SVGElement("title", text: bar.label)), at: 0)
        }
        return element
    }

    /// The segment from base to the low-setting value and from base to the high-setting value;
    /// the longer one is drawn first so both stay visible when they lie on the same side.
    private func barShapes(_ bar: TornadoChart.Bar, middle: Double, thickness: Double, hatchID: String,
                           x: (Double) -> Double?) -> [SVGElement] {
        guard let base = x(chart.baseValue) else { return [] }
        var segments: [(end: Double, color: ChartColor)] = []
        if let low = x(bar.low) { segments.append((low, Palette.lowSetting)) }
        if let high = x(bar.high) { segments.append((high, Palette.highSetting)) }
        segments.sort { abs($0.end - base) > abs($1.end - base) }
        var elements: [SVGElement] = []
        for segment in segments where abs(segment.end - base) > 0.01 {
            let rect = (x: min(base, segment.end), width: abs(segment.end - base))
            let attributes: KeyValuePairs<String, any SVGAttributeValue> = [
                "x": rect.x, "y": middle - thickness / 2, "width": rect.width, "height": thickness,
            ]
            var shape = SVGElement("rect", attributes)
            shape.setAttribute("fill", segment.color.hex)
            elements.append(shape)
            if bar.isJudgement {
                var hatch = SVGElement("rect", attributes)
                hatch.setAttribute("fill", "url(#\(hatchID))")
                elements.append(hatch)
            }
        }
        return elements
    }

    /// The indicator's value beside each outer end of the bar.
    private func valueLabels(_ bar: TornadoChart.Bar, middle: Double, format: TickFormat,
                             x: (Double) -> Double?) -> [SVGElement] {
        let ends = [bar.low, bar.high].filter { x($0) != nil }
        var elements: [SVGElement] = []
        if let smallest = ends.min(), smallest < chart.baseValue, let position = x(smallest) {
            var text = SVGElement("text", ["x": position - 5, "y": middle + 4], text: format(smallest))
            text.setAttribute("text-anchor", "end")
            elements.append(text)
        }
        if let largest = ends.max(), largest > chart.baseValue, let position = x(largest) {
            elements.append(SVGElement("text", ["x": position + 5, "y": middle + 4], text: format(largest)))
        }
        return elements
    }

    private func baseLine(plot: PlotArea, format: TickFormat, x: (Double) -> Double?) -> [SVGElement] {
        guard let position = x(chart.baseValue) else { return [] }
        return [
            ChartFrame.line(x1: position, y1: plot.top - 6, x2: position, y2: plot.bottom, color: Palette.ink, width: 1.5),
            ChartFrame.text("Base " + format(chart.baseValue), x: position, y: plot.top - 11, size: ChartStyle.tickSize,
                            anchor: "middle", color: Palette.ink, weight: "600"),
        ]
    }

    /// Diagonal dark stripes over a bar, so judgement parameters stand out in greyscale too.
    private func hatchPattern(id: String) -> SVGElement {
        SVGElement("pattern", ["id": id, "width": 6, "height": 6, "patternUnits": "userSpaceOnUse",
                               "patternTransform": "rotate(45)"], children: [
            SVGElement("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": "#000000", "stroke-opacity": 0.4,
                                "stroke-width": 2]),
        ])
    }
}
