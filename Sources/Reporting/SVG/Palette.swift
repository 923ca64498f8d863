/// A colour as CSS hex text, e.g. `#0072B2`.
public struct ChartColor: Sendable, Hashable {
    public var hex: String

    public init(hex: String) {
        self.hex = hex
    }
}

/// Colours for charts: scenario colours that stay the same across charts, and the neutral inks.
///
/// Scenario colours are the Okabe–Ito set, which stays distinguishable under the common forms
/// of colour blindness. They are ordered so the first few are the most distinct on white; the
/// yellow is darkened to be visible as a thin line. Callers map a scenario to an index once
/// (e.g. its position in the scenario list) and use that index in every chart.
public enum Palette {
    public static let scenarioColors: [ChartColor] = [
        ChartColor(hex: "#0072B2"), // blue
        ChartColor(hex: "#D55E00"), // vermillion
        ChartColor(hex: "#009E73"), // bluish green
        ChartColor(hex: "#CC79A7"), // reddish purple
        ChartColor(hex: "#E69F00"), // orange
        ChartColor(hex: "#56B4E9"), // sky blue
        ChartColor(hex: "#555555"), // grey
        ChartColor(hex: "#B8A000"), // yellow, darkened
    ]

    /// The scenario colour at `index`, wrapping around after the last one.
    public static func color(at index: Int) -> ChartColor {
        let count = scenarioColors.count
        return scenarioColors[((index % count) + count) % count]
    }

    /// Titles, tick labels, axis lines.
    public static let ink = ChartColor(hex: "#222222")
    /// Subtitles, axis titles, secondary labels.
    public static let secondaryInk = ChartColor(hex: "#555555")
    /// Gridlines.
    public static let grid = ChartColor(hex: "#E3E3E3")
    /// Gridlines between labelled ones.
    public static let minorGrid = ChartColor(hex: "#F0F0F0")
    /// Reference lines and the base line of a tornado chart.
    public static let reference = ChartColor(hex: "#777777")
    /// Observed history markers.
    public static let observed = ChartColor(hex: "#222222")
    /// Chart background, so charts stay legible on dark pages.
    public static let background = ChartColor(hex: "#FFFFFF")
    /// A legend swatch standing for bars of any colour.
    public static let neutralBar = ChartColor(hex: "#C4C4C4")
    /// A sensitivity bar's part at the parameter's low setting.
    public static let lowSetting = ChartColor(hex: "#9ECAE9")
    /// A sensitivity bar's part at the parameter's high setting.
    public static let highSetting = ChartColor(hex: "#0072B2")
}
