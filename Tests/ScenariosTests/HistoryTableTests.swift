import Dynamics
import Foundation
import Testing
@testable import Scenarios

/// Reading `history/*.csv`: dates, empty cells, the text columns, located mistakes, and the
/// shipped files themselves (readable, and no observation after the cut-off).
struct HistoryTableTests {
    static let text = """
        # Data: a source, CC BY 4.0
        date,revenue_usd,usd2023_factor,quality,source,note
        2023-07,1e9,1,secondary,"The Information, as cited",calendar year
        2024-12-31,,0.971351,tertiary,a blog,
        2024Q2,3.5e9,0.971351,primary,company statement,"run rate, annualised"
        """

    @Test func readsDatesNumbersAndText() throws {
        var problems: [Diagnostic] = []
        let table = try #require(HistoryTable.read(Self.text, file: "h.csv", problems: &problems))
        #expect(problems.isEmpty)
        #expect(table.times == [2023 + 6.0 / 12, 2024 + 11.0 / 12 + 30.0 / 365, 2024.25])
        #expect(table.lines == [3, 4, 5])
        #expect(table.series("revenue_usd")!.map(\.value) == [1e9, 3.5e9])
        #expect(table.value("usd2023_factor", row: 1) == 0.971351)
        #expect(table.text("source", row: 0) == "The Information, as cited")
        #expect(table.text("note", row: 2) == "run rate, annualised")
        #expect(table.text("quality", row: 1) == "tertiary")
        #expect(table.isNumeric("revenue_usd") && !table.isNumeric("note") && !table.isNumeric("date"))
        #expect(table.series("note")!.isEmpty)
    }

    @Test func aWordInANumericColumnIsLocated() {
        var problems: [Diagnostic] = []
        _ = HistoryTable.read("date,x,note\n2024,about 3,fine\n", file: "h.csv", problems: &problems)
        #expect(problems.map(\.description) == ["h.csv:2:6: error: 'about 3' in column 'x' is not a number; write a plain number such as 1.5e9, or leave the cell empty; words belong in the quality, source and note columns"])
    }

    /// Every shipped history file reads cleanly and stops at 2024-12-31: later observations
    /// score the forecasts and must never be in `assumptions/`.
    @Test func shippedHistoryEndsAtTheCutOff() throws {
        let files = AssumptionFiles(root: "assumptions", files: try EmbeddedDefaultsTests.repositoryFiles())
        let paths = files.paths(in: "history", extension: "csv")
        #expect(paths.count >= 10)
        for path in paths {
            var problems: [Diagnostic] = []
            let table = try #require(HistoryTable.read(files.files[path]!, file: path, problems: &problems))
            #expect(problems.isEmpty, "\(path): \(problems)")
            #expect(table.times.allSatisfy { $0 < 2025 }, "\(path) has an observation after 2024-12-31")
        }
    }
}
