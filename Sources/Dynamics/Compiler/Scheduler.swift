/// Reorders straight-line instructions into groups that share an operation, so the evaluator
/// dispatches once per group instead of once per instruction.
///
/// Each instruction gets a level: one more than the level of the instructions that wrote what
/// it reads, and more than any earlier reader of the slot it overwrites. Instructions of one
/// level do not depend on each other, so within a level they can run in any order; grouping
/// them by operation keeps the result bit-for-bit the same as the original order.
enum Scheduler {
    static func schedule(_ code: [Instruction], slotCount: Int) -> (instructions: [Instruction], groups: [InstructionGroup]) {
        var writtenAt = [Int](repeating: -1, count: slotCount)   // level of the last write of each slot
        var readAt = [Int](repeating: -1, count: slotCount)      // highest level that read the slot since
        var levels: [Int] = []
        levels.reserveCapacity(code.count)
        for instruction in code {
            let reads = instruction.readSlots
            var level = writtenAt[Int(instruction.dst)] + 1
            level = max(level, readAt[Int(instruction.dst)] + 1)
            for slot in reads { level = max(level, writtenAt[slot] + 1) }
            levels.append(level)
            for slot in reads { readAt[slot] = max(readAt[slot], level) }
            writtenAt[Int(instruction.dst)] = level
            readAt[Int(instruction.dst)] = -1
        }
        // Stable sort by (level, operation): ties keep their original order.
        let order = code.indices.sorted { a, b in
            (levels[a], code[a].op.rawValue, a) < (levels[b], code[b].op.rawValue, b)
        }
        var instructions: [Instruction] = []
        var groups: [InstructionGroup] = []
        instructions.reserveCapacity(code.count)
        for index in order {
            let instruction = code[index]
            if let last = groups.last, last.op == instruction.op, levels[order[instructions.count - 1]] == levels[index] {
                groups[groups.count - 1].end += 1
            } else {
                groups.append(InstructionGroup(op: instruction.op, start: Int32(instructions.count), end: Int32(instructions.count + 1)))
            }
            instructions.append(instruction)
        }
        return (instructions, groups)
    }
}

/// A run of instructions with the same operation and no dependencies among them.
struct InstructionGroup: Hashable, Sendable {
    var op: Instruction.Op
    var start: Int32
    var end: Int32
}

extension Instruction {
    /// The slots the instruction reads (table offsets and counts are not slots).
    var readSlots: [Int] {
        switch op {
        case .copy, .negate, .not, .abs, .exp, .ln, .log10, .sqrt, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh,
             .int, .sign, .maxZero, .lookupClamp, .lookupExtrapolate, .lookupDiscrete, .lookupForward, .normalCDF, .normalQuantile:
            return [Int(a)]
        case .add, .subtract, .multiply, .divide, .power, .modulo, .less, .lessOrEqual, .greater, .greaterOrEqual,
             .equal, .notEqual, .and, .or, .min, .max, .poissonQuantile:
            return [Int(a), Int(b)]
        case .step:
            return [Int(a), Int(b), ReservedSlot.time, ReservedSlot.dt]
        case .clamp, .safediv, .select, .multiplyAdd, .multiplySubtract, .subtractMultiply:
            return [Int(a), Int(b), Int(c)]
        case .randomUniform:
            return [Int(a), Int(b), ReservedSlot.step, ReservedSlot.seed]
        case .ramp, .pulse, .pulseTrain:
            return [Int(a), Int(b), Int(c), ReservedSlot.time, ReservedSlot.dt]
        }
    }
}
