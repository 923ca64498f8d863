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

    /// As `format`, without trailing zeros: `$1B`, `24`, `6.5` (for labels of round thresholds).
    public static func short(_ value: Double, unit: String?) -> String {
        let text = format(value, unit: unit)
        guard let point = text.firstIndex(of: "."), !text.contains("e") else { return text }
        let digitsEnd = text[point...].dropFirst().firstIndex { !$0.isNumber } ?? text.endIndex
        var fraction = String(text[text.index(after: point)..<digitsEnd])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return String(text[..<point]) + (fraction.isEmpty ? "" : "." + fraction) + String(text[digitsEnd...])
    }

    /// `$1.2T`, `$1.2B`, `$310M`, `$45K`, `$950`, `$12.50`.
    public static func money(_ value: Double) -> String {
        let sign = value < 0 ? "-" : "", x = abs(value)
        for (scale, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where x >= scale * 0.9995 {
            return sign + "$" + significant(x / scale) + suffix
        }
        if x >= 100 { return sign + "$" + String(format: "%.0f", x) }
        if x >= 0.01 || x == 0 { return sign + "$" + String(format: "%.2f", x) }
        return sign + "$" + String(format: "%.2g", x)
    }

    /// `25.0M`, `500K`, `1,234`.
    public static func count(_ value: Double) -> String {
        let sign = value < 0 ? "-" : "", x = abs(value)
        if x >= 999_500 { return sign + significant(x / 1e6) + "M" }
        if x >= 9_999.5 { return sign + significant(x / 1e3) + "K" }
        return sign + grouped(x.rounded())
    }

    /// Three significant figures; scientific notation (`4.5e26`) beyond a million or below a thousandth.
    public static func plain(_ value: Double) -> String {
        let x = abs(value)
        if x == 0 { return "0" }
        if x >= 1e6 || x < 1e-3 { return scientific(value) }
        return significant(value)
    }

    /// `4.5e26`, `1e29`, `-3.2e-5`.
    public static func scientific(_ value: Double) -> String {
        let text = String(format: "%.2e", value)
        guard let e = text.firstIndex(of: "e") else { return text }
        var mantissa = String(text[..<e])
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        return "\(mantissa)e\(exponent)"
    }

    /// Three significant figures without an exponent: 0.00312, 0.312, 1.23, 12.3, 123, 1230.
    public static func significant(_ x: Double) -> String {
        let magnitude = abs(x)
        let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 || magnitude == 0 ? 2
            : min(8, 2 - Int(log10(magnitude).rounded(.down)))
        return String(format: "%.\(decimals)f", x)
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
