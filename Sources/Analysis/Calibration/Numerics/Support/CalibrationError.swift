/// What went wrong, as a value: every public entry point that can refuse its input throws one of
/// these (typed throws) instead of trapping. The wording lives in `description` only.
public enum CalibrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Bounds with no parameters.
    case noParameters
    /// A vector or list whose length does not match: `what`, expected and found lengths.
    case dimensionMismatch(what: String, expected: Int, got: Int)
    /// Bounds that are not finite or not strictly increasing for this parameter.
    case invalidBounds(parameter: Int, lower: Double, upper: Double)
    /// A log-scale parameter whose lower bound is not positive.
    case logScaleNeedsPositiveLower(parameter: Int, lower: Double)
    /// A point (start, maximum) that is not finite or lies outside the bounds at this parameter.
    case outsideBounds(parameter: Int, value: Double, lower: Double, upper: Double)
    /// A point on a bound where finite differences need room on both sides.
    case pointOnBound(parameter: Int, value: Double)
    /// A setting outside its allowed range.
    case invalidSetting(name: String, value: Double)
    /// Too few values for `what`.
    case tooFewValues(what: String, needed: Int, got: Int)
    /// Chains of different lengths (chain 0 has `first` draws, `chain` has `other`).
    case unequalChainLengths(first: Int, chain: Int, other: Int)
    /// A value that must be positive and finite (for a log10) is not.
    case nonPositiveValue(what: String, index: Int, value: Double)
    /// A value that must be finite is not.
    case nonFiniteValue(what: String, index: Int, value: Double)

    public var description: String {
        switch self {
        case .noParameters:
            return "the bounds have no parameters"
        case let .dimensionMismatch(what, expected, got):
            return "\(what) has \(got) values where \(expected) were expected"
        case let .invalidBounds(parameter, lower, upper):
            return "parameter \(parameter) has bounds [\(lower), \(upper)]; they must be finite with lower < upper"
        case let .logScaleNeedsPositiveLower(parameter, lower):
            return "parameter \(parameter) is searched in log space but its lower bound \(lower) is not positive"
        case let .outsideBounds(parameter, value, lower, upper):
            return "parameter \(parameter) is \(value), outside its bounds [\(lower), \(upper)]"
        case let .pointOnBound(parameter, value):
            return "parameter \(parameter) is \(value), on its bound; a central difference needs room on both sides"
        case let .invalidSetting(name, value):
            return "the setting \(name) = \(value) is out of range"
        case let .tooFewValues(what, needed, got):
            return "\(what) needs at least \(needed) values but has \(got)"
        case let .unequalChainLengths(first, chain, other):
            return "chain 0 has \(first) draws but chain \(chain) has \(other); chains must be equally long"
        case let .nonPositiveValue(what, index, value):
            return "\(what) value \(index) is \(value); a log10 needs a positive, finite value"
        case let .nonFiniteValue(what, index, value):
            return "\(what) value \(index) is \(value); it must be finite"
        }
    }
}
