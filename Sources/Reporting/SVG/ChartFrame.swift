/// The parts every chart shares: the root `<svg>` element, the title block, and text elements.
enum ChartFrame {
    /// The root element: size, `viewBox`, `role="img"`, the accessible `<title>` and `<desc>`, and
    /// a white background so the chart stays legible on dark pages.
    static func root(width: Double, height: Double, title: String, description: String?,
                     content: [SVGElement]) -> SVGElement {
        var svg = SVGElement("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "width": width,
            "height": height,
            "viewBox": "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))",
            "role": "img",
            "font-family": ChartStyle.fontFamily,
        ])
        svg.append(SVGElement("title", text: title))
        if let description, !description.isEmpty {
            svg.append(SVGElement("desc", text: description))
        }
        svg.append(SVGElement("rect", ["width": width, "height": height, "fill": Palette.background.hex]))
        svg.append(contentsOf: content)
        return svg
    }

    /// The title and optional subtitle, wrapped to `maxWidth`, starting at the top left.
    ///
    /// - Returns: the elements and the y coordinate just below the last line.
    static func header(title: String, subtitle: String?, left: Double, top: Double,
                       maxWidth: Double) -> (elements: [SVGElement], bottom: Double) {
        var elements: [SVGElement] = []
        var baseline = top
        let titleLines = TextMetrics.wrap(title, maxWidth: maxWidth, fontSize: ChartStyle.titleSize, bold: true)
        for line in titleLines {
            baseline += ChartStyle.titleSize * 1.25
            elements.append(text(line, x: left, y: baseline, size: ChartStyle.titleSize, weight: "600"))
        }
        if let subtitle, !subtitle.isEmpty {
            baseline += 2
            for line in TextMetrics.wrap(subtitle, maxWidth: maxWidth, fontSize: ChartStyle.subtitleSize) {
                baseline += ChartStyle.subtitleSize * 1.35
                elements.append(text(line, x: left, y: baseline, size: ChartStyle.subtitleSize,
                                     color: Palette.secondaryInk))
            }
        }
        return (elements, baseline + 4)
    }

    /// A `<text>` element; `anchor` is `start`, `middle` or `end`.
    static func text(_ content: String, x: Double, y: Double, size: Double, anchor: String = "start",
                     color: ChartColor = Palette.ink, weight: String? = nil) -> SVGElement {
        var element = SVGElement("text", ["x": x, "y": y, "font-size": size], text: content)
        if anchor != "start" { element.setAttribute("text-anchor", anchor) }
        element.setAttribute("fill", color.hex)
        if let weight { element.setAttribute("font-weight", weight) }
        return element
    }

    /// A one-pixel line, nudged to the pixel grid when horizontal or vertical so it renders crisp.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, color: ChartColor,
                     width: Double = 1, dash: String? = nil) -> SVGElement {
        let (x1, x2) = x1 == x2 ? (crisp(x1), crisp(x2)) : (x1, x2)
        let (y1, y2) = y1 == y2 ? (crisp(y1), crisp(y2)) : (y1, y2)
        var element = SVGElement("line", ["x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": color.hex])
        if width != 1 { element.setAttribute("stroke-width", width) }
        if let dash { element.setAttribute("stroke-dasharray", dash) }
        return element
    }

    /// The centre of the pixel containing `coordinate`, where a one-pixel line is sharp.
    static func crisp(_ coordinate: Double) -> Double {
        (coordinate - 0.5).rounded() + 0.5
    }
}

/// The rectangle data is drawn in, in SVG pixels (y grows downwards).
struct PlotArea {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    /// Whether a pixel position lies inside, allowing half a pixel for rounding.
    func contains(_ point: ChartPoint) -> Bool {
        point.x >= left - 0.5 && point.x <= right + 0.5 && point.y >= top - 0.5 && point.y <= bottom + 0.5
    }
}
