import Testing
@testable import Analysis

/// Expected values from numpy 2.4 `np.percentile(x, p)` (method "linear", type 7).
@Suite struct PercentileTests {
    static let values: [Double] = [3.5, -1, 7, 2, 2, 10, 0.25]

    @Test(arguments: [(0.0, -1.0), (10, -0.25), (25, 1.125), (50, 2), (62.5, 3.125), (90, 8.2), (100, 10)])
    func matchesNumpy(p: Double, expected: Double) {
        #expect(abs(Percentile.of(sorted: Self.values.sorted(), p) - expected) <= 1e-12)
    }

    @Test func oneValueIsEveryPercentile() {
        for p in [0.0, 10, 50, 99.9, 100] { #expect(Percentile.of(sorted: [4.2], p) == 4.2) }
    }

    @Test func equalValuesGiveExactlyThatValue() {
        let values = [Double](repeating: 0.1 + 0.2, count: 101)
        for p in [0.0, 3.3, 10, 50, 90, 100] { #expect(Percentile.of(sorted: values, p) == 0.1 + 0.2) }
    }
}

@Suite struct OrderStatisticsTests {
    /// Selection must give exactly what a full sort gives, ties and all.
    @Test(arguments: [1, 2, 3, 10, 101, 1000, 4097])
    func selectionMatchesSorting(count: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(count), stream: 0)
        let percentiles: [Double] = [90, 0, 10, 50, 2.5, 100, 33.3]
        for coarse in [false, true] {
            // Coarse values repeat a lot, exercising equal keys.
            let values = (0..<count).map { _ in coarse ? (generator.nextUnit() * 5).rounded(.down) : generator.nextUnit() * 1e9 - 3e8 }
            let sorted = values.sorted()
            var work = values
            let found = work.withUnsafeMutableBufferPointer { OrderStatistics.percentiles(percentiles, of: $0) }
            #expect(found == percentiles.map { Percentile.of(sorted: sorted, $0) })
            #expect(work.sorted() == sorted)
        }
    }

    @Test func sortedAndReversedInputs() {
        for values in [Array(stride(from: 0.0, to: 5000, by: 1)), Array(stride(from: 5000.0, to: 0, by: -1)), [Double](repeating: 7, count: 3000)] {
            var work = values
            let found = work.withUnsafeMutableBufferPointer { OrderStatistics.percentiles([10, 50, 90], of: $0) }
            #expect(found == [10, 50, 90].map { Percentile.of(sorted: values.sorted(), $0) })
        }
    }
}
