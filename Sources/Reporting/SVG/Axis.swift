import Foundation

/// How values map to distance along an axis.
public enum AxisScale: Sendable, Equatable {
    /// Equal differences take equal distance.
    case linear
    /// Equal ratios take equal distance (base 10); only positive values can be shown.
    case log
}

/// A labelled position on an axis.
public struct Tick: Sendable, Equatable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// A value axis: its scale, the domain it shows, and the ticks to label.
///
/// Build one with `linear(covering:)`, `log(covering:)` or `years(covering:)`; each picks "nice"
/// ticks (1-2-5 steps, decades, whole years) and, for value axes, widens the domain to the
/// nearest nice bounds so the data never touches an unlabelled edge.
public struct Axis: Sendable {
    public let scale: AxisScale
    public let domain: ClosedRange<Double>
    public let ticks: [Tick]
    /// Positions that get a fainter, unlabelled gridline (decades skipped when labels are thinned).
    public let minorValues: [Double]

    public init(scale: AxisScale, domain: ClosedRange<Double>, ticks: [Tick], minorValues: [Double] = []) {
        self.scale = scale
        self.domain = domain
        self.ticks = ticks
        self.minorValues = minorValues
    }

    /// Where `value` falls along the axis: 0 at the lower bound, 1 at the upper bound.
    ///
    /// `nil` when the value cannot be drawn: not finite, or not positive on a log axis.
    public func fraction(of value: Double) -> Double? {
        guard value.isFinite, scale == .linear || value > 0 else { return nil }
        let low = transform(domain.lowerBound), high = transform(domain.upperBound)
        guard high > low else { return 0.5 }
        return (transform(value) - low) / (high - low)
    }

    /// Whether `value` can be drawn on this scale at all.
    public func accepts(_ value: Double) -> Bool {
        value.isFinite && (scale == .linear || value > 0)
    }

    private func transform(_ value: Double) -> Double {
        scale == .log ? log10(value) : value
    }

    // MARK: - Building axes

    /// A linear axis whose domain is `range` widened to multiples of the tick step.
    ///
    /// The step is the smallest of 1, 2 or 5 × 10ⁿ that needs at most `maxTicks` ticks, e.g.
    /// 0–7.3 gives 0, 2, 4, 6, 8.
    public static func linear(covering range: ClosedRange<Double>, maxTicks: Int = 7,
                              format: TickFormat? = nil) -> Axis {
        let range = padded(range, scale: .linear)
        let step = NiceStep.linear(range, maxTicks: max(maxTicks, 2), widen: true)
        let domain = step.value(step.firstIndex)...step.value(step.lastIndex)
        let format = format ?? .automatic(scale: .linear, domain: domain)
        let ticks = (step.firstIndex...step.lastIndex).map { Tick(value: step.value($0), label: format(step.value($0))) }
        return Axis(scale: .linear, domain: domain, ticks: ticks)
    }

    /// A linear axis showing exactly `domain`, with nice ticks inside it.
    public static func linear(exactly domain: ClosedRange<Double>, maxTicks: Int = 7,
                              format: TickFormat? = nil) -> Axis {
        let domain = padded(domain, scale: .linear)
        let format = format ?? .automatic(scale: .linear, domain: domain)
        return Axis(scale: .linear, domain: domain, ticks: linearTicksInside(domain, maxTicks: maxTicks, format: format))
    }

    /// A log₁₀ axis whose domain is `range` widened to the nearest 1, 2 or 5 × 10ⁿ.
    ///
    /// Ticks sit on decades (every 2nd, 5th… decade when more than `maxTicks` would show);
    /// when fewer than three decades are visible, 2 × and 5 × 10ⁿ are labelled too. Non-positive
    /// bounds are replaced so the axis is always drawable.
    public static func log(covering range: ClosedRange<Double>, maxTicks: Int = 8,
                           format: TickFormat? = nil) -> Axis {
        let range = padded(range, scale: .log)
        let domain = NiceStep.logFloor(range.lowerBound)...NiceStep.logCeiling(range.upperBound)
        return log(domain: domain, maxTicks: maxTicks, format: format)
    }

