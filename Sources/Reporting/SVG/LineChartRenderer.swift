/// Lays out and draws one `LineChart`.
struct LineChartRenderer {
    let chart: LineChart
    private let sideMargin = 16.0
    private let bandOpacity = 0.18
    private let outlinedBandOpacity = 0.06

    func render() -> SVGElement {
        let points = dataPoints
        let xValues = points.map(\.x)
        let yValues = points.map(\.y) + chart.referenceLines.map(\.y)

        let header = ChartFrame.header(title: chart.title, subtitle: chart.subtitle, left: sideMargin,
                                       top: 4, maxWidth: chart.width - 2 * sideMargin)
        let yTitleBaseline = header.bottom + ChartStyle.axisTitleSize + 6
        let plotTop = chart.yLabel.isEmpty ? header.bottom + 12 : yTitleBaseline + 20

        // The y ticks depend only on a rough plot height, which breaks the cycle
        // tick labels → left margin → plot width → legend rows → plot height.
        let roughPlotHeight = chart.height - plotTop - 90
        let yAxis = makeYAxis(yValues, maxTicks: max(3, min(9, Int(roughPlotHeight / 38))))

        let left = sideMargin + max(yAxis.ticks.map { TextMetrics.width($0.label, fontSize: ChartStyle.tickSize) }.max() ?? 0, 20) + 10
        let (drawnSeries, onTop) = CoincidentLines.separate(chart.series.filter { series in series.points.contains { accepted($0, yAxis) } },
                                                            yAxis: yAxis)
        // The x domain hardly depends on the plot width (for years, not at all), so a first
        // guess at the width is enough to choose between end labels and a legend.
        let xDomain = makeXAxis(xValues, plotWidth: chart.width - left).domain
        let endLabelled = usesEndLabels(drawnSeries, xDomain: xDomain, yAxis: yAxis)
        let endLabelWidth = drawnSeries.map { TextMetrics.width($0.name, fontSize: ChartStyle.legendSize, bold: true) }.max() ?? 0
        let right = chart.width - (endLabelled ? endLabelWidth + 22 : 26)
        let plotWidth = max(right - left, 40)

        var legendEntries: [LegendEntry] = []
        if !endLabelled {
            legendEntries += drawnSeries.map { LegendEntry(symbol: .line($0.color, dashed: $0.dashed), label: $0.name) }
        }
        legendEntries += chart.bands.filter { !$0.name.isEmpty }.map {
            LegendEntry(symbol: .area($0.color, opacity: chart.bands.count > 1 ? 3 * outlinedBandOpacity : bandOpacity), label: $0.name)
        }
        if chart.markers.contains(where: { yAxis.accepts($0.y) && $0.x.isFinite }) {
            legendEntries.append(LegendEntry(symbol: .marker(Palette.observed), label: chart.markerLegend))
        }
        let legendWidth = chart.width - left - sideMargin
        let legendHeight = Legend.height(legendEntries, maxWidth: legendWidth)
        let belowAxis = chart.xLabel.isEmpty ? 26.0 : 44.0
        let bottom = max(plotTop + 40, chart.height - 8 - legendHeight - belowAxis - (legendHeight > 0 ? 6 : 0))
        let plot = PlotArea(left: left, top: plotTop, right: left + plotWidth, bottom: bottom)

        let xAxis = makeXAxis(xValues, plotWidth: plotWidth)
        let project = Projection(plot: plot, xAxis: xAxis, yAxis: yAxis)

        var content = header.elements
        if !chart.yLabel.isEmpty {
            content.append(ChartFrame.text(chart.yLabel, x: sideMargin, y: yTitleBaseline, size: ChartStyle.axisTitleSize,
                                           color: Palette.secondaryInk))
        }
        content.append(gridAndTicks(project))
        content.append(contentsOf: dataLayers(project, drawnSeries: drawnSeries, onTop: onTop))
        if endLabelled {
            content.append(endLabels(drawnSeries, project))
        }
        if !chart.xLabel.isEmpty {
            content.append(ChartFrame.text(chart.xLabel, x: (plot.left + plot.right) / 2, y: plot.bottom + 38,
                                           size: ChartStyle.axisTitleSize, anchor: "middle", color: Palette.secondaryInk))
        }
        if !legendEntries.isEmpty {
            content.append(Legend.render(legendEntries, left: left, top: plot.bottom + belowAxis + 2, maxWidth: legendWidth))
        }
        if points.isEmpty {
            content.append(ChartFrame.text("No data", x: (plot.left + plot.right) / 2, y: (plot.top + plot.bottom) / 2,
                                           size: ChartStyle.axisTitleSize, anchor: "middle", color: Palette.secondaryInk))
        }
        return ChartFrame.root(width: chart.width, height: chart.height, title: chart.title,
                               description: chart.subtitle, content: content)
    }

