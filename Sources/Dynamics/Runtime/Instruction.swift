/// One step of a compiled equation: an operation on slots of the model's flat `Double` buffer.
///
/// `dst = op(a, b, c)`; unused operands are zero. Jumps use `dst` as the target index.
struct Instruction: Hashable, Sendable {
    enum Op: UInt8, Sendable {
        case copy, negate, not
        case add, subtract, multiply, divide, power, modulo
        case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual, and, or
        case min, max, abs, exp, ln, log10, sqrt, sin, cos, tan, arcsin, arccos, arctan, int, sign
        case clamp, safediv, maxZero
        /// `a` height, `b` start; reads time.
        case step
        /// `a` slope, `b` start, `c` end; reads time.
        case ramp
        /// `a` start, `b` width; reads time and dt.
        case pulse
        /// `a` magnitude, `b` first, `c` interval; reads time and dt.
        case pulseTrain
        /// `a` input slot, `b` offset of the table's points in the table data, `c` point count.
        case lookupClamp, lookupExtrapolate, lookupDiscrete
        case jumpIfZero, jump
    }

    var op: Op
    var dst: Int32
    var a: Int32
    var b: Int32
    var c: Int32

    init(_ op: Op, _ dst: Int, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        self.op = op
        self.dst = Int32(dst)
        self.a = Int32(a)
        self.b = Int32(b)
        self.c = Int32(c)
    }
}

/// Fixed slots every compiled model has, before its own.
enum ReservedSlot {
    static let time = 0
    static let dt = 1
    static let startTime = 2
    static let stopTime = 3
    static let zero = 4
    static let count = 5
}
