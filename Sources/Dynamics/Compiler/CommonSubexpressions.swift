/// Removes instructions that compute again a value a slot already holds: the same operation on
/// the same operands, none of which was written since. Every operation is a function of its
/// operands (and of time, dt, the step and the seed, which do not change while a program
/// runs), so results are the same to the bit.
///
/// A repeated temporary is dropped and its readers read the first result instead, when that
/// result's slot is written only once in the program; otherwise, and for a variable's own slot,
/// the repeat becomes a copy.
enum CommonSubexpressions {
    private struct Key: Hashable {
        var op: Instruction.Op
        var a: Int32, b: Int32, c: Int32
    }

    private struct Available {
        var slot: Int32
        /// The write counts of the operands and of the result when it was computed.
        var versions: (a: Int, b: Int, c: Int, result: Int)
    }

    /// - Parameter droppable: whether a slot is a temporary no other program reads, so that
    ///   an instruction writing it may go.
    static func eliminate(_ code: [Instruction], slotCount: Int, droppable: (Int) -> Bool) -> [Instruction] {
        var writes = [Int](repeating: 0, count: slotCount)
        for instruction in code { writes[Int(instruction.dst)] += 1 }
        var version = [Int](repeating: 0, count: slotCount)
        var rename = [Int32](repeating: -1, count: slotCount)
        var available: [Key: Available] = [:]
        var result: [Instruction] = []
        result.reserveCapacity(code.count)
        func renamed(_ slot: Int32) -> Int32 { rename[Int(slot)] >= 0 ? rename[Int(slot)] : slot }

        for original in code {
            var instruction = original
            // Operands that are not slots (a table's offset and count) keep their values.
            let readsBC = instruction.op.readsSlotsBC
            instruction.a = renamed(instruction.a)
            if readsBC {
                instruction.b = renamed(instruction.b)
                instruction.c = renamed(instruction.c)
            }
            let dst = Int(instruction.dst)
            let key = Key(op: instruction.op, a: instruction.a, b: instruction.b, c: instruction.c)
            let operandVersions = (a: version[Int(instruction.a)], b: readsBC ? version[Int(instruction.b)] : 0,
                                   c: readsBC ? version[Int(instruction.c)] : 0)
            if instruction.op != .copy, let found = available[key], found.versions.a == operandVersions.a,
               found.versions.b == operandVersions.b, found.versions.c == operandVersions.c,
               found.versions.result == version[Int(found.slot)] {
                if droppable(dst), writes[dst] == 1, writes[Int(found.slot)] == 1 {
                    rename[dst] = found.slot
                    continue
                }
                instruction = Instruction(.copy, dst, Int(found.slot))
            }
            result.append(instruction)
            version[dst] += 1
            if instruction.op != .copy {
                available[key] = Available(slot: instruction.dst, versions: (operandVersions.a, operandVersions.b, operandVersions.c, version[dst]))
            }
        }
        return result
    }
}

extension Instruction.Op {
    /// Whether operands `b` and `c` name slots (a lookup's are a table's offset and count).
    var readsSlotsBC: Bool {
        switch self {
        case .lookupClamp, .lookupExtrapolate, .lookupDiscrete, .lookupForward: false
        default: true
        }
    }
}
