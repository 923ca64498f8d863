/// A plain table for terminals that fits a width: columns as wide as their widest cell, numbers
/// right-aligned, and, when the whole is too wide, the first column (names, labels) narrowed by
/// wrapping its cells onto further lines at spaces or underscores, never inside a word unless a
/// word alone is wider than the column. Headers wrap at spaces the same way.
public struct TextColumns {
    public var header: [String]
    public var rows: [[String]]
    /// Columns aligned to the left; the others (numbers) align right.
    public var leftAligned: Set<Int> = [0]

    public init(header: [String], rows: [[String]], leftAligned: Set<Int> = [0]) {
        self.header = header
        self.rows = rows
        self.leftAligned = leftAligned
    }

    public func render(width: Int = 80, indent: Int = 0) -> String {
        let count = header.count
        let gap = 2
        let cellWidths = (0..<count).map { k in rows.map { $0.indices.contains(k) ? $0[k].count : 0 }.max() ?? 0 }
        // Whole headers when they fit; else headers wrap at their spaces.
        var widths = (0..<count).map { max(cellWidths[$0], header[$0].count) }
        if widths.reduce(0, +) + gap * (count - 1) + indent > width {
            widths = (0..<count).map { max(cellWidths[$0], Self.longestWord(header[$0])) }
        }
        let others = widths.dropFirst().reduce(0, +) + gap * (count - 1) + indent
        if widths[0] + others > width {
            widths[0] = max(12, width - others)
        }
        widths[0] = max(widths[0], min(header[0].count, widths[0]))
        var lines: [String] = []
        func emit(_ cells: [String]) {
            let wrapped = cells.enumerated().map { k, cell in Self.wrap(cell, widths[k]) }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                var text = String(repeating: " ", count: indent)
                for k in 0..<count {
                    // A wrapped cell's last line carries the row; numbers sit on that line.
                    let offset = height - wrapped[k].count
                    let part = line >= offset ? wrapped[k][line - offset] : ""
                    let pad = String(repeating: " ", count: max(0, widths[k] - part.count))
                    text += (k == 0 ? "" : String(repeating: " ", count: gap)) + (leftAligned.contains(k) ? part + pad : pad + part)
                }
                lines.append(text.trailingSpacesRemoved)
            }
        }
        emit(header)
        lines.append(String(repeating: " ", count: indent) + String(repeating: "-", count: widths.reduce(0, +) + gap * (count - 1)))
        for row in rows { emit(row + Array(repeating: "", count: max(0, count - row.count))) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map(\.count).max() ?? 0
    }

    /// `text` in lines of at most `limit` characters, broken after spaces, underscores or hyphens
    /// (`scaling-` / `continues`), and inside a word only when one is longer than a line.
    public static func wrap(_ text: String, _ limit: Int) -> [String] {
        guard text.count > limit, limit > 0 else { return [text] }
        var lines: [String] = [], current = ""
        var pieces: [String] = [], piece = ""
        for character in text {
            piece.append(character)
            if character == " " || character == "_" || character == "-" {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        for piece in pieces {
            if current.count + piece.trailingSpacesRemoved.count > limit, !current.isEmpty {
                lines.append(current.trailingSpacesRemoved)
                current = ""
            }
            current += piece
            while current.trailingSpacesRemoved.count > limit {
                lines.append(String(current.prefix(limit)))
                current = String(current.dropFirst(limit))
            }
        }
        if !current.trailingSpacesRemoved.isEmpty { lines.append(current.trailingSpacesRemoved) }
        return lines.isEmpty ? [""] : lines
    }

    /// Prose in lines of at most `width`, the first after `first` (a name, say) and the rest
    /// indented by `indent` spaces.
    public static func paragraph(_ text: String, width: Int = 80, first: String = "", indent: Int = 0) -> String {
        var lines: [String] = []
        var current = first
        // Where the current line's own words begin: after `first`, or after the indent.
        var start = first.count
        // Runs of spaces inside the text are kept (a double space before a range, say).
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let empty = current.count == start
            let separator = empty ? (current.isEmpty || current.hasSuffix(" ") ? "" : " ") : " "
            if !empty, current.count + separator.count + word.count > width {
                lines.append(current)
                current = String(repeating: " ", count: indent) + word
                start = indent
            } else {
                current += separator + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
