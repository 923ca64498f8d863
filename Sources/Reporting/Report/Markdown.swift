/// Small Markdown builders: pipe tables and escaping.
public enum Markdown {
    /// A GitHub pipe table; `rightAligned` columns hold numbers.
    public static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var text = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        text += "|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { text += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return text
    }

    /// Escapes what would break a table cell or start unintended formatting.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// `frontier_training_cost_closed` as `frontier training cost closed`.
    public static func readable(_ name: String) -> String {
        name.replacingOccurrences(of: "_", with: " ")
    }
}

import Foundation
