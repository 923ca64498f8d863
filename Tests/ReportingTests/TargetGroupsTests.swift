import Testing
@testable import Reporting

/// The report's body gives the targets on elements of one series one row, their errors weighted
/// by their observations; the appendix keeps a row per target.
struct TargetGroupsTests {
    static let series = ["pay_median_total[closed,early]", "frontier_compute_open", "pay_median_total[applied,staff]", "capability[open]"]
    static let names = ["pay_median_total[closed,early]", "frontier_compute_open", "pay_median_total[applied,staff]", "capability[open]"]
    static let observations = ["range", "lognormal", "range", "floor"]

    @Test func elementsOfOneSeriesShareARowInFirstAppearanceOrder() {
        let rows = TargetGroups(series: Self.series, observations: Self.observations, names: Self.names, grouped: true).rows
        #expect(rows.map(\.label) == ["pay median total (2 targets)", "frontier compute open", "capability[open]"])
        #expect(rows.map(\.members) == [[0, 2], [1], [3]])
    }

    /// Targets with another observation model keep rows of their own (a floor and a ceiling on
    /// one series are not averaged).
    @Test func otherObservationModelsKeepTheirRows() {
        let series = ["closed_revenue", "closed_revenue", "closed_revenue", "pay[a]", "pay[b]", "pay[c]"]
        let rows = TargetGroups(series: series, observations: ["floor", "floor", "ceiling", "lognormal", "range", "lognormal"],
                                names: series, grouped: true).rows
        #expect(rows.map(\.members) == [[0, 1], [2], [3, 5], [4]])
        #expect(rows.map(\.label) == ["closed revenue (2 targets)", "closed revenue", "pay (2 targets)", "pay[b]"])
    }

    @Test func ungroupedEveryTargetHasItsRow() {
        let rows = TargetGroups(series: Self.series, observations: Self.observations, names: Self.names, grouped: false).rows
        #expect(rows.map(\.members) == [[0], [1], [2], [3]])
    }

    @Test func errorsAreWeightedByObservationsAndMissingOnesLeftOut() {
        // (0.1 × 1 + 0.4 × 3) / 4 = 0.325; a target without an error or without observations adds nothing.
        let mean = TargetGroups.weightedMean([(0.1, 1), (0.4, 3), (nil, 5), (9, 0)])
        #expect(abs((mean ?? 0) - 0.325) < 1e-15)
        #expect(TargetGroups.weightedMean([(nil, 2), (1, 0)]) == nil)
    }
}
