import Foundation

/// Lower and upper bounds for each parameter, and the map between that box and the unit cube
/// [0, 1]ⁿ in which the minimiser, the profiles and the sampler work.
///
/// A linear parameter maps as u = (x − l)/(h − l). A log-scale parameter (l > 0) maps as
/// u = (ln x − ln l)/(ln h − ln l): a step in u is a ratio in x and a uniform u is a
/// log-uniform x, which suits positive parameters spanning orders of magnitude.
public struct Bounds: Sendable, Equatable {
    public let lower: [Double]
    public let upper: [Double]
    public let logScale: [Bool]

    public var count: Int { lower.count }

    /// Checks that the bounds are finite with lower < upper, that the lists have one entry per
    /// parameter, and that log-scale parameters have a positive lower bound.
    public init(lower: [Double], upper: [Double], logScale: [Bool]? = nil) throws(CalibrationError) {
        let scale = logScale ?? [Bool](repeating: false, count: lower.count)
        guard !lower.isEmpty else { throw .noParameters }
        guard upper.count == lower.count else { throw .dimensionMismatch(what: "upper bounds", expected: lower.count, got: upper.count) }
        guard scale.count == lower.count else { throw .dimensionMismatch(what: "logScale", expected: lower.count, got: scale.count) }
        for i in lower.indices {
            guard lower[i].isFinite, upper[i].isFinite, lower[i] < upper[i] else {
                throw .invalidBounds(parameter: i, lower: lower[i], upper: upper[i])
            }
            guard !scale[i] || lower[i] > 0 else { throw .logScaleNeedsPositiveLower(parameter: i, lower: lower[i]) }
        }
        self.init(checked: lower, upper, scale)
    }

    private init(checked lower: [Double], _ upper: [Double], _ logScale: [Bool]) {
        (self.lower, self.upper, self.logScale) = (lower, upper, logScale)
    }

    /// Whether `x` has one finite value per parameter, each within its bounds.
    public func contains(_ x: [Double]) -> Bool {
        x.count == count && x.indices.allSatisfy { x[$0] >= lower[$0] && x[$0] <= upper[$0] }
    }

    /// Throws unless `contains(x)`, naming the first offending parameter.
    func check(_ x: [Double], what: String) throws(CalibrationError) {
        guard x.count == count else { throw .dimensionMismatch(what: what, expected: count, got: x.count) }
        for i in x.indices where !(x[i] >= lower[i] && x[i] <= upper[i]) {
            throw .outsideBounds(parameter: i, value: x[i], lower: lower[i], upper: upper[i])
        }
    }

    /// Parameter i of a point, mapped to [0, 1] (values outside the box are clamped).
    public func toUnit(_ x: Double, at i: Int) -> Double {
        let u = logScale[i] ? (log(x) - log(lower[i])) / (log(upper[i]) - log(lower[i]))
                            : (x - lower[i]) / (upper[i] - lower[i])
        return u.isNaN ? 0 : min(1, max(0, u))
    }

    /// Coordinate u of the unit cube mapped back to parameter i (u is clamped to [0, 1] and the
    /// result to the bounds, so rounding never leaves the box).
    public func fromUnit(_ u: Double, at i: Int) -> Double {
        let t = min(1, max(0, u.isNaN ? 0 : u))
        let x = logScale[i] ? exp(log(lower[i]) + t * (log(upper[i]) - log(lower[i])))
                            : lower[i] + t * (upper[i] - lower[i])
        return min(upper[i], max(lower[i], x))
    }

    public func toUnit(_ x: [Double]) -> [Double] { x.indices.map { toUnit(x[$0], at: $0) } }

    public func fromUnit(_ u: [Double]) -> [Double] { u.indices.map { fromUnit(u[$0], at: $0) } }

    /// log |∂x/∂u| up to a constant: Σ ln xᵢ over the log-scale parameters (x = l·(h/l)^u has
    /// ∂x/∂u = x·ln(h/l)); linear parameters contribute only constants. A sampler working in u
    /// adds this to the log-density of x so that its draws have the density given in x.
    func logJacobian(_ x: [Double]) -> Double {
        var sum = 0.0
        for i in x.indices where logScale[i] { sum += log(x[i]) }
        return sum
    }

    /// The bounds without parameter `index` (for re-optimising the others in a profile).
    func removing(_ index: Int) -> Bounds {
        var (l, h, s) = (lower, upper, logScale)
        l.remove(at: index); h.remove(at: index); s.remove(at: index)
        return Bounds(checked: l, h, s)
    }
}
