import Foundation

/// Turns an axis value into the label a reader sees.
///
/// All formats are locale-independent: the same number always gives the same text.
/// Negative numbers use the minus sign U+2212, as typeset charts do.
public struct TickFormat: Sendable {
    private let body: @Sendable (Double) -> String

    /// A caller-supplied format.
    public init(_ format: @escaping @Sendable (Double) -> String) {
        body = format
    }

    public func callAsFunction(_ value: Double) -> String {
        body(value)
    }

    /// Plain numbers with thousands separators and at most three significant decimals:
    /// `12,345`, `0.25`, `1.5`.
    public static let number = TickFormat { formatNumber($0) }

    /// Whole years, no separator: `2025`.
    public static let year = TickFormat { value in
        let rounded = value.rounded()
        guard rounded.isFinite, abs(rounded - value) < 1e-9 else {
            return signed(value, decimalText(abs(value), decimals: 2, grouping: false))
        }
        return signed(rounded, String(Int64(rounded.magnitude)))
    }

    /// Powers of ten as `1e26`, other values as `4.5e26`; values between 1 and 10 without exponent.
    public static let scientific = TickFormat { formatScientific($0) }

    /// US dollars with a suffix: `$500`, `$30K`, `$30M`, `$1.2B`, `$10B`, `$1.5T`.
    public static let money = TickFormat { formatMoney($0) }

    /// Shares of one as percentages: `0.25` → `25%`, `0.125` → `12.5%`.
    public static let percent = TickFormat { value in
        formatNumber(value * 100, grouping: true) + "%"
    }

    /// The default for an axis: `scientific` on a log axis reaching a million or more, else `number`.
    static func automatic(scale: AxisScale, domain: ClosedRange<Double>) -> TickFormat {
        if scale == .log, max(abs(domain.lowerBound), abs(domain.upperBound)) >= 1e6 { return .scientific }
        return .number
    }
}

// MARK: - The formats

private let minusSign = "\u{2212}"

private func signed(_ value: Double, _ magnitudeText: String) -> String {
    value < 0 && magnitudeText != "0" ? minusSign + magnitudeText : magnitudeText
}

/// `value` rounded to `significant` significant digits.
private func roundedToSignificant(_ value: Double, _ significant: Int) -> Double {
    guard value != 0, value.isFinite else { return value }
    let exponent = Int(floor(log10(abs(value))))
    let scale = pow(10.0, Double(significant - 1 - exponent))
    return (value * scale).rounded() / scale
}

/// The number of decimals that shows three significant digits, between 0 and 6.
private func decimalsForThreeSignificant(_ magnitude: Double) -> Int {
    guard magnitude > 0 else { return 0 }
    let exponent = Int(floor(log10(magnitude)))
    return min(max(2 - exponent, 0), 6)
}

/// Fixed decimals with trailing zeros dropped and optional thousands separators.
private func decimalText(_ magnitude: Double, decimals: Int, grouping: Bool) -> String {
    var power = 1.0
    for _ in 0..<decimals { power *= 10 }
    let scaled = (magnitude * power).rounded()
    guard scaled < 9e15 else { return String(format: "%.0f", magnitude) }
    let total = UInt64(scaled)
    let unit = UInt64(power)
    let whole = total / unit
    var fraction = total % unit
    var wholeText = String(whole)
    if grouping, wholeText.count > 3 {
        var grouped = ""
        for (offset, character) in wholeText.enumerated() {
            if offset > 0, (wholeText.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        wholeText = grouped
    }
    guard fraction != 0 else { return wholeText }
    var digits = decimals
    while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
    }
    let fractionText = String(fraction)
    return wholeText + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
}

private func formatNumber(_ value: Double, grouping: Bool = true) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? minusSign + "∞" : "∞") }
    let magnitude = abs(value)
    if magnitude >= 1e15 { return formatScientific(value) }
    if magnitude != 0, magnitude < 1e-6 { return formatScientific(value) }
    let text = decimalText(magnitude, decimals: decimalsForThreeSignificant(magnitude), grouping: grouping)
    return signed(value, text)
}

private func formatScientific(_ value: Double) -> String {
    guard value.isFinite else { return formatNumber(value) }
    guard value != 0 else { return "0" }
    let magnitude = roundedToSignificant(abs(value), 3)
    var exponent = Int(floor(log10(magnitude)))
    var mantissa = (magnitude / pow(10.0, Double(exponent)) * 100).rounded() / 100
    if mantissa >= 10 {
        exponent += 1
        mantissa = (mantissa / 10 * 100).rounded() / 100
    }
    let mantissaText = decimalText(mantissa, decimals: 2, grouping: false)
    let text = exponent == 0 ? mantissaText : "\(mantissaText)e\(exponent)"
    return signed(value, text)
}

private func formatMoney(_ value: Double) -> String {
    guard value.isFinite else { return formatNumber(value) }
    let magnitude = roundedToSignificant(abs(value), 3)
    let suffixes: [(threshold: Double, suffix: String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
    // Beyond six decimals a tick would read "$0": tiny amounts are written `$1e-9`.
    if magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-3) { return signed(value, "$" + formatScientific(magnitude)) }
    for (threshold, suffix) in suffixes where magnitude >= threshold {
        let scaled = magnitude / threshold
        return signed(value, "$" + decimalText(scaled, decimals: decimalsForThreeSignificant(scaled), grouping: false) + suffix)
    }
    return signed(value, "$" + decimalText(magnitude, decimals: decimalsForThreeSignificant(magnitude), grouping: false))
}