    // MARK: - Axes

    /// Every point that has a chance of being drawn (finite x and y), before the y scale is known.
    private var dataPoints: [ChartPoint] {
        let all = chart.series.flatMap(\.points) + chart.bands.flatMap { $0.lower + $0.upper }
            + chart.markers.map { ChartPoint(x: $0.x, y: $0.y) }
        return all.filter { $0.x.isFinite && $0.y.isFinite && (chart.yScale == .linear || $0.y > 0) }
    }

    private func makeYAxis(_ values: [Double], maxTicks: Int) -> Axis {
        switch chart.yScale {
        case .linear:
            if let fixed = chart.yDomain { return .linear(exactly: fixed, maxTicks: maxTicks, format: chart.yFormat) }
            let covering = Axis.linear(covering: Axis.extent(of: values, scale: .linear) ?? 0...1, maxTicks: maxTicks,
                                       format: chart.yFormat)
            // A quantity that is positive throughout gets no "0" or "$0" tick: as in the tornado
            // charts, its axis starts a little below its smallest value, with nice ticks inside.
            let finite = values.filter(\.isFinite)
            if let smallest = finite.min(), smallest > 0, covering.domain.lowerBound <= 0 {
                return .linear(exactly: (smallest * 0.2)...covering.domain.upperBound, maxTicks: maxTicks, format: chart.yFormat)
            }
            return covering
        case .log:
            if let fixed = chart.yDomain { return .log(exactly: fixed, maxTicks: maxTicks, format: chart.yFormat) }
            return .log(covering: Axis.extent(of: values, scale: .log) ?? 1...10, maxTicks: maxTicks,
                        format: chart.yFormat)
        }
    }

    private func makeXAxis(_ values: [Double], plotWidth: Double) -> Axis {
        let extent = Axis.extent(of: values, scale: .linear)
        switch chart.xAxis {
        case .years:
            return .years(covering: extent ?? 2025...2026, maxTicks: max(2, Int(plotWidth / 44)))
        case .linear(let format):
            return .linear(covering: extent ?? 0...1, maxTicks: max(2, min(10, Int(plotWidth / 70))), format: format)
        }
    }

    private func accepted(_ point: ChartPoint, _ yAxis: Axis) -> Bool {
        point.x.isFinite && yAxis.accepts(point.y)
    }

