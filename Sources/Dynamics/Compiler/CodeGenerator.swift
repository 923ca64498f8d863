import Foundation

/// Orders the equations and translates them into the two programs of a `CompiledModel`.
///
/// Slots: reserved (time, dt, start, stop, zero), parameters, literals, stocks (visible, then
/// hidden), other variables, stock net rates, then temporaries shared by all equations.
struct CodeGenerator {
    private let nodes: [Node]
    private let parameters: [Parameter]
    private let tables: [Table]
    private let pipelines: [PipelineSpec]

    private var slotOf: [String: Int] = [:]
    private var literalSlots: [UInt64: Int] = [:]
    private var initialSlots: [Double] = []
    private var tableLayout: [String: (offset: Int, count: Int, mode: Table.Mode)] = [:]
    private var tableData: [Double] = []
    private var code: [Instruction] = []
    /// Subexpressions of time-varying equations that read only constants: computed once, in the
    /// init program, instead of at every evaluation (loop-invariant code motion).
    private var hoisted: [Instruction] = []
    private var constantNames: Set<String> = []
    private var hoisting = false
    /// Temporaries follow every other slot; each is written once, so the scheduler may reorder.
    private var temporaryBase = 0
    private var temporaryHighWater = 0

    init(nodes: [Node], parameters: [Parameter], tables: [Table], pipelines: [PipelineSpec]) {
        self.nodes = nodes
        self.parameters = parameters
        self.tables = tables
        self.pipelines = pipelines
    }

