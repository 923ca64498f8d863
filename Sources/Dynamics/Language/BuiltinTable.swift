extension BuiltinSpecification {
    /// The Markdown table of every builtin, as the README shows it.
    public static func markdownTable() -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var lines = [
            "| function | XMILE / Stella | Vensim | kind | units | XMILE export | meaning |",
            "|---|---|---|---|---|---|---|",
        ]
        for builtin in Builtin.allCases {
            let s = builtin.specification
            let xmile = s.xmile.isEmpty ? "—" : s.xmile.map { "`\($0.signature)`" }.joined(separator: ", ")
            let vensim = s.vensim.map { "`\($0)`" } ?? "—"
            lines.append("| `\(cell(s.signature))` | \(cell(xmile)) | \(cell(vensim)) | \(s.category.rawValue) | \(cell(s.units)) | \(cell(s.export.summary)) | \(cell(s.doc)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
