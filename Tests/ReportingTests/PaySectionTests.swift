import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios
import Testing

/// The report's Pay section on the offer fixture's market: bands now, in 2 and in 5 years (cut
/// at the end of the run), the scenario that moves each most, and the tail.
struct PaySectionTests {
    static func report() throws -> QuarterlyReport {
        let assumptions = try Assumptions.load(AssumptionFiles(root: "assumptions", files: OfferOutputTests.files))
        let data = try ReportData.assemble(assumptions, quarter: Quarter("2025Q1")!, scenarios: ["fast"], monteCarloRuns: 0, seed: 1, previous: nil)
        return QuarterlyReport(data)
    }

    @Test func bandsMoversAndTheTail() throws {
        let markdown = try Self.report().markdown
        let pay = try #require(markdown.components(separatedBy: "\n## Pay\n").last?.components(separatedBy: "\n## ").first)
        #expect(pay.contains("| employer, level | 2025Q1 | 2027Q1 | 2029Q4 | moves it most |"))
        // 500K with the spread 0.3: P10 = 500K × e^(−1.2816 × 0.3) = 340K, P90 = 734K; in scenario fast
        // pay grows 10% a year instead of 5%, (1.1 / 1.05)^4.75 − 1 = +24.7% by 2029Q4.
        #expect(pay.contains("| closed, mid | $500K ($340K–$734K) |"), "\(pay)")
        #expect(pay.contains("fast (+24.7%) |"), "\(pay)")
        // The tail: 2M × 2^(1/3) = 2.52M, 2M × 10^(1/3) = 4.31M in every scenario and year.
        #expect(pay.contains("| base | $2.52M (P90 $4.31M) | $2.52M (P90 $4.31M) | $2.52M (P90 $4.31M) |"), "\(pay)")
    }
}