    mutating func generate() throws(DiagnosticList) -> CompiledModel {
        let index = Dictionary(nodes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let references = nodes.map { node in node.expression.references().compactMap { index[$0.name] } }

        // Order: the rate program reads stocks as state, so only non-stocks need ordering there.
        let rateDependencies = nodes.indices.map { i in
            nodes[i].isStock ? [] : references[i].filter { !nodes[$0].isStock }
        }
        if case .failure(let cycle) = DependencyOrder.sort(count: nodes.count, dependencies: rateDependencies) {
            throw DiagnosticList([loopDiagnostic(cycle, "algebraic loop",
                                                 "break it with a stock, or smooth() or delay1() one of these")])
        }
        let initOrder: [Int]
        switch DependencyOrder.sort(count: nodes.count, dependencies: references) {
        case .success(let order): initOrder = order
        case .failure(let cycle):
            throw DiagnosticList([loopDiagnostic(cycle, "initial values depend on each other",
                                                 "give one of these stocks an initial value that does not depend on the others")])
        }

        // A variable is constant when nothing it reads changes over a run.
        var isConstant = [Bool](repeating: false, count: nodes.count)
        for i in initOrder {
            isConstant[i] = !nodes[i].isStock && !readsTime(nodes[i].expression) && references[i].allSatisfy { isConstant[$0] }
        }

        allocateSlots()
        let stockIndices = nodes.indices.filter { nodes[$0].isStock }
        let stockBase = slotOf[nodes[stockIndices.first ?? 0].name] ?? initialSlots.count
        let variableEnd = initialSlots.count
        // A stock's net rate is read from its only inflow directly, from the zero slot when it
        // has no flows, or from a slot of its own that the rate program sums into.
        var summedRates: [(slot: Int, inflows: [String], outflows: [String])] = []
        let derivativeSlots = stockIndices.map { i -> Int in
            guard case let .stock(inflows, outflows, _) = nodes[i].kind else { return ReservedSlot.zero }
            if inflows.isEmpty && outflows.isEmpty { return ReservedSlot.zero }
            if inflows.count == 1 && outflows.isEmpty { return slotOf[inflows[0]]! }
            initialSlots.append(0)
            summedRates.append((initialSlots.count - 1, inflows, outflows))
            return initialSlots.count - 1
        }
        temporaryBase = initialSlots.count

        // Init program: constants and initial values, in dependency order.
        for i in initOrder { emitEquation(nodes[i]) }
        var initProgram = code

        // Rate program: the time-varying auxiliaries and flows, then each stock's net rate.
        code = []
        constantNames = Set(parameters.map(\.name)).union(nodes.indices.filter { isConstant[$0] }.map { nodes[$0].name })
            .union(["dt"])
        hoisting = true
        var rateOrder: [Int] = []
        if case .success(let order) = DependencyOrder.sort(count: nodes.count, dependencies: rateDependencies) {
            rateOrder = order.filter { !nodes[$0].isStock && !isConstant[$0] }
        }
        for i in rateOrder { emitEquation(nodes[i]) }
        for rate in summedRates {
            emitNetRate(into: rate.slot, inflows: rate.inflows, outflows: rate.outflows)
        }
        let rateProgram = code
        initProgram += hoisted

        let visibleColumns = nodes.filter(\.isVisible).map { node in
            CompiledModel.Column(name: node.name, kind: node.isStock ? .stock : node.kind == .auxiliary ? .auxiliary : .flow,
                                 unit: node.unit, doc: node.doc, slot: slotOf[node.name]!)
        }
        let watch = (stockIndices + rateOrder + initOrder.filter { isConstant[$0] }).map { i in
            (slot: slotOf[nodes[i].name]!, name: String(nodes[i].name.prefix { $0 != "#" }))
        }
        let equations = nodes.enumerated().map { i, node in
            var inflows: [String] = [], outflows: [String] = []
            if case let .stock(ins, outs, _) = node.kind { (inflows, outflows) = (ins, outs) }
            return CompiledEquation(name: node.name, kind: node.kind.label, expression: node.expression,
                                    inflows: inflows, outflows: outflows, dependencies: dependencyNames(node),
                                    isVisible: node.isVisible, unit: node.unit, doc: node.doc)
        }
        initialSlots += [Double](repeating: 0, count: temporaryHighWater)
        let slotCount = initialSlots.count
        return CompiledModel(
            columns: visibleColumns,
            parameters: parameters.map { .init(name: $0.name, value: $0.value, unit: $0.unit, slot: slotOf[$0.name]!) },
            equations: equations, slotCount: slotCount, initialSlots: initialSlots,
            initProgram: Program(initProgram, slotCount: slotCount), rateProgram: Program(rateProgram, slotCount: slotCount),
            tableData: tableData, stockBase: stockBase, stockCount: stockIndices.count, derivativeSlots: derivativeSlots,
            watchOrder: watch, variableRange: stockBase..<variableEnd,
            nonNegativeStocks: stockIndices.compactMap { i in
                if case .stock(_, _, true) = nodes[i].kind { return slotOf[nodes[i].name] }
                return nil
            },
            pipelines: pipelines.map { spec in
                var delaySlot: Int?
                switch spec.delay?.kind {
                case .name(let name): delaySlot = slotOf[name]
                case .number(let value): delaySlot = literalSlots[value.bitPattern]
                default: delaySlot = nil
                }
                return Pipeline(state: slotOf[spec.state]!, source: slotOf[spec.source]!, delay: delaySlot)
            })
    }

    // MARK: - Slots

    private mutating func allocateSlots() {
        initialSlots = [Double](repeating: 0, count: ReservedSlot.count)
        slotOf["time"] = ReservedSlot.time
        slotOf["dt"] = ReservedSlot.dt
        for parameter in parameters {
            slotOf[parameter.name] = initialSlots.count
            initialSlots.append(parameter.value)
        }
        for value in [0, 1, .infinity, .pi] { registerLiteral(value) }
        for node in nodes {
            node.expression.visit { expression in
                switch expression.kind {
                case .number(let value): registerLiteral(value)
                case .unary(.negate, let operand):
                    if case .number(let value) = operand.kind { registerLiteral(-value) }
                default: break
                }
            }
        }
        for table in tables {
            tableLayout[table.name] = (tableData.count, table.xs.count, table.mode)
            tableData += table.xs + table.ys
        }
        let ordered = nodes.filter { $0.isStock && $0.isVisible } + nodes.filter { $0.isStock && !$0.isVisible }
            + nodes.filter { !$0.isStock && $0.isVisible } + nodes.filter { !$0.isStock && !$0.isVisible }
        for node in ordered {
            slotOf[node.name] = initialSlots.count
            initialSlots.append(0)
        }
    }

    private mutating func registerLiteral(_ value: Double) {
        guard literalSlots[value.bitPattern] == nil else { return }
        literalSlots[value.bitPattern] = initialSlots.count
        initialSlots.append(value)
    }

    private func literal(_ value: Double) -> Int {
        guard let slot = literalSlots[value.bitPattern] else {
            preconditionFailure("literal \(value) was not registered before code generation")
        }
        return slot
    }

    private mutating func temporary() -> Int {
        temporaryHighWater += 1
        return temporaryBase + temporaryHighWater - 1
    }

    // MARK: - Equations

    private mutating func emitEquation(_ node: Node) {
        let target = slotOf[node.name]!
        _ = emit(node.expression, into: target)
        if case .flow(nonNegative: true) = node.kind {
            code.append(Instruction(.maxZero, target, target))
        }
    }

    private mutating func emitNetRate(into target: Int, inflows: [String], outflows: [String]) {
        let terms = inflows.map { (slotOf[$0]!, true) } + outflows.map { (slotOf[$0]!, false) }
        guard let first = terms.first else { return }
        code.append(Instruction(first.1 ? .copy : .negate, target, first.0))
        for (slot, isInflow) in terms.dropFirst() {
            code.append(Instruction(isInflow ? .add : .subtract, target, target, slot))
        }
    }

    /// Emits code leaving the value of `e` in `target` (or in a slot of its choosing when
    /// `target` is nil) and returns that slot.
    private mutating func emit(_ e: Expression, into target: Int?) -> Int {
        if hoisting, target == nil, isInvariant(e) {
            let saved = code
            code = hoisted
            hoisting = false
            let slot = emit(e, into: nil)
            hoisting = true
            hoisted = code
            code = saved
            return slot
        }
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
            return emit(operand, into: target)
        case .unary(let op, let operand):
            if op == .negate, case .number(let value) = operand.kind { return place(literal(-value)) }
            let a = emit(operand, into: nil)
            let d = target ?? temporary()
            code.append(Instruction(op == .negate ? .negate : .not, d, a))
            return d
        case .binary(let op, let lhs, let rhs):
            if let fused = emitFused(op, lhs, rhs, into: target) { return fused }
            let a = emit(lhs, into: nil)
            if op == .power, case .number(2) = rhs.kind {
                let d = target ?? temporary()
                code.append(Instruction(.multiply, d, a, a))
                return d
            }
            let b = emit(rhs, into: nil)
            let d = target ?? temporary()
            code.append(Instruction(Self.opcode(for: op), d, a, b))
            return d
        case .call(let name, let arguments):
            return emitCall(name, arguments, into: target)
        }
    }

