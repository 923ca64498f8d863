import Foundation
import Testing

/// The committed sample report, read as a busy reader would: a body that fits about fifteen
/// screens, tables that fit a 980-pixel column, an appendix with the rest, and charts whose
/// ticks never read "$0" or a negative amount on a quantity that cannot be negative.
struct SampleReportTests {
    static let reports = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("reports").path
    static let quarter = "2026-Q4"

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: "\(Self.reports)/\(path)", encoding: .utf8)
    }

    @Test func theBodyIsShortAndLinksItsAppendix() throws {
        let body = try read("\(Self.quarter).md")
        let words = body.split { $0 == " " || $0 == "\n" }.count
        #expect(words < 3000, "\(words) words")
        let images = body.components(separatedBy: "![").count - 1
        #expect(images <= 12, "\(images) charts")
        #expect(body.contains("](\(Self.quarter)/appendix.md)"))
        let appendix = try read("\(Self.quarter)/appendix.md")
        for section in ["Indicators by quarter", "Feedback loops", "Uncertainty", "Backtest charts", "Assumptions"] {
            #expect(appendix.contains("\n## \(section)\n"), "\(section)")
        }
        // Every chart file is shown somewhere.
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(Self.reports)/\(Self.quarter)").filter { $0.hasSuffix(".svg") }
        for file in files { #expect(body.contains("/\(file))") || appendix.contains("](\(file))"), "\(file)") }
    }

    /// At most six numeric columns beside the label, and "not by …" never repeated in cells.
    @Test func tablesFitTheColumn() throws {
        for text in [try read("\(Self.quarter).md"), try read("\(Self.quarter)/appendix.md")] {
            for line in text.split(separator: "\n") where line.hasPrefix("|---") || line.hasPrefix("|--") {
                let numeric = line.components(separatedBy: "---:").count - 1
                #expect(numeric <= 6, "\(line)")
            }
            #expect(!text.contains("| not by "))
            #expect(!text.contains("dimensionless"))
            #expect(!text.contains("$/people/year"))
        }
    }

    @Test func noTickReadsZeroDollarsOrANegativeAmountOfAPositiveQuantity() throws {
        let folder = "\(Self.reports)/\(Self.quarter)"
        // Net flows and the gap (negative when open models lead) are the charted quantities that can be negative.
        let signed: Set<String> = ["researcher-flows.svg", "capability-gap.svg", "tornado-capability_gap_oom.svg"]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".svg") && !signed.contains($0) }
        #expect(files.count > 20)
        for file in files {
            let svg = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
            let texts = svg.components(separatedBy: "<text").dropFirst().compactMap { part -> String? in
                guard let open = part.firstIndex(of: ">"), let close = part.firstIndex(of: "<") else { return nil }
                return String(part[part.index(after: open)..<close])
            }
            for text in texts {
                #expect(text != "$0" && !text.hasPrefix("\u{2212}") && !text.hasPrefix("-$") && !text.hasPrefix("-0"), "\(file): \(text)")
            }
            #expect(!svg.contains(".csv"), "\(file) names a file")
        }
    }
}
