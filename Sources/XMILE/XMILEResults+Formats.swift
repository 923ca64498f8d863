import Foundation

/// Results as text: CSV and JSON, byte-identical for identical results.
///
/// Numbers are written in the shortest form that reads back as the same `Double`, whole
/// numbers without a decimal point (`12`, `0.125`, `1e-05`). CSV writes NaN and infinities
/// as `NaN`, `Infinity` and `-Infinity`; JSON, which has no such numbers, writes `null`.
extension XMILEResults {
    public enum Format: String, CaseIterable, Sendable {
        case csv
        case json
    }

    public func rendered(as format: Format) -> String {
        switch format {
        case .csv: csv()
        case .json: json()
        }
    }

    /// A header row `time,<name>,…` with the names as the model file wrote them, then one row
    /// per saved time; lines end with `\n`.
    public func csv() -> String {
        var text = (["time"] + series.map(\.name)).map(Self.csvField).joined(separator: ",") + "\n"
        for (row, time) in times.enumerated() {
            text += ([Self.csvNumber(time)] + series.map { Self.csvNumber($0.values[row]) }).joined(separator: ",")
            text += "\n"
        }
        return text
    }

    /// `{"time": [...], "series": {"<name>": [...], ...}}`, series in model order, one per line.
    public func json() -> String {
        var text = "{\n  \"time\": [\(times.map(Self.jsonNumber).joined(separator: ", "))],\n  \"series\": {"
        for (k, entry) in series.enumerated() {
            text += k == 0 ? "\n" : ",\n"
            text += "    \(Self.jsonString(entry.name)): [\(entry.values.map(Self.jsonNumber).joined(separator: ", "))]"
        }
        text += series.isEmpty ? "}\n}\n" : "\n  }\n}\n"
        return text
    }

    /// The shortest text that reads back as `value`; whole numbers without `.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func csvNumber(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return number(value)
    }

    static func jsonNumber(_ value: Double) -> String {
        value.isFinite ? number(value) : "null"
    }

    /// RFC 4180: a field with a comma, quote or line break goes in quotes, quotes doubled.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func jsonString(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                text += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
