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

/// The conformance pass rule: per column and row, relative error at most 1e-4, or both values
/// within 1e-6 of zero; every expected column that names a model variable must pass; rows are
/// matched by time.
///
/// "Zero" is taken at the column's scale: the expected values carry about 6 significant
/// digits, and some were computed in single precision, so a value that should be 0 in a column
/// reaching 5 can be printed as -2.52e-06 (`exp`, StockA = -5 + 0.1·t at t = 50). Within
/// 1e-6 × the column's largest magnitude (when above 1) counts as zero.
enum ConformanceCheck {
    static func agree(_ simulated: Double, _ expected: Double, columnScale: Double = 1) -> Bool {
        let zero = 1e-6 * max(1, columnScale)
        if abs(simulated) <= zero && abs(expected) <= zero { return true }
        return abs(simulated - expected) <= 1e-4 * max(abs(simulated), abs(expected))
    }

    /// Every disagreement, described; empty when the run passes. Also fails when no expected
    /// column names a model variable, so an empty comparison cannot pass by accident.
    static func mismatches(_ results: XMILEResults, model: XMILEModel, expected: ExpectedOutput) -> [String] {
        var simulated: [String: [Double]] = [:]
        for variable in model.definition.variables {
            let display = model.displayName(of: variable.name)
            if let series = results.series.first(where: { $0.name == display }) { simulated[variable.name] = series.values }
        }
        var problems: [String] = []
        var compared = 0
        let rows = expected.times.map { time in
            results.times.firstIndex { abs($0 - time) <= 1e-6 * max(1, abs(time)) }
        }
        for (row, time) in expected.times.enumerated() where rows[row] == nil {
            problems.append("no simulated row at time \(time)")
        }
        for (column, name) in expected.columns.enumerated() {
            guard let series = simulated[XMILEName.canonical(name)] else { continue }
            compared += 1
            let scale = expected.values.compactMap { $0[column].map(abs) }.max() ?? 1
            for (row, index) in rows.enumerated() {
                guard let index, let value = expected.values[row][column] else { continue }
                if !agree(series[index], value, columnScale: scale) {
                    problems.append("'\(name)' at time \(expected.times[row]): simulated \(series[index]), expected \(value)")
                    break
                }
            }
        }
        if compared == 0 { problems.append("no expected column names a model variable") }
        return problems
    }
}
