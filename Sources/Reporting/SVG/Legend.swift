/// One row of a legend: a symbol drawn like the thing it explains, and its label.
struct LegendEntry: Sendable {
    enum Symbol: Sendable {
        case line(ChartColor, dashed: Bool)
        case area(ChartColor, opacity: Double)
        case marker(ChartColor)
        /// A bar swatch, optionally overlaid with the hatch pattern whose `id` is given.
        case bar(ChartColor, hatchPatternID: String?)
    }

    var symbol: Symbol
    var label: String
}

/// A legend laid out in rows below the plot, left to right, wrapping before it gets wider than
/// the plot, so it never covers data.
enum Legend {
    static let rowHeight = 20.0
    private static let symbolWidth = 24.0
    private static let symbolGap = 6.0
    private static let entryGap = 20.0

    /// The height the entries need when wrapped at `maxWidth`; zero when there are none.
    static func height(_ entries: [LegendEntry], maxWidth: Double) -> Double {
        Double(rows(entries, maxWidth: maxWidth).count) * rowHeight
    }

    /// A group drawing the entries with the first row's top edge at `top`.
    static func render(_ entries: [LegendEntry], left: Double, top: Double, maxWidth: Double) -> SVGElement {
        var group = SVGElement("g", ["class": "legend", "font-size": ChartStyle.legendSize])
        for (rowIndex, row) in rows(entries, maxWidth: maxWidth).enumerated() {
            let middle = top + Double(rowIndex) * rowHeight + rowHeight / 2
            for (entry, offset) in row {
                let x = left + offset
                group.append(contentsOf: symbol(entry.symbol, x: x, middle: middle))
                var label = SVGElement("text", ["x": x + symbolWidth + symbolGap, "y": middle + 4],
                                       text: entry.label)
                label.setAttribute("fill", Palette.ink.hex)
                group.append(label)
            }
        }
        return group
    }

    private static func entryWidth(_ entry: LegendEntry) -> Double {
        symbolWidth + symbolGap + TextMetrics.width(entry.label, fontSize: ChartStyle.legendSize)
    }

    private static func rows(_ entries: [LegendEntry], maxWidth: Double) -> [[(LegendEntry, Double)]] {
        var rows: [[(LegendEntry, Double)]] = []
        var current: [(LegendEntry, Double)] = []
        var cursor = 0.0
        for entry in entries {
            let width = entryWidth(entry)
            if !current.isEmpty, cursor + width > maxWidth {
                rows.append(current)
                current = []
                cursor = 0
            }
            current.append((entry, cursor))
            cursor += width + entryGap
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    private static func symbol(_ symbol: LegendEntry.Symbol, x: Double, middle: Double) -> [SVGElement] {
        switch symbol {
        case .line(let color, let dashed):
            var line = SVGElement("line", ["x1": x, "y1": middle, "x2": x + symbolWidth, "y2": middle,
                                           "stroke": color.hex, "stroke-width": 2.5])
            if dashed { line.setAttribute("stroke-dasharray", "6 3") }
            return [line]
        case .area(let color, let opacity):
            return [SVGElement("rect", ["x": x, "y": middle - 6, "width": symbolWidth, "height": 12,
                                        "fill": color.hex, "fill-opacity": opacity])]
        case .marker(let color):
            return [SVGElement("circle", ["cx": x + symbolWidth / 2, "cy": middle, "r": 3.5,
                                          "fill": Palette.background.hex, "stroke": color.hex, "stroke-width": 1.5])]
        case .bar(let color, let hatchPatternID):
            var elements = [SVGElement("rect", ["x": x, "y": middle - 6, "width": symbolWidth, "height": 12,
                                                "fill": color.hex])]
            if let hatchPatternID {
                elements.append(SVGElement("rect", ["x": x, "y": middle - 6, "width": symbolWidth, "height": 12,
                                                    "fill": "url(#\(hatchPatternID))"]))
            }
            return elements
        }
    }
}
