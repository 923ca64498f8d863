/// Translates equations into instructions: each expression node becomes at most one
/// instruction writing a slot; names and numbers are read in place.
extension CodeGenerator {
    mutating func emitEquation(_ node: Node) {
        emitting = node.name
        let target = slotOf[node.name]!
        _ = emit(node.expression, hoisting ? invariance(node.expression) : .leaf, into: target)
        if case .flow(nonNegative: true) = node.kind {
            code.append(Instruction(.maxZero, target, target))
        }
    }

    mutating func emitNetRate(into target: Int, inflows: [String], outflows: [String]) {
        let terms = inflows.map { (slotOf[$0]!, true) } + outflows.map { (slotOf[$0]!, false) }
        guard let first = terms.first else { return }
        code.append(Instruction(first.1 ? .copy : .negate, target, first.0))
        for (slot, isInflow) in terms.dropFirst() {
            code.append(Instruction(isInflow ? .add : .subtract, target, target, slot))
        }
    }

    /// Emits code leaving the value of `e` in `target` (or in a slot of its choosing when
    /// `target` is nil) and returns that slot. `parts` says which parts of `e` read only
    /// constants (when hoisting; otherwise it is `.leaf` and its parts are not read).
    private mutating func emit(_ e: Expression, _ parts: Invariance, into target: Int?) -> Int {
        if hoisting, target == nil, parts.isInvariant {
            // Swapped rather than copied, so hoisting many parts stays linear.
            swap(&code, &hoisted)
            hoisting = false
            let slot = emit(e, parts, into: nil)
            hoisting = true
            swap(&code, &hoisted)
            return slot
        }
        /// The invariance of part `k` of `e`.
        func part(_ k: Int) -> Invariance { k < parts.parts.count ? parts.parts[k] : .leaf }
        func place(_ slot: Int) -> Int {
            guard let target, target != slot else { return slot }
            code.append(Instruction(.copy, target, slot))
            return target
        }
        switch e.kind {
        case .number(let value):
            return place(literal(value))
        case .name(let name):
            return place(slotOf[name]!)
        case .unary(.plus, let operand):
            return emit(operand, part(0), into: target)
        case .unary(let op, let operand):
            if op == .negate, case .number(let value) = operand.kind { return place(literal(-value)) }
            let a = emit(operand, part(0), into: nil)
            let d = target ?? temporary()
            code.append(Instruction(op == .negate ? .negate : .not, d, a))
            return d
        case .binary(let op, let lhs, let rhs):
            if let fused = emitFused(op, lhs, rhs, part(0), part(1), into: target) { return fused }
            let a = emit(lhs, part(0), into: nil)
            if op == .power, case .number(2) = rhs.kind {
                let d = target ?? temporary()
                code.append(Instruction(.multiply, d, a, a))
                return d
            }
            let b = emit(rhs, part(1), into: nil)
            let d = target ?? temporary()
            code.append(Instruction(Self.opcode(for: op), d, a, b))
            return d
        case .call(let name, let arguments):
            return emitCall(name, arguments, parts, at: e.position, into: target)
        case .subscript:
            preconditionFailure("a subscript reached code generation: arrays are flattened first")
        }
    }

    /// `x·y ± z` and `z − x·y` as one instruction.
    private mutating func emitFused(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression,
                                    _ lhsParts: Invariance, _ rhsParts: Invariance, into target: Int?) -> Int? {
        typealias Operand = (expression: Expression, parts: Invariance)
        func product(_ e: Expression, _ parts: Invariance) -> (Operand, Operand)? {
            if case .binary(.multiply, let x, let y) = e.kind {
                return ((x, parts.parts.first ?? .leaf), (y, parts.parts.count > 1 ? parts.parts[1] : .leaf))
            }
            return nil
        }
        let fused: (Instruction.Op, Operand, Operand, Operand)
        switch op {
        case .add:
            if let (x, y) = product(lhs, lhsParts) { fused = (.multiplyAdd, x, y, (rhs, rhsParts)) }
            else if let (x, y) = product(rhs, rhsParts) { fused = (.multiplyAdd, x, y, (lhs, lhsParts)) }
            else { return nil }
        case .subtract:
            if let (x, y) = product(lhs, lhsParts) { fused = (.multiplySubtract, x, y, (rhs, rhsParts)) }
            else if let (x, y) = product(rhs, rhsParts) { fused = (.subtractMultiply, x, y, (lhs, lhsParts)) }
            else { return nil }
        default:
            return nil
        }
        let a = emit(fused.1.expression, fused.1.parts, into: nil), b = emit(fused.2.expression, fused.2.parts, into: nil)
        let c = emit(fused.3.expression, fused.3.parts, into: nil)
        let d = target ?? temporary()
        code.append(Instruction(fused.0, d, a, b, c))
        return d
    }

    private mutating func emitCall(_ name: String, _ arguments: [Expression], _ parts: Invariance, at position: SourcePosition,
                                   into target: Int?) -> Int {
        /// The invariance of argument `k`.
        func part(_ k: Int) -> Invariance { k < parts.parts.count ? parts.parts[k] : .leaf }
        if let layout = tableLayout[name] {
            let x = emit(arguments[0], part(0), into: nil)
            let d = target ?? temporary()
            let op: Instruction.Op = switch layout.mode {
            case .clamp: .lookupClamp
            case .extrapolate: .lookupExtrapolate
            case .discrete: .lookupDiscrete
            case .forward: .lookupForward
            }
            code.append(Instruction(op, d, x, layout.offset, layout.count))
            return d
        }
        let builtin = Builtin(rawValue: name)!
        /// Evaluates the arguments and applies `op`; `optionalLast` fills a missing third argument.
        func simple(_ op: Instruction.Op, optionalLast: Double? = nil) -> Int {
            var slots: [Int] = []
            for (k, argument) in arguments.enumerated() { slots.append(emit(argument, part(k), into: nil)) }
            if let optionalLast, slots.count == 2 { slots.append(literal(optionalLast)) }
            while slots.count < 3 { slots.append(0) }
            let d = target ?? temporary()
            code.append(Instruction(op, d, slots[0], slots[1], slots[2]))
            return d
        }
        switch builtin.specification.lowering {
        case .fold(let op):
            var accumulator = emit(arguments[0], part(0), into: nil)
            for (k, argument) in arguments.dropFirst().enumerated() {
                let b = emit(argument, part(k + 1), into: nil)
                let d = k == arguments.count - 2 ? (target ?? temporary()) : temporary()
                code.append(Instruction(op, d, accumulator, b))
                accumulator = d
            }
            return accumulator
        case .instruction(let op, let optionalLast):
            // An `if` is a select of both computed branches: programs stay straight-line.
            return simple(op, optionalLast: optionalLast)
        case .literal(let value): return place(literal(value), target)
        case .reservedSlot(let slot): return place(slot, target)
        case .hiddenStocks:
            preconditionFailure("stateful \(name)() reached code generation unexpanded")
        case .random(let draw):
            var slots: [Int] = []
            for (k, argument) in arguments.enumerated() { slots.append(emit(argument, part(k), into: nil)) }
            return emitDraw(draw, slots, site: literal(randomSite(at: position)), into: target)
        }
    }

    private mutating func place(_ slot: Int, _ target: Int?) -> Int {
        guard let target, target != slot else { return slot }
        code.append(Instruction(.copy, target, slot))
        return target
    }

    private static func opcode(for op: BinaryOperator) -> Instruction.Op {
        switch op {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .power: .power
        case .modulo: .modulo
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        case .equal: .equal
        case .notEqual: .notEqual
        case .and: .and
        case .or: .or
        }
    }
}
