import Scenarios

/// CSV text, RFC 4180 quoting; numbers in the shortest form that reads back exactly.
public enum CSVWriter {
    public static func write(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    public static func escape(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func number(_ x: Double) -> String { x.isFinite ? JSONWriter.number(x) : (x.isNaN ? "NaN" : x > 0 ? "Infinity" : "-Infinity") }
}

import Foundation
