/// The k-th smallest values of an array without sorting it all: introselect (Hoare partition
/// around a median-of-three pivot, falling back to a full sort of the remaining range if the
/// partitions stop shrinking). Expected O(n) per order statistic against O(n log n) for a sort;
/// the values found are the order statistics themselves, so they do not depend on the pivots.
enum OrderStatistics {
    /// Rearranges `values` so that `values[k]` is the k-th smallest (0-based), everything before
    /// it is ≤ and everything after ≥, touching only `range` (which must contain k and already
    /// hold exactly the values that belong there). Values must not be NaN.
    static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>, range: Range<Int>) {
        var low = range.lowerBound, high = range.upperBound - 1
        var budget = 2 * (Int.bitWidth - range.count.leadingZeroBitCount) + 8
        while high > low {
            if budget == 0 {
                var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
                rest.sort()
                return
            }
            budget -= 1
            // Median of three to the middle, then partition around it (Hoare).
            let middle = low + (high - low) / 2
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while pivot < values[j] { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now [low, j] ≤ pivot ≤ [i, high], and anything between equals the pivot.
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return
            }
        }
    }

    /// Type-7 percentiles (`Percentile`) of `values`, which this reorders; `percentiles` in any order.
    static func percentiles(_ percentiles: [Double], of values: UnsafeMutableBufferPointer<Double>) -> [Double] {
        let n = values.count
        precondition(n > 0, "a percentile needs at least one value")
        let positions = percentiles.map { Percentile.position($0, count: n) }
        // Select the needed order statistics in increasing order, each in what is left to its right.
        var needed = Set<Int>()
        for (k, fraction) in positions {
            needed.insert(k)
            if fraction > 0 { needed.insert(k + 1) }
        }
        var start = 0
        for k in needed.sorted() {
            select(k, in: values, range: start..<n)
            start = k + 1
        }
        return positions.map { k, f in f == 0 ? values[k] : values[k] + f * (values[k + 1] - values[k]) }
    }
}
