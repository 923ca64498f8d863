import Dynamics
import Foundation

/// Numbers for people: `$1.2B`, `4.5e26`, `12.3`, `500K`, chosen from the unit.
public enum ValueFormatter {
    public static func format(_ value: Double, unit: String?) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let unit = unit ?? ""
        if unit.hasPrefix("$") { return money(value) }
        if unit == "people" || unit == "person" { return count(value) }
        // A calendar year is never rounded: 2029.5 is not "2030".
        if unit == "year", abs(value) >= 1000, abs(value) < 1e5 { return ExpressionPrinter.formatNumber(value) }
        return plain(value)
    }

    /// As `format`, without trailing zeros: `$1B`, `24`, `6.5`, `1e28` (for labels of round thresholds).
    public static func short(_ value: Double, unit: String?) -> String {
        trailingZerosDropped(format(value, unit: unit))
    }

    /// A formatted number without the zeros after its last significant decimal: `50.0%` is `50%`,
    /// `1.00e28` is `1e28`, `$1.50B` is `$1.5B`.
    public static func trailingZerosDropped(_ text: String) -> String {
        guard let point = text.firstIndex(of: ".") else { return text }
        let digitsEnd = text[point...].dropFirst().firstIndex { !$0.isNumber } ?? text.endIndex
        var fraction = String(text[text.index(after: point)..<digitsEnd])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return String(text[..<point]) + (fraction.isEmpty ? "" : "." + fraction) + String(text[digitsEnd...])
    }

    /// `$1.2T`, `$1.2B`, `$310M`, `$45K`, `$950`, `$12.5`, `$0.0881`: three significant figures.
    public static func money(_ value: Double) -> String {
        let x = abs(value)
        for (scale, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where x >= scale * 0.9995 {
            return signed(value, "$" + significant(x / scale) + suffix)
        }
        if x == 0 { return "$0" }
        if x >= 99.95 { return signed(value, "$" + String(format: "%.0f", x)) }
        return signed(value, "$" + significant(x))
    }

    /// An input as written, in its unit's notation but never rounded: `$300M` for 3e8 dollars,
    /// `$1.234567M`, `30,000`, `2029.5`, `1e28`, `0.0625`.
    public static func exact(_ value: Double, unit: String?) -> String {
        guard value.isFinite else { return format(value, unit: unit) }
        let x = abs(value)
        if (unit ?? "").hasPrefix("$") {
            for (scale, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where x >= scale && x < 1e15 {
                return signed(value, "$" + shortest(x / scale) + suffix)
            }
            return signed(value, "$" + shortest(x))
        }
        if unit == "year", x >= 1000, x < 1e5 { return ExpressionPrinter.formatNumber(value) }
        if x == x.rounded(), x >= 1000, x < 1e15 { return signed(value, grouped(x)) }
        return signed(value, shortest(x))
    }

    /// Swift's shortest text that reads back as the same double, exponent as `e28`.
    static func shortest(_ x: Double) -> String {
        ExpressionPrinter.formatNumber(x).replacingOccurrences(of: "e+", with: "e")
    }

    /// A share of one as a percentage: `36.3%`, `4.30%`, `0.0139%`.
    public static func percent(_ value: Double) -> String {
        value.isFinite ? significant(value * 100) + "%" : format(value, unit: nil)
    }

    /// A share of one as a whole percentage, for counts of observations or runs: `42%`.
    public static func wholePercent(_ value: Double) -> String {
        value.isFinite ? "\(Int((value * 100).rounded()))%" : format(value, unit: nil)
    }

    /// `25.0M`, `500K`, `1,234`.
    public static func count(_ value: Double) -> String {
        let x = abs(value)
        if x >= 999_500 { return signed(value, significant(x / 1e6) + "M") }
        if x >= 9_999.5 { return signed(value, significant(x / 1e3) + "K") }
        return signed(value, grouped(x.rounded()))
    }

    /// Three significant figures, thousands grouped (`30,000`); scientific notation (`4.50e26`)
    /// beyond a million or below a thousandth.
    public static func plain(_ value: Double) -> String {
        let x = abs(value)
        if x == 0 { return "0" }
        if x >= 1e6 || x < 1e-3 { return scientific(value) }
        if x >= 999.5 { return signed(value, grouped(x.rounded())) }
        return signed(value, significant(x))
    }

    /// `4.50e26`, `1.00e29`, `-3.20e-5`: three significant figures, so a column of them lines up
    /// (`short` drops the zeros for a label).
    public static func scientific(_ value: Double) -> String {
        let text = String(format: "%.2e", value)
        guard let e = text.firstIndex(of: "e") else { return text }
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        return "\(text[..<e])e\(exponent)"
    }

    /// Three significant figures without an exponent: 0.00312, 0.312, 1.23, 12.3, 123, 1230.
    public static func significant(_ x: Double) -> String {
        let magnitude = abs(x)
        let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 || magnitude == 0 ? 2
            : min(8, 2 - Int(log10(magnitude).rounded(.down)))
        return signed(x, String(format: "%.\(decimals)f", magnitude))
    }

    /// `sign` of `value` before `magnitude`, except when the magnitude shows as zero: never `-0`.
    static func signed(_ value: Double, _ magnitude: String) -> String {
        value < 0 && magnitude.contains(where: { $0.isNumber && $0 != "0" }) ? "-" + magnitude : magnitude
    }

    static func grouped(_ x: Double) -> String {
        let digits = String(Int64(x))
        var result = ""
        for (k, c) in digits.reversed().enumerated() {
            if k > 0, k % 3 == 0 { result.append(",") }
            result.append(c)
        }
        return String(result.reversed())
    }
}
