import Testing
@testable import Scenarios

struct QuarterTests {
    @Test(arguments: [("2027Q1", 2027.0), ("2027Q2", 2027.25), ("2027Q3", 2027.5), ("2035Q4", 2035.75), ("1999q4", 1999.75), ("2026-Q4", 2026.75)])
    func labelsAndTimes(label: String, time: Double) throws {
        let quarter = try #require(Quarter(label))
        #expect(quarter.time == time)
        #expect(Quarter(containing: time) == quarter)
        #expect(Quarter(quarter.label) == quarter)
    }

    @Test(arguments: [(2027.1, "2027Q1"), (2027.2499999, "2027Q2"), (2027.9999, "2027Q4"), (2028.0, "2028Q1"), (2024.7499999999, "2024Q4")])
    func decimalYearsFallInTheirQuarter(time: Double, label: String) {
        #expect(Quarter(containing: time).label == label)
    }

    @Test(arguments: ["2027", "2027Q5", "2027Q0", "27Q1", "Q1", "", "2027Q1x"])
    func badLabelsAreRejected(label: String) {
        #expect(Quarter(label) == nil)
    }

    @Test func neighbours() {
        #expect(Quarter(year: 2027, quarter: 1).previous.label == "2026Q4")
        #expect(Quarter(year: 2026, quarter: 4).next.label == "2027Q1")
        #expect(Quarter(year: 2026, quarter: 4).fileLabel == "2026-Q4")
    }
}