    /// `x·y ± z` and `z − x·y` as one instruction.
    private mutating func emitFused(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, into target: Int?) -> Int? {
        func product(_ e: Expression) -> (Expression, Expression)? {
            if case .binary(.multiply, let x, let y) = e.kind { return (x, y) }
            return nil
        }
        let fused: (Instruction.Op, Expression, Expression, Expression)
        switch op {
        case .add:
            if let (x, y) = product(lhs) { fused = (.multiplyAdd, x, y, rhs) }
            else if let (x, y) = product(rhs) { fused = (.multiplyAdd, x, y, lhs) }
            else { return nil }
        case .subtract:
            if let (x, y) = product(lhs) { fused = (.multiplySubtract, x, y, rhs) }
            else if let (x, y) = product(rhs) { fused = (.subtractMultiply, x, y, lhs) }
            else { return nil }
        default:
            return nil
        }
        let a = emit(fused.1, into: nil), b = emit(fused.2, into: nil), c = emit(fused.3, into: nil)
        let d = target ?? temporary()
        code.append(Instruction(fused.0, d, a, b, c))
        return d
    }

    private mutating func emitCall(_ name: String, _ arguments: [Expression], into target: Int?) -> Int {
        if let layout = tableLayout[name] {
            let x = emit(arguments[0], into: nil)
            let d = target ?? temporary()
            let op: Instruction.Op = switch layout.mode {
            case .clamp: .lookupClamp
            case .extrapolate: .lookupExtrapolate
            case .discrete: .lookupDiscrete
            }
            code.append(Instruction(op, d, x, layout.offset, layout.count))
            return d
        }
        let builtin = Builtin(rawValue: name)!
        /// Evaluates the arguments and applies `op`; `optionalLast` fills a missing third argument.
        func simple(_ op: Instruction.Op, optionalLast: Double? = nil) -> Int {
            var slots = arguments.map { emit($0, into: nil) }
            if let optionalLast, slots.count == 2 { slots.append(literal(optionalLast)) }
            while slots.count < 3 { slots.append(0) }
            let d = target ?? temporary()
            code.append(Instruction(op, d, slots[0], slots[1], slots[2]))
            return d
        }
        switch builtin {
        case .min, .max:
            var accumulator = emit(arguments[0], into: nil)
            for (k, argument) in arguments.dropFirst().enumerated() {
                let b = emit(argument, into: nil)
                let d = k == arguments.count - 2 ? (target ?? temporary()) : temporary()
                code.append(Instruction(builtin == .min ? .min : .max, d, accumulator, b))
                accumulator = d
            }
            return accumulator
        case .if:
            // Both branches are computed and one is selected: programs stay straight-line.
            return simple(.select)
        case .pi: return place(literal(.pi), target)
        case .inf: return place(literal(.infinity), target)
        case .starttime: return place(ReservedSlot.startTime, target)
        case .stoptime: return place(ReservedSlot.stopTime, target)
        case .abs: return simple(.abs)
        case .exp: return simple(.exp)
        case .ln: return simple(.ln)
        case .log10: return simple(.log10)
        case .sqrt: return simple(.sqrt)
        case .sin: return simple(.sin)
        case .cos: return simple(.cos)
        case .tan: return simple(.tan)
        case .arcsin: return simple(.arcsin)
        case .arccos: return simple(.arccos)
        case .arctan: return simple(.arctan)
        case .int: return simple(.int)
        case .sign: return simple(.sign)
        case .pow: return simple(.power)
        case .mod: return simple(.modulo)
        case .clamp: return simple(.clamp)
        case .safediv: return simple(.safediv, optionalLast: 0)
        case .step: return simple(.step)
        case .ramp: return simple(.ramp, optionalLast: .infinity)
        case .pulse: return simple(.pulse)
        case .pulse_train: return simple(.pulseTrain, optionalLast: 0)
        case .smooth, .smooth3, .smoothn, .delay1, .delay3, .delayn, .trend, .forcst, .initial, .previous, .delay_fixed:
            preconditionFailure("stateful \(name)() reached code generation unexpanded")
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

    // MARK: - Analysis helpers

    /// True for an operation (not a bare name or number) that reads only constants.
    private func isInvariant(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .number, .name: return false
        default: break
        }
        var invariant = true
        expression.visit { node in
            switch node.kind {
            case .name(let name): if !constantNames.contains(name) { invariant = false }
            case .call(let name, _):
                if let builtin = Builtin(rawValue: name), [.step, .ramp, .pulse, .pulse_train].contains(builtin) { invariant = false }
            default: break
            }
        }
        return invariant
    }

    /// True if the expression reads the clock: `time` or a test input.
    private func readsTime(_ expression: Expression) -> Bool {
        var result = false
        expression.visit { node in
            switch node.kind {
            case .name("time"): result = true
            case .call(let name, _):
                if let builtin = Builtin(rawValue: name), [.step, .ramp, .pulse, .pulse_train].contains(builtin) { result = true }
            default: break
            }
        }
        return result
    }

    private func dependencyNames(_ node: Node) -> [String] {
        var seen: Set<String> = [], names: [String] = []
        node.expression.visit { expression in
            var name: String?
            switch expression.kind {
            case .name(let n): name = n
            case .call(let n, _) where tableLayout[n] != nil: name = n
            default: break
            }
            if let name, !Compiler.reservedNames.contains(name), seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    private func loopDiagnostic(_ cycle: DependencyOrder.Cycle, _ what: String, _ hint: String) -> Diagnostic {
        // The search lists each node before the one it reads; show causes before effects.
        let names = cycle.nodes.reversed().map { nodes[$0].name.prefix { $0 != "#" } }
        var collapsed: [Substring] = []
        for name in names where collapsed.last != name { collapsed.append(name) }
        let first = nodes[cycle.nodes[0]]
        return Diagnostic(.error, "\(what): \(collapsed.joined(separator: " -> "))", hint: hint,
                          at: first.declaration ?? first.origin)
    }
}
