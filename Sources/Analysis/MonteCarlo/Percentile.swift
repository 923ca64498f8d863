/// Sample percentiles by linear interpolation between order statistics: Hyndman & Fan's
/// type 7, the default of numpy, R and Excel's PERCENTILE.INC.
///
/// For n sorted values x₀ ≤ … ≤ xₙ₋₁ and a percentile p (0 to 100): h = (n − 1)·p/100,
/// k = ⌊h⌋, and the percentile is xₖ + (h − k)·(xₖ₊₁ − xₖ), or xₖ when h is whole. So p = 0 is
/// the minimum, p = 100 the maximum, and n equal values give exactly that value.
public enum Percentile {
    /// Where percentile `p` falls among `count` sorted values: the lower order statistic and
    /// the weight of the next one (0 when it falls exactly on `lower`).
    public static func position(_ p: Double, count: Int) -> (lower: Int, fraction: Double) {
        precondition(count > 0, "a percentile needs at least one value")
        let h = Double(count - 1) * p / 100
        let lower = min(count - 1, max(0, Int(h.rounded(.down))))
        let fraction = lower == count - 1 ? 0 : h - Double(lower)
        return (lower, fraction)
    }

    /// Percentile `p` of `sorted` (ascending, not empty).
    public static func of(sorted: UnsafeBufferPointer<Double>, _ p: Double) -> Double {
        let (k, f) = position(p, count: sorted.count)
        return f == 0 ? sorted[k] : sorted[k] + f * (sorted[k + 1] - sorted[k])
    }

    /// Percentile `p` of `sorted` (ascending, not empty).
    public static func of(sorted: [Double], _ p: Double) -> Double {
        sorted.withUnsafeBufferPointer { of(sorted: $0, p) }
    }
}
