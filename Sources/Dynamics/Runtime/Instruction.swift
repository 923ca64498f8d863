/// One step of a compiled equation: an operation on slots of the model's flat `Double` buffer.
///
/// `dst = op(a, b, c)`; unused operands are zero. Programs are straight-line (an `if` is a
/// `select` of two computed values), which lets the scheduler group independent instructions.
struct Instruction: Hashable, Sendable {
    enum Op: UInt8, Sendable {
        case copy, negate, not
        case add, subtract, multiply, divide, power, modulo
        /// `a·b + c`, `a·b − c` and `c − a·b`, rounded after each operation like the separate
        /// instructions they replace.
        case multiplyAdd, multiplySubtract, subtractMultiply
        case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual, and, or
        case min, max, abs, exp, ln, log10, sqrt, sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh, int, sign
        case clamp, safediv, maxZero
        /// `a ≠ 0 ? b : c`.
        case select
        /// `a` height, `b` start; reads time.
        case step
        /// `a` slope, `b` start, `c` end; reads time.
        case ramp
        /// `a` start, `b` width; reads time and dt.
        case pulse
        /// `a` magnitude, `b` first, `c` interval; reads time and dt.
        case pulseTrain
        /// `a` input slot, `b` offset of the table's points in the table data, `c` point count.
        case lookupClamp, lookupExtrapolate, lookupDiscrete, lookupForward
        /// `a` the call's own seed (0 for none), `b` its site; reads the step and the seed.
        case randomUniform
        /// Φ(a) and Φ⁻¹(a) of the standard normal distribution.
        case normalCDF, normalQuantile
        /// `a` the mean, `b` a uniform draw: the Poisson quantile.
        case poissonQuantile
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
    /// Always 0: the net rate of a stock without flows.
    static let zero = 4
    /// The run's seed, for the random functions.
    static let seed = 5
    /// The number of the step under way, from 0; RK4's stages inside a step keep it.
    static let step = 6
    static let count = 7
}

/// A scheduled program: instructions ordered by group, in memory the evaluator reads directly.
struct Program: Sendable {
    let code: FixedBuffer<Instruction>
    let groups: FixedBuffer<InstructionGroup>
    let count: Int

    init(_ instructions: [Instruction], slotCount: Int) {
        let (ordered, groups) = Scheduler.schedule(instructions, slotCount: slotCount)
        code = FixedBuffer(ordered, padding: Instruction(.copy, ReservedSlot.zero, ReservedSlot.zero))
        self.groups = FixedBuffer(groups, padding: InstructionGroup(op: .copy, start: 0, end: 0))
        count = ordered.count
    }
}
