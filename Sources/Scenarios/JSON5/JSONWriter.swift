/// Writes `JSONValue`s as deterministic JSON text (RFC 8259): the same value always gives
/// the same bytes, so the output can be diffed, snapshot-tested and digested.
///
/// Members are written in the order they are stored, strings are escaped minimally, and
/// numbers are written by `number(_:)`. Positions are ignored.
public enum JSONWriter {
    /// The layout of the output.
    public enum Style: Sendable, Hashable {
        /// One line without spaces: `{"a":1,"b":[true,null]}`.
        case compact
        /// Two-space indentation, one member or element per line, `"key": value`.
        /// Empty objects and arrays stay `{}` and `[]`. There is no trailing newline.
        case pretty
    }

    /// The JSON text of `value`.
    public static func write(_ value: JSONValue, style: Style = .pretty) -> String {
        var output = ""
        write(value, style: style, indent: 0, to: &output)
        return output
    }

    /// Appends the JSON text of `value` to `output`.
    public static func write(_ value: JSONValue, style: Style, to output: inout String) {
        write(value, style: style, indent: 0, to: &output)
    }

    private static func write(_ value: JSONValue, style: Style, indent: Int, to output: inout String) {
        switch value.kind {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let x): output += number(x)
        case .string(let text): appendString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for index in elements.indices {
                if index > 0 { output += "," }
                if style == .pretty { newline(indent: indent + 1, to: &output) }
                write(elements[index], style: style, indent: indent + 1, to: &output)
            }
            if style == .pretty { newline(indent: indent, to: &output) }
            output += "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for index in members.indices {
                if index > 0 { output += "," }
                if style == .pretty { newline(indent: indent + 1, to: &output) }
                appendString(members[index].key, to: &output)
                output += style == .pretty ? ": " : ":"
                write(members[index].value, style: style, indent: indent + 1, to: &output)
            }
            if style == .pretty { newline(indent: indent, to: &output) }
            output += "}"
        }
    }

    private static func newline(indent: Int, to output: inout String) {
        output += "\n"
        for _ in 0..<indent { output += "  " }
    }

    /// `text` as a quoted JSON string.
    ///
    /// Only what RFC 8259 requires is escaped: `"`, `\` and the control characters below
    /// U+0020 (as `\b \f \n \r \t`, or `\u00XX` in lower-case hex). Everything else, including
    /// `/` and non-ASCII characters, is written as itself in UTF-8.
    public static func string(_ text: String) -> String {
        var output = ""
        appendString(text, to: &output)
        return output
    }

    private static func appendString(_ text: String, to output: inout String) {
        output += "\""
        // Most strings need no escape and are appended whole.
        let needsEscape = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        guard needsEscape else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u00" + (hex.count == 1 ? "0" + hex : hex)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// The shortest text that reads back as exactly `x`, in one fixed style.
    ///
    /// Whole numbers up to 2^53 have no fraction (`2025`, `-3`, `1000000000000000`); both
    /// zeros are `0`. Very large and very small magnitudes use an exponent without `+` or
    /// leading zeros (`4.5e26`, `1e-5`). Infinities and NaN, which JSON cannot express, are
    /// `null`.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == 0 { return "0" }
        // Whole numbers this small print the same through Int64, which is cheaper.
        if x.rounded(.towardZero) == x, abs(x) < 1e15 { return String(Int64(x)) }
        // Swift's description is the shortest round-trip form, e.g. "2025.0", "4.5e+26", "1e-05".
        var text = x.description
        var exponent = ""
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = String(text[text.index(after: e)...])
            text = String(text[..<e])
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        guard !exponent.isEmpty else { return text }
        let negative = exponent.hasPrefix("-")
        var digits = exponent.drop { $0 == "+" || $0 == "-" }.drop { $0 == "0" }
        if digits.isEmpty { digits = "0" }
        return text + "e" + (negative ? "-" : "") + digits
    }
}