    private func gridAndTicks(_ project: Projection) -> SVGElement {
        let plot = project.plot
        var group = SVGElement("g", ["class": "axes"])
        for value in project.yAxis.minorValues {
            guard let y = project.y(value) else { continue }
            group.append(ChartFrame.line(x1: plot.left, y1: y, x2: plot.right, y2: y, color: Palette.minorGrid))
        }
        for tick in project.yAxis.ticks {
            guard let y = project.y(tick.value) else { continue }
            if abs(y - plot.bottom) > 0.5 {
                group.append(ChartFrame.line(x1: plot.left, y1: y, x2: plot.right, y2: y, color: Palette.grid))
            }
            group.append(ChartFrame.text(tick.label, x: plot.left - 8, y: y + 4, size: ChartStyle.tickSize,
                                         anchor: "end", color: Palette.secondaryInk))
        }
        group.append(ChartFrame.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, color: Palette.reference))
        for tick in project.xAxis.ticks {
            guard let x = project.x(tick.value) else { continue }
            group.append(ChartFrame.line(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 5, color: Palette.reference))
            group.append(ChartFrame.text(tick.label, x: x, y: plot.bottom + 19, size: ChartStyle.tickSize,
                                         anchor: "middle", color: Palette.secondaryInk))
        }
        return group
    }

    // MARK: - Data

    private func dataLayers(_ project: Projection, drawnSeries: [LineChart.Series], onTop: Set<Int>) -> [SVGElement] {
        let plot = project.plot
        // A little room around the plot so strokes on the edge of the domain are not cut in half.
        let clipRect = SVGElement("rect", ["x": plot.left - 3, "y": plot.top - 3, "width": plot.right - plot.left + 6,
                                           "height": plot.bottom - plot.top + 6])
        // Charts inlined in one page share an id only when their clip rectangles are the same.
        let clipID = SVGWriter.stableIdentifier("plot", from: SVGWriter.fragment(clipRect))
        let clip = SVGElement("clipPath", ["id": clipID], children: [clipRect])
        var data = SVGElement("g", ["class": "data", "clip-path": "url(#\(clipID))"])
        // One band is shaded; several would muddy each other where they overlap, so each is
        // drawn as its two edges over a faint fill.
        let outlined = chart.bands.count > 1
        for band in chart.bands {
            let lower = band.lower.compactMap(project.point)
            let upper = band.upper.compactMap(project.point)
            guard lower.count + upper.count >= 3 else { continue }
            var path = SVGPath()
            for (index, point) in (lower + upper.reversed()).enumerated() {
                if index == 0 { path.move(to: point.x, point.y) } else { path.line(to: point.x, point.y) }
            }
            path.close()
            data.append(SVGElement("path", ["d": path.data, "fill": band.color.hex, "fill-opacity": outlined ? outlinedBandOpacity : bandOpacity]))
            if outlined {
                for edge in [lower, upper] where edge.count >= 2 {
                    var line = SVGPath()
                    line.move(to: edge[0].x, edge[0].y)
                    for point in edge.dropFirst() { line.line(to: point.x, point.y) }
                    data.append(SVGElement("path", ["d": line.data, "fill": "none", "stroke": band.color.hex, "stroke-width": 1,
                                                    "stroke-opacity": 0.7, "stroke-dasharray": "2 2"]))
                }
            }
        }
        var referenceLabels: [SVGElement] = []
        for reference in chart.referenceLines {
            guard let y = project.y(reference.y), y >= plot.top - 0.5, y <= plot.bottom + 0.5 else { continue }
            data.append(ChartFrame.line(x1: plot.left, y1: y, x2: plot.right, y2: y, color: Palette.reference, dash: "4 4"))
            var label = ChartFrame.text(reference.label, x: plot.left + 6, y: y - 5, size: ChartStyle.annotationSize,
                                        color: Palette.secondaryInk)
            label.setAttribute("stroke", Palette.background.hex)
            label.setAttribute("stroke-width", 3)
            label.setAttribute("paint-order", "stroke")
            referenceLabels.append(label)
        }
        // Solid lines (the base case) are drawn over the dashed ones, and lines dashed because
        // they coincide with another over all of them.
        let order = drawnSeries.indices.filter { drawnSeries[$0].dashed && !onTop.contains($0) }
            + drawnSeries.indices.filter { !drawnSeries[$0].dashed } + drawnSeries.indices.filter(onTop.contains)
        let raised = onTop.sorted()
        for k in order {
            // Lines raised over a coincident one start their dashes 0, 4 or 8 units into the 11-unit pattern.
            let offset = raised.firstIndex(of: k).map { 4 * ($0 % 3) } ?? 0
            data.append(contentsOf: seriesElements(drawnSeries[k], project, dashOffset: offset))
        }
        // Labels go over the lines, with a halo, so a line crossing a label does not hide it.
        data.append(contentsOf: referenceLabels)
        var markers = SVGElement("g", ["class": "markers", "fill": Palette.background.hex,
                                       "stroke": Palette.observed.hex, "stroke-width": 1.5])
        for marker in chart.markers {
            guard let point = project.point(ChartPoint(x: marker.x, y: marker.y)), plot.contains(point) else { continue }
            markers.append(SVGElement("circle", ["cx": point.x, "cy": point.y, "r": 3.5],
                                      children: marker.label.isEmpty ? [] : [SVGElement("title", text: marker.label)]))
        }
        return [SVGElement("defs", children: [clip]), data] + (markers.children.isEmpty ? [] : [markers])
    }

    /// The series as one path of unbroken runs, plus dots for points that stand alone.
    private func seriesElements(_ series: LineChart.Series, _ project: Projection, dashOffset: Int = 0) -> [SVGElement] {
        var runs: [[ChartPoint]] = [[]]
        for point in series.points {
            if let projected = project.point(point) {
                runs[runs.count - 1].append(projected)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        var path = SVGPath()
        var dots: [SVGElement] = []
        for run in runs where !run.isEmpty {
            if run.count == 1 {
                dots.append(SVGElement("circle", ["cx": run[0].x, "cy": run[0].y, "r": 3, "fill": series.color.hex]))
                continue
            }
            path.move(to: run[0].x, run[0].y)
            for point in run.dropFirst() { path.line(to: point.x, point.y) }
        }
        var elements: [SVGElement] = []
        if !path.isEmpty {
            var line = SVGElement("path", ["d": path.data, "fill": "none", "stroke": series.color.hex,
                                           "stroke-width": 2.25, "stroke-linejoin": "round", "stroke-linecap": "round"])
            if series.dashed { line.setAttribute("stroke-dasharray", "7 4") }
            if dashOffset > 0 { line.setAttribute("stroke-dashoffset", dashOffset) }
            elements.append(line)
        }
        return elements + dots
    }

    // MARK: - End labels

    /// Names at the ends of the lines read better than a legend, when there are few lines and all
    /// of them reach the right edge.
    private func usesEndLabels(_ drawnSeries: [LineChart.Series], xDomain: ClosedRange<Double>, yAxis: Axis) -> Bool {
        guard (1...4).contains(drawnSeries.count) else { return false }
        let nearRightEdge = xDomain.upperBound - 0.03 * (xDomain.upperBound - xDomain.lowerBound)
        for series in drawnSeries {
            guard let last = series.points.last(where: { accepted($0, yAxis) }), last.x >= nearRightEdge else { return false }
            if TextMetrics.width(series.name, fontSize: ChartStyle.legendSize, bold: true) > chart.width * 0.24 { return false }
        }
        return true
    }

    private func endLabels(_ drawnSeries: [LineChart.Series], _ project: Projection) -> SVGElement {
        let plot = project.plot
        let spacing = ChartStyle.legendSize + 3
        var labels: [(series: LineChart.Series, y: Double)] = drawnSeries.compactMap { series in
            guard let last = series.points.last(where: { project.point($0) != nil }),
                  let y = project.y(last.y) else { return nil }
            return (series, min(max(y, plot.top), plot.bottom))
        }
        labels.sort { $0.y < $1.y }
        // Push labels apart top to bottom, then back up if the last one fell below the plot.
        for index in labels.indices.dropFirst() where labels[index].y < labels[index - 1].y + spacing {
            labels[index].y = labels[index - 1].y + spacing
        }
        if let last = labels.last, last.y > plot.bottom {
            labels[labels.count - 1].y = plot.bottom
            for index in labels.indices.dropLast().reversed() where labels[index].y > labels[index + 1].y - spacing {
                labels[index].y = labels[index + 1].y - spacing
            }
        }
        var group = SVGElement("g", ["class": "series-labels"])
        for label in labels {
            group.append(ChartFrame.text(label.series.name, x: plot.right + 8, y: label.y + 4, size: ChartStyle.legendSize,
                                         color: label.series.color, weight: "600"))
        }
        return group
    }
}

/// Maps data coordinates to pixels in a plot area.
private struct Projection {
    let plot: PlotArea
    let xAxis: Axis
    let yAxis: Axis

    func x(_ value: Double) -> Double? {
        xAxis.fraction(of: value).map { plot.left + $0 * (plot.right - plot.left) }
    }

    func y(_ value: Double) -> Double? {
        yAxis.fraction(of: value).map { plot.bottom - $0 * (plot.bottom - plot.top) }
    }

    func point(_ point: ChartPoint) -> ChartPoint? {
        guard let x = x(point.x), let y = y(point.y) else { return nil }
        return ChartPoint(x: x, y: y)
    }
}
