import Dynamics

/// An observed series file, `history/*.csv`: a header, then one row per date. The first
/// column is the date (`2024`, `2024-12`, `2024-12-31` or `2024Q4`); empty cells are missing
/// observations. The columns `quality`, `source` and `note` hold text (where a row's number
/// comes from); every other column holds numbers. Lines starting with `#` are comments.
public struct HistoryTable: Sendable {
    public var file: String
    public var columns: [String]
    /// Decimal years of each row.
    public var times: [Double]
    /// `values[column][row]`; nil where the cell is empty or the column holds text.
    public var values: [[Double?]]
    /// `texts[column][row]` for the text columns; empty for the others.
    public var texts: [[String]]
    /// The line in the file of each row.
    public var lines: [Int]

    /// The columns that hold text rather than numbers.
    public static let textColumns: Set<String> = ["quality", "source", "note"]

    /// The observations of one column as (time, value) pairs.
    public func series(_ column: String) -> [(time: Double, value: Double)]? {
        guard let index = columns.firstIndex(of: column), index > 0 else { return nil }
        return zip(times, values[index]).compactMap { time, value in value.map { (time, $0) } }
    }

    /// Whether `column` is one of the file's numeric columns (not the date, not text).
    public func isNumeric(_ column: String) -> Bool {
        guard let index = columns.firstIndex(of: column) else { return false }
        return index > 0 && !Self.textColumns.contains(column)
    }

    /// The value in `column` of row `row`, nil when empty or not a numeric column.
    public func value(_ column: String, row: Int) -> Double? {
        guard let index = columns.firstIndex(of: column), index > 0 else { return nil }
        return values[index][row]
    }

    /// The text in a text column of row `row`.
    public func text(_ column: String, row: Int) -> String? {
        guard let index = columns.firstIndex(of: column), Self.textColumns.contains(column) else { return nil }
        return texts[index][row]
    }

    static func read(_ text: String, file: String, problems: inout [Diagnostic]) -> HistoryTable? {
        var lines: [(number: Int, cells: [String])] = []
        for (k, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            lines.append((k + 1, CSVLine.split(String(line))))
        }
        guard let header = lines.first else {
            problems.append(Diagnostic(.error, AssumptionProblem.historyWithoutHeader(file: file), at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        var table = HistoryTable(file: file, columns: header.cells, times: [],
                                 values: Array(repeating: [], count: header.cells.count),
                                 texts: Array(repeating: [], count: header.cells.count), lines: [])
        for line in lines.dropFirst() {
            guard line.cells.count == header.cells.count else {
                problems.append(Diagnostic(.error, AssumptionProblem.rowLength(cells: line.cells.count, header: header.cells.count),
                                           at: SourceLocation(file: file, line: line.number, column: 1)))
                continue
            }
            guard let time = HistoryTable.time(line.cells[0]) else {
                problems.append(Diagnostic(.error, AssumptionProblem.notADate(line.cells[0]), at: SourceLocation(file: file, line: line.number, column: 1)))
                continue
            }
            table.times.append(time)
            table.lines.append(line.number)
            var column = 1
            for (k, cell) in line.cells.enumerated() {
                defer { column += cell.count + 1 }
                if k == 0 { table.values[0].append(time); continue }
                if HistoryTable.textColumns.contains(header.cells[k]) {
                    table.values[k].append(nil)
                    table.texts[k].append(cell)
                    continue
                }
                if cell.isEmpty { table.values[k].append(nil); continue }
                guard let x = Double(cell), x.isFinite else {
                    problems.append(Diagnostic(.error, AssumptionProblem.notANumberInColumn(cell, column: header.cells[k]),
                                               at: SourceLocation(file: file, line: line.number, column: column)))
                    table.values[k].append(nil)
                    continue
                }
                table.values[k].append(x)
            }
        }
        return table
    }

    /// Decimal year of a date cell: the middle of a month is not used; a month starts at
    /// `year + (month − 1) / 12`.
    static func time(_ text: String) -> Double? {
        if let quarter = Quarter(text) { return quarter.time }
        let parts = text.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }), let year = parts[0], (1000...3000).contains(year) else { return nil }
        var time = Double(year)
        // A month or day out of range is no date (not the year's start, silently).
        if parts.count >= 2 {
            guard let month = parts[1], (1...12).contains(month) else { return nil }
            time += Double(month - 1) / 12
        }
        if parts.count >= 3 {
            guard let day = parts[2], (1...31).contains(day) else { return nil }
            time += Double(day - 1) / 365
        }
        return parts.count > 3 ? nil : time
    }
}

/// Splits one CSV line into cells, honouring double quotes.
enum CSVLine {
    static func split(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        var iterator = line.makeIterator()
        while let c = iterator.next() {
            if quoted {
                if c == "\"" { quoted = false } else { cell.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
        }
        cells.append(cell)
        return cells.map { String($0.trimmingWhitespace()) }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
