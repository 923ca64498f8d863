/// A point of a line chart.
public struct ChartPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A chart of lines over x (by default decimal years), with optional uncertainty bands,
/// observed points and horizontal reference lines. Plain data in, SVG text out.
///
/// Up to four lines that all reach the right edge are named at their ends; otherwise the names
/// go in a legend below the plot, which also explains bands and markers. Nothing is drawn over
/// the plot but reference-line labels.
///
/// Values that cannot be drawn are skipped: NaN and infinities anywhere, and values that are
/// not positive on a log axis. A line is broken where a value is skipped rather than joined
/// across the gap; a point standing alone is drawn as a dot.
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable {
        public var name: String
        public var color: ChartColor
        public var points: [ChartPoint]
        public var dashed: Bool

        public init(name: String, color: ChartColor, points: [(x: Double, y: Double)], dashed: Bool = false) {
            self.name = name
            self.color = color
            self.points = points.map { ChartPoint(x: $0.x, y: $0.y) }
            self.dashed = dashed
        }

        /// A line in the scenario colour `Palette.color(at: colorIndex)`.
        public init(name: String, colorIndex: Int, points: [(x: Double, y: Double)], dashed: Bool = false) {
            self.init(name: name, color: Palette.color(at: colorIndex), points: points, dashed: dashed)
        }
    }

    /// A translucent region between two curves, e.g. the P10–P90 range of a Monte Carlo run.
    /// Both curves should cover the same x values, in increasing order.
    public struct Band: Sendable {
        public var name: String
        public var color: ChartColor
        public var lower: [ChartPoint]
        public var upper: [ChartPoint]

        public init(name: String, color: ChartColor, lower: [(x: Double, y: Double)], upper: [(x: Double, y: Double)]) {
            self.name = name
            self.color = color
            self.lower = lower.map { ChartPoint(x: $0.x, y: $0.y) }
            self.upper = upper.map { ChartPoint(x: $0.x, y: $0.y) }
        }

        public init(name: String, colorIndex: Int, lower: [(x: Double, y: Double)], upper: [(x: Double, y: Double)]) {
            self.init(name: name, color: Palette.color(at: colorIndex), lower: lower, upper: upper)
        }
    }

    /// An observed value, drawn as a small circle; `label` shows as a tooltip.
    public struct Marker: Sendable {
        public var x: Double
        public var y: Double
        public var label: String

        public init(x: Double, y: Double, label: String) {
            self.x = x
            self.y = y
            self.label = label
        }
    }

    /// A dashed horizontal line across the plot with a label, e.g. a $1B threshold.
    public struct ReferenceLine: Sendable {
        public var y: Double
        public var label: String

        public init(y: Double, label: String) {
            self.y = y
            self.label = label
        }
    }

    /// What the x values mean.
    public enum XAxis: Sendable {
        /// Decimal years (2025.0 is the start of 2025), labelled at whole years.
        case years
        /// Plain numbers on a linear scale; `nil` format means plain numbers.
        case linear(TickFormat?)
    }

    public var title: String
    public var subtitle: String?
    public var xLabel: String
    /// The y axis title with its unit, e.g. "Training cost (2023 US$)".
    public var yLabel: String
    public var xAxis: XAxis
    public var yScale: AxisScale
    /// Tick labels on the y axis; `nil` picks `scientific` for large log axes, else `number`.
    public var yFormat: TickFormat?
    /// A fixed y range; `nil` fits the data and widens it to nice bounds.
    public var yDomain: ClosedRange<Double>?
    public var series: [Series]
    public var bands: [Band]
    public var markers: [Marker]
    /// The legend entry for the markers.
    public var markerLegend: String
    public var referenceLines: [ReferenceLine]
    public var width: Double
    public var height: Double

    public init(title: String, subtitle: String? = nil, xLabel: String, yLabel: String,
                xAxis: XAxis = .years, yScale: AxisScale = .linear, yFormat: TickFormat? = nil,
                yDomain: ClosedRange<Double>? = nil, series: [Series], bands: [Band] = [],
                markers: [Marker] = [], markerLegend: String = "Observed",
                referenceLines: [ReferenceLine] = [], width: Double = 720, height: Double = 420) {
        self.title = title
        self.subtitle = subtitle
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xAxis = xAxis
        self.yScale = yScale
        self.yFormat = yFormat
        self.yDomain = yDomain
        self.series = series
        self.bands = bands
        self.markers = markers
        self.markerLegend = markerLegend
        self.referenceLines = referenceLines
        self.width = width
        self.height = height
    }

    /// Whether `values` are better shown on a log axis: all finite values positive, and the
    /// largest more than 100 times the smallest (over two orders of magnitude).
    public static func prefersLogScale(values: [Double]) -> Bool {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), low > 0 else { return false }
        return high / low > 100
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        SVGWriter.document(LineChartRenderer(chart: self).render())
    }
}
