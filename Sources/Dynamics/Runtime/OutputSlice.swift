import Foundation

/// The parts of the output program a run needs. The output program computes the auxiliaries
/// nothing integrated depends on, so a step that records nothing needs only what the pipelines
/// record (the compiler puts their sources in the rate program, so this part is empty unless
/// that changes), and a step that records needs that and what the recorded columns read. Each
/// part keeps the program's order, so every value it reads is the one the whole program would
/// have given it.
struct OutputSlice {
    /// Run at the steps that record nothing.
    let everyStep: Program
    /// Run instead at the steps that record.
    let atSave: Program

    init(_ program: Program, pipelineSources: [Int], recorded: [Int], slotCount: Int) {
        let code = Array(program.code.pointer.prefix(program.count))
        everyStep = Program(Self.slice(code, live: pipelineSources, slotCount: slotCount), slotCount: slotCount)
        atSave = Program(Self.slice(code, live: pipelineSources + recorded, slotCount: slotCount), slotCount: slotCount)
    }

    /// The instructions of `code` that the slots `live` depend on, in order: walking back, an
    /// instruction is kept when its result is still wanted, and then wants what it reads.
    static func slice(_ code: [Instruction], live slots: [Int], slotCount: Int) -> [Instruction] {
        var wanted = [Bool](repeating: false, count: slotCount)
        for slot in slots { wanted[slot] = true }
        var kept: [Instruction] = []
        for instruction in code.reversed() where wanted[Int(instruction.dst)] {
            wanted[Int(instruction.dst)] = false
            for slot in instruction.readSlots { wanted[slot] = true }
            kept.append(instruction)
        }
        return kept.reversed()
    }
}

/// The slices of one model's output program, made once for each set of recorded slots: a Monte
/// Carlo or a calibration runs thousands of times with the same columns.
final class OutputSlices: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [[Int]: OutputSlice] = [:]

    /// The slice for the recorded slots `recorded`, from `make` the first time.
    func slice(recording recorded: [Int], make: () -> OutputSlice) -> OutputSlice {
        lock.lock()
        defer { lock.unlock() }
        if let slice = made[recorded] { return slice }
        let slice = make()
        made[recorded] = slice
        return slice
    }
}