    /// A log₁₀ axis showing exactly `domain` (which must be positive), with ticks chosen as in `log(covering:)`.
    public static func log(exactly domain: ClosedRange<Double>, maxTicks: Int = 8,
                           format: TickFormat? = nil) -> Axis {
        log(domain: padded(domain, scale: .log), maxTicks: maxTicks, format: format)
    }

    private static func log(domain: ClosedRange<Double>, maxTicks: Int, format: TickFormat?) -> Axis {
        let format = format ?? .automatic(scale: .log, domain: domain)
        let tolerance = 1e-9
        let lowExponent = Int(ceil(log10(domain.lowerBound) - tolerance))
        let highExponent = Int(floor(log10(domain.upperBound) + tolerance))
        let decadesVisible = log10(domain.upperBound / domain.lowerBound)
        let contains = { (value: Double) in
            value >= domain.lowerBound * (1 - tolerance) && value <= domain.upperBound * (1 + tolerance)
        }

        var labelled: [Double] = []
        var minor: [Double] = []
        if decadesVisible < 3 - tolerance {
            for exponent in (lowExponent - 1)...(highExponent) {
                for mantissa in [1, 2, 5] {
                    let value = NiceStep.decimal(mantissa, exponent)
                    if contains(value) { labelled.append(value) }
                }
            }
        } else if lowExponent <= highExponent {
            let decadeCount = highExponent - lowExponent + 1
            let decadeStep = [1, 2, 3, 5, 10, 20, 50, 100].first { stride -> Bool in
                let first = Int(ceil(Double(lowExponent) / Double(stride))) * stride
                return (highExponent - first) / stride + 1 <= max(maxTicks, 2)
            } ?? decadeCount
            for exponent in lowExponent...highExponent {
                let value = NiceStep.decimal(1, exponent)
                if exponent.isMultiple(of: decadeStep) { labelled.append(value) } else { minor.append(value) }
            }
        }
        if labelled.count < 3 {
            return Axis(scale: .log, domain: domain, ticks: linearTicksInside(domain, maxTicks: maxTicks, format: format))
        }
        return Axis(scale: .log, domain: domain, ticks: labelled.map { Tick(value: $0, label: format($0)) },
                    minorValues: minor)
    }

    /// A time axis over decimal years (2025.0 is the start of 2025), widened to whole years.
    ///
    /// Ticks sit on whole years, every 1, 2, 5, 10… years, whichever first needs at most `maxTicks`.
    /// Years are kept within ±9e15 so they convert to `Int`. A single instant gets the year either side of it.
    public static func years(covering range: ClosedRange<Double>, maxTicks: Int = 12) -> Axis {
        var range = range
        if !(range.upperBound > range.lowerBound) || !range.lowerBound.isFinite || !range.upperBound.isFinite {
            let centre = range.lowerBound.isFinite ? range.lowerBound : 2025
            range = (centre - 0.5)...(centre + 0.5)
        }
        let tolerance = 1e-9
        let limit = 9e15
        let low = min(max(floor(range.lowerBound + tolerance), -limit), limit - 1)
        let domain = low...max(min(ceil(range.upperBound - tolerance), limit), low + 1)
        let strides = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        var values: [Double] = []
        let firstYear = Int(domain.lowerBound), lastYear = Int(domain.upperBound)
        for stride in strides {
            // Every other year counts from the first year shown, so both ends of a 2025–2035
            // horizon get a label; longer strides fall on round years (2030, 2040).
            let first = stride == 2 ? firstYear : Int((Double(firstYear) / Double(stride)).rounded(.up)) * stride
            if (lastYear - first) / stride + 1 <= max(maxTicks, 1) {
                values = first <= lastYear ? Swift.stride(from: first, through: lastYear, by: stride).map(Double.init) : []
                break
            }
        }
        return Axis(scale: .linear, domain: domain, ticks: values.map { Tick(value: $0, label: TickFormat.year($0)) })
    }

