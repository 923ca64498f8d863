/// What one slot of a running model holds: one run's value (`Double`), or the values of
/// several runs that step together, one per lane (`Lanes`). The evaluator and the integrators
/// are written once over this; a lane computes exactly what a run of its own computes, since
/// every operation is either IEEE arithmetic applied lane by lane or the scalar function
/// applied to each lane.
protocol SlotValue: Sendable {
    static var laneCount: Int { get }
    init(repeating value: Double)
    subscript(lane lane: Int) -> Double { get set }
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    /// `lhs ⋚ rhs ? ifTrue : ifFalse`, lane by lane, with IEEE comparisons (false for NaN).
    static func choose(_ ifTrue: Self, _ ifFalse: Self, if lhs: Self, _ comparison: SlotComparison, _ rhs: Self) -> Self
    /// The bit-level steps of the `exp` and `ln` kernels (ExpLog.swift).
    /// x = m · 2^e with m in [1, 2), for positive normal x; e as a whole Double.
    static func split(_ x: Self) -> (mantissa: Self, exponent: Self)
    /// y · 2^k, where `shifted` = k + roundingShift holds the whole number k in its low bits and
    /// the result stays normal (k is added to the exponent field).
    static func scale(_ y: Self, byPowerOfTwoIn shifted: Self) -> Self
    /// `result` where `inside` is 1, else `fallback` of the lane's operands.
    static func patch(_ result: Self, where inside: Self, _ a: Self, _ b: Self, _ fallback: (Double, Double) -> Double) -> Self
}

enum SlotComparison {
    case less, lessOrEqual, equal
}

extension SlotValue {
    /// `Swift.min`: `y < x ? y : x`.
    @inline(__always) static func minimum(_ x: Self, _ y: Self) -> Self { choose(y, x, if: y, .less, x) }
    /// `Swift.max`: `y >= x ? y : x`.
    @inline(__always) static func maximum(_ x: Self, _ y: Self) -> Self { choose(y, x, if: x, .lessOrEqual, y) }
    /// 1 where `lhs ⋚ rhs`, else 0.
    @inline(__always) static func indicator(_ lhs: Self, _ comparison: SlotComparison, _ rhs: Self) -> Self {
        choose(Self(repeating: 1), Self(repeating: 0), if: lhs, comparison, rhs)
    }
    /// 1 where `x ≠ 0` (NaN included), else 0.
    @inline(__always) static func isNonZero(_ x: Self) -> Self {
        choose(Self(repeating: 0), Self(repeating: 1), if: x, .equal, Self(repeating: 0))
    }
    /// `x ≠ 0 ? ifNonZero : ifZero`.
    @inline(__always) static func select(_ x: Self, _ ifNonZero: Self, _ ifZero: Self) -> Self {
        choose(ifZero, ifNonZero, if: x, .equal, Self(repeating: 0))
    }
    /// `-x`, as a multiplication so that the sign of zero flips as the scalar negation's does.
    @inline(__always) static func negated(_ x: Self) -> Self { x * Self(repeating: -1) }
    /// `|x|`, with +0 for either zero (the sign of a NaN may differ from `Swift.abs`'s).
    @inline(__always) static func magnitude(_ x: Self) -> Self {
        let zero = Self(repeating: 0)
        return choose(zero, choose(negated(x), x, if: x, .less, zero), if: x, .equal, zero)
    }
}

extension Double: SlotValue {
    @inline(__always) static var laneCount: Int { 1 }
    @inline(__always) init(repeating value: Double) { self = value }
    @inline(__always) subscript(lane lane: Int) -> Double {
        get { self }
        set { self = newValue }
    }
    @inline(__always) static func choose(_ ifTrue: Double, _ ifFalse: Double, if lhs: Double, _ comparison: SlotComparison, _ rhs: Double) -> Double {
        switch comparison {
        case .less: lhs < rhs ? ifTrue : ifFalse
        case .lessOrEqual: lhs <= rhs ? ifTrue : ifFalse
        case .equal: lhs == rhs ? ifTrue : ifFalse
        }
    }
}

/// Eight runs evaluated together: one dispatch of the evaluator serves all eight.
typealias Lanes = SIMD8<Double>

extension SIMD8: SlotValue where Scalar == Double {
    @inline(__always) static var laneCount: Int { 8 }
    @inline(__always) subscript(lane lane: Int) -> Double {
        get { self[lane] }
        set { self[lane] = newValue }
    }
    @inline(__always) static func choose(_ ifTrue: Self, _ ifFalse: Self, if lhs: Self, _ comparison: SlotComparison, _ rhs: Self) -> Self {
        switch comparison {
        case .less: ifFalse.replacing(with: ifTrue, where: lhs .< rhs)
        case .lessOrEqual: ifFalse.replacing(with: ifTrue, where: lhs .<= rhs)
        case .equal: ifFalse.replacing(with: ifTrue, where: lhs .== rhs)
        }
    }
}
