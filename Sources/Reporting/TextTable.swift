/// A fixed-width table for terminals: a label column, then value columns whose headers wrap at
/// underscores; columns beyond the width continue in further blocks below.
public struct TextTable {
    public var labelHeader: String
    public var columns: [(header: String, unit: String?)]
    /// One label per row.
    public var labels: [String]
    /// `cells[column][row]`.
    public var cells: [[String]]

    public init(labelHeader: String, columns: [(header: String, unit: String?)], labels: [String], cells: [[String]]) {
        self.labelHeader = labelHeader
        self.columns = columns
        self.labels = labels
        self.cells = cells
    }

    public func render(width: Int = 80, columnWidth: Int = 14) -> String {
        let labelWidth = max(labelHeader.count, labels.map(\.count).max() ?? 0) + 2
        let perBlock = max(1, (width - labelWidth) / columnWidth)
        var blocks: [String] = []
        for start in stride(from: 0, to: columns.count, by: perBlock) {
            let indices = Array(start..<min(columns.count, start + perBlock))
            let headers = indices.map { wrap(columns[$0].header, columnWidth - 2) + unitLines(columns[$0].unit, columnWidth - 2) }
            let headerLines = headers.map(\.count).max() ?? 1
            var lines: [String] = []
            for line in 0..<headerLines {
                var text = (line == headerLines - 1 ? labelHeader : "").padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                for header in headers {
                    // Align each header to the bottom, right-justified over its numbers.
                    let offset = headerLines - header.count
                    let part = line >= offset ? header[line - offset] : ""
                    text += String(repeating: " ", count: max(0, columnWidth - part.count)) + part
                }
                lines.append(text.trailingSpacesRemoved)
            }
            lines.append(String(repeating: "-", count: labelWidth + columnWidth * indices.count))
            for (row, label) in labels.enumerated() {
                var text = label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                for column in indices {
                    let cell = cells[column][row]
                    text += String(repeating: " ", count: max(1, columnWidth - cell.count)) + cell
                }
                lines.append(text)
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        var text = blocks.joined(separator: "\n\n") + "\n"
        if columns.contains(where: { $0.unit == "dimensionless" }) { text += "[-] dimensionless\n" }
        return text
    }

    /// A unit in brackets, broken after a `/` when it is wider than a column, so two columns'
    /// units never run together: `[$/people/year]` → `[$/people/` `year]`.
    func unitLines(_ unit: String?, _ limit: Int) -> [String] {
        guard let unit else { return [""] }
        let text = "[\(TextTable.shortUnit(unit))]"
        guard text.count > limit else { return [text] }
        var lines: [String] = [], current = ""
        for piece in text.split(separator: "/", omittingEmptySubsequences: false).enumerated().map({ $0.offset == 0 ? String($0.element) : "/" + $0.element }) {
            if current.count + piece.count > limit, !current.isEmpty {
                lines.append(current)
                current = String(piece)
            } else {
                current += piece
            }
        }
        lines.append(current)
        // The slash ends the line it breaks: `[$/people/` then `year]`.
        for k in lines.indices.dropLast() where lines[k + 1].hasPrefix("/") {
            lines[k] += "/"
            lines[k + 1].removeFirst()
        }
        return lines.flatMap { line in stride(from: 0, to: line.count, by: limit).map { String(line.dropFirst($0).prefix(limit)) } }
    }

    /// Units as shown in a header: `dimensionless` is `-`.
    static func shortUnit(_ unit: String) -> String { unit == "dimensionless" ? "-" : unit }

    /// Splits a name into lines of at most `limit` characters: a snake_case name after its
    /// underscores, an element's subscript (`pay[closed,senior]`) before its `[` and after its commas.
    func wrap(_ name: String, _ limit: Int) -> [String] {
        guard let open = name.firstIndex(of: "["), open != name.startIndex else { return wrapWords(name, limit) }
        var lines = wrapWords(String(name[..<open]), limit)
        var pieces: [String] = [], piece = ""
        for character in name[open...] {
            piece.append(character)
            if character == "," {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        for piece in pieces {
            if let last = lines.last, last.count + piece.count <= limit {
                lines[lines.count - 1] = last + piece
            } else {
                lines += wrapWords(piece, limit)
            }
        }
        return lines
    }

    /// A snake_case name broken after its underscores (the underscore ends the line).
    private func wrapWords(_ name: String, _ limit: Int) -> [String] { TextColumns.wrap(name, limit) }
}

extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