    /// The range of the drawable values among `values`, or `nil` when there are none.
    ///
    /// Skips values that are not finite and, on a log scale, values that are not positive.
    public static func extent(of values: [Double], scale: AxisScale) -> ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite && (scale == .linear || value > 0) {
            low = min(low, value)
            high = max(high, value)
        }
        return low <= high ? low...high : nil
    }

    // MARK: - Helpers

    /// A range with some width: equal bounds are spread around the value, so flat data still gets an axis.
    static func padded(_ range: ClosedRange<Double>, scale: AxisScale) -> ClosedRange<Double> {
        var low = range.lowerBound, high = range.upperBound
        switch scale {
        case .linear:
            if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
            if high - low <= abs(high) * 1e-12 {
                let pad = low == 0 ? 1 : abs(low) * 0.1
                (low, high) = (low - pad, high + pad)
            }
        case .log:
            if !(high > 0) || !high.isFinite { high = 10 }
            if !(low > 0) || !low.isFinite { low = min(1, high / 10) }
            if high / low <= 1 + 1e-12 { (low, high) = (low / 2, high * 2) }
        }
        return low...high
    }

    private static func linearTicksInside(_ domain: ClosedRange<Double>, maxTicks: Int, format: TickFormat) -> [Tick] {
        let step = NiceStep.linear(domain, maxTicks: max(maxTicks, 2), widen: false)
        guard step.firstIndex <= step.lastIndex else { return [] }
        return (step.firstIndex...step.lastIndex).map { Tick(value: step.value($0), label: format(step.value($0))) }
    }
}

/// A tick step of `mantissa` × 10^`exponent`, and the first and last tick as multiples of it.
///
/// Tick values are built from decimal text (`"6e-1"`), so 0.6 is the closest double to 0.6,
/// not 3 × 0.2 with its rounding error.
struct NiceStep {
    var mantissa: Int
    var exponent: Int
    var firstIndex: Int
    var lastIndex: Int

    func value(_ index: Int) -> Double {
        NiceStep.decimal(index * mantissa, exponent)
    }

    static func decimal(_ significand: Int, _ exponent: Int) -> Double {
        Double("\(significand)e\(exponent)") ?? Double(significand) * pow(10, Double(exponent))
    }

    /// The smallest 1-2-5 step with at most `maxTicks` ticks: widening `range` to whole steps,
    /// or keeping only the ticks inside it.
    static func linear(_ range: ClosedRange<Double>, maxTicks: Int, widen: Bool) -> NiceStep {
        var range = range
        if !(range.upperBound - range.lowerBound).isFinite || !(range.upperBound > range.lowerBound) { range = 0...1 }
        let span = range.upperBound - range.lowerBound
        let tolerance = 1e-9
        var exponent = Int(floor(log10(span / Double(maxTicks)))) - 1
        while true {
            for mantissa in [1, 2, 5] {
                let step = decimal(mantissa, exponent)
                let lowRatio = range.lowerBound / step, highRatio = range.upperBound / step
                let first = widen ? Int(floor(lowRatio + tolerance)) : Int(ceil(lowRatio - tolerance))
                let last = widen ? Int(ceil(highRatio - tolerance)) : Int(floor(highRatio + tolerance))
                if last - first + 1 <= maxTicks {
                    return NiceStep(mantissa: mantissa, exponent: exponent, firstIndex: first, lastIndex: last)
                }
            }
            exponent += 1
        }
    }

    /// The largest 1, 2 or 5 × 10ⁿ not above `value` (positive).
    static func logFloor(_ value: Double) -> Double {
        let exponent = Int(floor(log10(value)))
        for (mantissa, shift) in [(5, 0), (2, 0), (1, 0), (5, -1)] {
            let candidate = decimal(mantissa, exponent + shift)
            if candidate <= value * (1 + 1e-9) { return candidate }
        }
        return decimal(1, exponent - 1)
    }

    /// The smallest 1, 2 or 5 × 10ⁿ not below `value` (positive).
    static func logCeiling(_ value: Double) -> Double {
        let exponent = Int(floor(log10(value)))
        for (mantissa, shift) in [(1, 0), (2, 0), (5, 0), (1, 1)] {
            let candidate = decimal(mantissa, exponent + shift)
            if candidate >= value * (1 - 1e-9) { return candidate }
        }
        return decimal(2, exponent + 1)
    }
}
