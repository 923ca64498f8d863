import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios
import Testing

/// The quarterly report on a one-stock fixture model, so its text is small and stable.
@Suite(.serialized)
struct QuarterlyReportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ForecastTests/Fixtures/assumptions").path

    func files(rate: Double? = nil) throws -> AssumptionFiles {
        var files = try AssumptionFiles.read(directory: Self.fixture)
        files.root = "assumptions"
        if let rate {
            files.files["base.json5"] = files.files["base.json5"]!.replacingOccurrences(of: "rate: { value: 2,", with: "rate: { value: \(rate),")
        }
        return files
    }

    func report(rate: Double? = nil, quarter: String = "2025Q2", scenarios: [String] = ["base", "fast"],
                previous: ReportSnapshot? = nil) throws -> (QuarterlyReport, ReportData) {
        let assumptions = try Assumptions.load(files(rate: rate))
        let data = try ReportData.assemble(assumptions, quarter: Quarter(quarter)!, scenarios: scenarios, monteCarloRuns: 40, seed: 7,
                                           previous: previous)
        return (QuarterlyReport(data), data)
    }

    @Test func markdownSnapshot() throws {
        let (report, _) = try report()
        assertSnapshot(report.markdown, named: "report-fixture.md")
        // The run ends in 2027Q4: five and ten years ahead of 2025Q2 are one table, with its true span.
        #expect(report.markdown.contains("\n### In 2 years (2027Q2)\n"))
        #expect(report.markdown.contains("\n### At the end of the run (2027Q4, 2.5 years ahead)\n"))
        #expect(!report.markdown.contains("In 10 years"))
        for section in ["Headline", "Key indicators", "Scenarios", "Uncertainty", "Revisions", "Backtest"] {
            #expect(report.markdown.contains("\n## \(section)\n"), "\(section)")
        }
        // The long parts go to the appendix beside the charts, which the body links.
        assertSnapshot(report.appendix, named: "report-fixture-appendix.md")
        #expect(report.markdown.contains("[appendix](2025-Q2/appendix.md)"))
        #expect(!report.markdown.contains("\n## Assumptions\n"))
        for section in ["Scenarios", "Indicators by quarter", "Milestones by scenario", "Uncertainty", "Assumptions"] {
            #expect(report.appendix.contains("\n## \(section)\n"), "\(section)")
        }
        // Every tornado is in the appendix; the body has only the key indicators'.
        for chart in report.charts where chart.file.hasPrefix("tornado-") { #expect(report.appendix.contains("](\(chart.file))")) }
    }

    @Test func chartSnapshotIsValidSVG() throws {
        let (report, _) = try report()
        let chart = try #require(report.charts.first { $0.file == "compute.svg" })
        _ = expectWellFormedSVG(chart.svg)
        assertSnapshot(chart.svg, named: "report-fixture-compute.svg")
        for other in report.charts { _ = expectWellFormedSVG(other.svg) }
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let (first, _) = try report(), (second, _) = try report()
        #expect(first.markdown == second.markdown)
        #expect(first.appendix == second.appendix)
        #expect(first.snapshot == second.snapshot)
        #expect(first.charts.map(\.svg) == second.charts.map(\.svg))
    }

    @Test func theHeadlineChangesWithAParameter() throws {
        let (slow, _) = try report(rate: 1.5), (fast, _) = try report(rate: 2.5)
        func headline(_ report: QuarterlyReport) -> String {
            String(report.markdown.split(separator: "## ")[1])
        }
        #expect(headline(slow) != headline(fast))
        #expect(headline(slow).contains("x reaches "))
    }

    @Test func revisionsCompareTwoSnapshots() throws {
        let (_, before) = try report(rate: 2.0, quarter: "2025Q2")
        let text = SnapshotFile.write(ReportSnapshot(before))
        let previous = try SnapshotFile.read(text, file: "2025-Q2/forecast.json")
        #expect(previous.parameters["rate"]?.value == 2.0)
        let (after, _) = try report(rate: 2.5, quarter: "2025Q3", previous: previous)
        let revisions = String(after.markdown.split(separator: "\n## ").first { $0.hasPrefix("Revisions") }!)
        #expect(revisions.contains("Against the 2025Q2 report"))
        #expect(revisions.contains("| rate | 2 | 2.5 |"), "\(revisions)")
        // Undoing the change alone removes the whole revision of x: the effect equals now − then.
        #expect(revisions.contains("| x (FLOP) | "), "\(revisions)")
        let (first, _) = try report(quarter: "2025Q3")
        #expect(first.markdown.contains("This is the first report"))
    }

    /// Each changed assumption lists the indicators it moves most relative to their size: a
    /// cheaper FLOP moves only the cost, not the compute listed first among the headline series.
    @Test func revisionsNameTheIndicatorsEachChangeMoves() throws {
        let (_, before) = try report(quarter: "2025Q2")
        let previous = try SnapshotFile.read(SnapshotFile.write(ReportSnapshot(before)), file: "2025-Q2/forecast.json")
        var files = try files()
        files.files["base.json5"] = files.files["base.json5"]!.replacingOccurrences(of: "flop_per_dollar: { value: 1e17,", with: "flop_per_dollar: { value: 2e17,")
        let data = try ReportData.assemble(Assumptions.load(files), quarter: Quarter("2025Q3")!, scenarios: ["base"], monteCarloRuns: 0,
                                           seed: 7, previous: previous)
        let revision = try #require(data.revisions.first { $0.parameter == "flop_per_dollar" })
        #expect(revision.largestEffects(3) == ["cost_of_x"])
        #expect(abs(revision.relativeEffects["cost_of_x"]! + 0.5) < 1e-12)
        let markdown = QuarterlyReport(data).markdown
        #expect(markdown.contains("| flop_per_dollar | 1e17 | 2e17 | cost of x -$"), "\(markdown)")
        #expect(markdown.contains("(-50.0%) |"))
    }

    /// A chart of several series carries the caption written in report.json5 and no generated
    /// ratio sentence ("x is 2.00x doubled") that no reader asked for.
    @Test func aChartOfSeveralSeriesHasOnlyItsWrittenCaption() throws {
        var files = try files()
        files.files["report.json5"] = files.files["report.json5"]!.replacingOccurrences(
            of: "charts: [", with: "charts: [ { name: \"pair\", title: \"Pair\", series: [\"x\", \"doubled\"], caption: \"Two lines.\" },")
        let data = try ReportData.assemble(Assumptions.load(files), quarter: Quarter("2025Q2")!, scenarios: ["base"], monteCarloRuns: 0,
                                           seed: 7, previous: nil)
        let chart = try #require(QuarterlyReport(data).charts.first { $0.file == "pair.svg" })
        #expect(chart.caption == "Two lines.")
    }

    /// A milestone the runs pass before the report's quarter is reported as history, not as a
    /// date in the past: x passes 3e25 in 2026Q4 in base (2026Q2 in fast), before a 2027Q1 report.
    @Test func aMilestoneAlreadyPassedIsNotADateInThePast() throws {
        let (early, _) = try report(quarter: "2025Q2")
        #expect(early.appendix.contains("| Big | 2026Q4 | 2026Q2 |"))
        #expect(early.markdown.contains("| Big | 2026Q4 | 2026Q2 (fast) to 2026Q4 (base) |"), "\(early.markdown)")
        let (late, _) = try report(quarter: "2027Q1")
        #expect(late.appendix.contains("| Big | before 2027Q1 | before 2027Q1 |"))
        #expect(late.markdown.contains("| Big | before 2027Q1 | before 2027Q1 in all |"))
    }

    /// No chart the report writes has a "$0" tick or a negative tick on a quantity that is
    /// never negative (the fixture's x and its cost).
    @Test func noChartHasAZeroOrNegativeTickOnAPositiveQuantity() throws {
        let (report, _) = try report()
        for chart in report.charts where chart.file.hasPrefix("tornado") || chart.file == "compute.svg" {
            let ticks = chart.svg.components(separatedBy: "text-anchor=\"middle\"").dropFirst().compactMap { part -> String? in
                guard let open = part.firstIndex(of: ">"), let close = part.firstIndex(of: "<") else { return nil }
                return String(part[part.index(after: open)..<close])
            }
            #expect(!ticks.isEmpty, "\(chart.file)")
            for tick in ticks {
                #expect(tick != "$0" && tick != "0" && !tick.hasPrefix("\u{2212}") && !tick.hasPrefix("-"), "\(chart.file): \(tick)")
            }
        }
    }

    @Test func aScenarioSubsetNamesOnlyThoseScenarios() throws {
        let (report, _) = try report(scenarios: ["base"])
        #expect(!report.markdown.contains("fast"))
        #expect(report.markdown.contains("`base`"))
    }

    @Test func aSnapshotThatIsNotOneIsRejected() {
        #expect(throws: Diagnostic.self) { try SnapshotFile.read("{ \"schema\": \"other\" }", file: "x.json") }
    }

    /// With a calibration, the Backtest section shows its in-sample fit and, at report.json5's
    /// `backtest_origins`, the refit's out-of-sample score and band coverage.
    @Test func backtestShowsTheFitAndTheOutOfSampleScore() throws {
        var files = try files()
        files.files["backtest.json5"] = """
        { extends: "base", time: { start: "2025Q1", end: "2026Q4" }, scores: [{ series: "x", history: "x.csv", column: "x" }] }
        """
        files.files["history/x.csv"] = "month,x\n2025-06,1.3e25\n2025-12,2.2e25\n2026-06,2.7e25\n"
        files.files["calibration.json5"] = """
        { scenario: "base", until: "2026-12-31",
          targets: [{ series: "x", history: "x.csv", column: "x", observation: "lognormal", sigma: 0.1 }], parameters: ["rate"] }
        """
        files.files["report.json5"] = files.files["report.json5"]!.replacingOccurrences(of: "headline:", with: "backtest_origins: [\"2025Q4\"], headline:")
        let plain = try Assumptions.load(files)
        let setup = try CalibrationSetup(plain)
        let fit = try Calibrator.optimize(setup, digest: plain.calibrationDigest(setup.spec))
        files.files["calibrated.json5"] = fit.calibrated.text(priors: fit.priors)
        let assumptions = try Assumptions.load(files)
        let data = try ReportData.assemble(assumptions, quarter: Quarter("2025Q2")!, scenarios: ["base"], monteCarloRuns: 20, seed: 7,
                                           previous: nil)
        let score = try #require(data.outOfSample.first)
        #expect(score.origin == "2025Q4" && score.scores[0].fitted == 2 && score.scores[0].scored == 1)
        let markdown = QuarterlyReport(data).markdown
        let backtest = try #require(markdown.components(separatedBy: "\n## Backtest\n").last)
        #expect(backtest.contains("### Fit to the history\n\n`forecast calibrate` fitted 1 parameter of the `base` scenario to the history up to 2026-12-31 (optimize)"))
        #expect(backtest.contains("| x | lognormal | 3 |"), "\(backtest)")
        #expect(backtest.contains("### Out of sample, from 2025Q4\n\nRefitted with the data up to 2025Q4 only"))
        let error = ValueFormatter.significant(score.scores[0].outOfSampleError!)
        #expect(backtest.contains("| x | 2 | 1 | \(ValueFormatter.significant(score.scores[0].inSampleError!)) | \(error) |"), "\(backtest)")
        // The uncertainty section names the fitted parameter.
        #expect(markdown.contains("1 parameter was fitted by `forecast calibrate` to the history up to 2026-12-31 (`rate`)"))
    }
}
