import Foundation
import XMILE

/// The expected output of a conformance case: `output.tab` (tab-separated) or `output.csv`.
///
/// The files mix LF, CRLF and bare CR line endings; the first column is the time; a constant
/// may be written on the first row only, its later cells blank (read as nil).
struct ExpectedOutput {
    /// Column names after the time column, as written.
    var columns: [String]
    var times: [Double]
    /// `values[row][column]`; nil for a blank or unreadable cell.
    var values: [[Double?]]

    static func read(folder: URL) throws -> ExpectedOutput {
        for (name, separator) in [("output.tab", Character("\t")), ("output.csv", Character(","))] {
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) {
                let data = try Data(contentsOf: url)
                let text = String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
                return parse(text, separator: separator)
            }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.appendingPathComponent("output.*").path])
    }

    static func parse(_ text: String, separator: Character) -> ExpectedOutput {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = normalised.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        guard let header = lines.first else { return ExpectedOutput(columns: [], times: [], values: []) }
        let columns = Array(fields(header, separator).dropFirst())
        var times: [Double] = [], values: [[Double?]] = []
        for line in lines.dropFirst() {
            let cells = fields(line, separator)
            guard let time = cells.first.flatMap(number) else { continue }
            times.append(time)
            values.append(columns.indices.map { k in k + 1 < cells.count ? number(cells[k + 1]) : nil })
        }
        return ExpectedOutput(columns: columns, times: times, values: values)
    }

    private static func number(_ cell: String) -> Double? {
        Double(cell.trimmingCharacters(in: .whitespaces))
    }

    /// Splits a line into fields; a field in double quotes may hold the separator.
    private static func fields(_ line: Substring, _ separator: Character) -> [String] {
        var result: [String] = [], field = "", quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == separator {
                result.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        result.append(field)
        return result
    }
}

/// The conformance pass rule of `shared/conformance/README.md`, exactly: per column and row,
/// relative error at most 1e-4, or both values within 1e-6 of zero; every expected column that
/// names a model variable must pass; rows are matched by time.
///
/// A cell whose reference value is itself wrong is listed as an exception, with the reason,
/// beside the case that holds it (see `ConformanceTests.referenceDefects`).
enum ConformanceCheck {
    /// A cell of a reference output that is known to be wrong, and why.
    struct Exception {
        var column: String
        var time: Double
        var reason: String
    }

    static func agree(_ simulated: Double, _ expected: Double) -> Bool {
        if abs(simulated) <= 1e-6 && abs(expected) <= 1e-6 { return true }
        if simulated.isNaN && expected.isNaN { return true }
        return abs(simulated - expected) <= 1e-4 * max(abs(simulated), abs(expected))
    }

    /// Every disagreement, described; empty when the run passes. Also fails when no expected
    /// column names a model variable, so an empty comparison cannot pass by accident.
    static func mismatches(_ results: XMILEResults, model: XMILEModel, expected: ExpectedOutput, exceptions: [Exception] = []) -> [String] {
        var simulated: [String: [Double]] = [:]
        for series in results.series { simulated[series.key] = series.values }
        var problems: [String] = []
        var compared = 0
        // Rows by time; some references print times rounded to three decimals (0.031 for 0.03125).
        let rows = expected.times.map { time in
            results.times.firstIndex { abs($0 - time) <= 1e-6 * max(1, abs(time)) }
                ?? results.times.indices.min { abs(results.times[$0] - time) < abs(results.times[$1] - time) }
                    .flatMap { abs(results.times[$0] - time) <= 6e-4 ? $0 : nil }
        }
        for (row, time) in expected.times.enumerated() where rows[row] == nil {
            problems.append("no simulated row at time \(time)")
        }
        for (column, name) in expected.columns.enumerated() {
            guard let series = simulated[XMILEName.canonicalColumn(name)] else { continue }
            compared += 1
            for (row, index) in rows.enumerated() {
                guard let index, let value = expected.values[row][column] else { continue }
                if exceptions.contains(where: { XMILEName.canonicalColumn($0.column) == XMILEName.canonicalColumn(name) && $0.time == expected.times[row] }) {
                    continue
                }
                if !agree(series[index], value) {
                    problems.append("'\(name)' at time \(expected.times[row]): simulated \(series[index]), expected \(value)")
                    break
                }
            }
        }
        if compared == 0 { problems.append("no expected column names a model variable") }
        return problems
    }
}
