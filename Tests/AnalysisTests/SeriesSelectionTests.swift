import Analysis
import Testing

/// `--select` patterns: commas separate patterns, except inside a subscript.
struct SeriesSelectionTests {
    @Test func aCommaInsideBracketsSeparatesSubscriptsNotPatterns() throws {
        #expect(SeriesSelection.patterns(["frontier_*, pay_median_total[closed,*]", "comp_at_location[*,london],"])
                == ["frontier_*", "pay_median_total[closed,*]", "comp_at_location[*,london]"])
        let available = ["frontier_compute_closed", "pay_median_total[closed,early]", "pay_median_total[closed,mid]",
                         "pay_median_total[open,mid]"]
        #expect(try SeriesSelection.select(SeriesSelection.patterns(["pay_median_total[closed,*]"]), from: available)
                == ["pay_median_total[closed,early]", "pay_median_total[closed,mid]"])
    }
}
