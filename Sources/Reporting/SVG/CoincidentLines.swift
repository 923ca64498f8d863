/// Lines that run on top of each other (two employers' pay that moves alike) would hide all but
/// the last drawn. A solid line whose mean distance from an earlier solid line, over most of its
/// points, is within 1% of the plot's height is drawn dashed, over it, so both colours show;
/// several such lines get their dashes at different offsets, so none hides another.
enum CoincidentLines {
    /// The mean distance, as a share of the plot's height, below which two lines coincide.
    static let closeness = 0.01

    /// `series` with each line that coincides with an earlier one dashed, and the indices of
    /// those lines (to be drawn last).
    static func separate(_ series: [LineChart.Series], yAxis: Axis) -> (series: [LineChart.Series], onTop: Set<Int>) {
        var result = series, onTop: Set<Int> = []
        for i in series.indices where !series[i].dashed {
            if (0..<i).contains(where: { j in !series[j].dashed && !onTop.contains(j) && coincide(series[j], series[i], yAxis) }) {
                result[i].dashed = true
                onTop.insert(i)
            }
        }
        return (result, onTop)
    }

    /// Whether `b` keeps within `closeness` of `a` at the x values they share, which cover at
    /// least four of five of `b`'s points.
    static func coincide(_ a: LineChart.Series, _ b: LineChart.Series, _ yAxis: Axis) -> Bool {
        var at: [Double: Double] = [:]
        for point in a.points { if let f = yAxis.fraction(of: point.y) { at[point.x] = f } }
        var distance = 0.0, shared = 0
        for point in b.points {
            guard let f = yAxis.fraction(of: point.y), let g = at[point.x] else { continue }
            distance += abs(f - g)
            shared += 1
        }
        return shared >= 2 && 5 * shared >= 4 * b.points.count && distance / Double(shared) <= closeness
    }
}
