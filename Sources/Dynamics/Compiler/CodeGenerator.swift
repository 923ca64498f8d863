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

    var slotOf: [String: Int] = [:]
    var literalSlots: [UInt64: Int] = [:]
    private var initialSlots: [Double] = []
    var tableLayout: [String: (offset: Int, count: Int, mode: Table.Mode)] = [:]
    private var tableData: [Double] = []
    var code: [Instruction] = []
    /// Subexpressions of time-varying equations that read only constants: computed once, in the
    /// init program, instead of at every evaluation (loop-invariant code motion).
    var hoisted: [Instruction] = []
    var constantNames: Set<String> = []
    var hoisting = false
    /// The variable whose equation is being emitted.
    var emitting = ""
    /// The site of each random call, by variable and place in its equation (`RandomStream.site`).
    var randomSites: [String: [SourcePosition: Double]] = [:]
    /// Temporaries follow every other slot; each is written once, so the scheduler may reorder.
    var temporaryBase = 0
    var temporaryHighWater = 0

    private let aliases: [Alias]

    init(nodes: [Node], parameters: [Parameter], tables: [Table], pipelines: [PipelineSpec], aliases: [Alias] = []) {
        self.nodes = nodes
        self.parameters = parameters
        self.tables = tables
        self.pipelines = pipelines
        self.aliases = aliases
    }

    mutating func generate() throws(DiagnosticList) -> CompiledModel {
        let index = Dictionary(nodes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let references = nodes.map { node in node.expression.references().compactMap { index[$0.name] } }
        // While initial values are computed, a variable with an initial equation reads that instead.
        let initialReferences = nodes.indices.map { i in
            nodes[i].initialExpression.map { $0.references().compactMap { index[$0.name] } } ?? references[i]
        }

        // Order: the rate program reads stocks as state, so only non-stocks need ordering there.
        let rateDependencies = nodes.indices.map { i in
            nodes[i].isStock ? [] : references[i].filter { !nodes[$0].isStock }
        }
        if case .failure(let cycle) = DependencyOrder.sort(count: nodes.count, dependencies: rateDependencies) {
            throw DiagnosticList([loopDiagnostic(cycle, CompileProblem.algebraicLoop)])
        }
        let initOrder: [Int]
        switch DependencyOrder.sort(count: nodes.count, dependencies: initialReferences) {
        case .success(let order): initOrder = order
        case .failure(let cycle):
            throw DiagnosticList([loopDiagnostic(cycle, CompileProblem.circularInitialValues)])
        }

        // A variable is constant when nothing it reads changes over a run.
        var isConstant = [Bool](repeating: false, count: nodes.count)
        for i in initOrder {
            isConstant[i] = !nodes[i].isStock && nodes[i].initialExpression == nil && !readsTime(nodes[i].expression)
                && references[i].allSatisfy { isConstant[$0] }
        }

        allocateSlots()
        let stockIndices = nodes.indices.filter { nodes[$0].isStock }
        // The integrator advances the stocks with flows, which come first in slot order; the
        // flowless ones after them never change within a step.
        let integrated = stockIndices.filter { !nodes[$0].isFlowlessStock }.sorted { slotOf[nodes[$0].name]! < slotOf[nodes[$1].name]! }
        let variableEnd = initialSlots.count
        let stockBase = integrated.first.map { slotOf[nodes[$0].name]! } ?? variableEnd
        // A stock's net rate is read from its only inflow directly, or from a slot of its own
        // that the rate program sums into.
        var summedRates: [(slot: Int, inflows: [String], outflows: [String])] = []
        let derivativeSlots = integrated.map { i -> Int in
            guard case let .stock(inflows, outflows, _) = nodes[i].kind else { return ReservedSlot.zero }
            if inflows.count == 1 && outflows.isEmpty { return slotOf[inflows[0]]! }
            initialSlots.append(0)
            summedRates.append((initialSlots.count - 1, inflows, outflows))
            return initialSlots.count - 1
        }
        temporaryBase = initialSlots.count

        // Init program: constants and initial values, in dependency order.
        for i in initOrder {
            var node = nodes[i]
            if let initial = node.initialExpression { node.expression = initial }
            emitEquation(node)
        }
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
        // What the stocks' net rates need, through any chain of equations; the rest are outputs,
        // which only the first RK4 stage of a step (the recorded one) computes.
        var drivesStocks = [Bool](repeating: false, count: nodes.count)
        var pending = stockIndices.flatMap { i -> [Int] in
            guard case let .stock(inflows, outflows, _) = nodes[i].kind else { return [] }
            return (inflows + outflows).compactMap { index[$0] }
        } + pipelines.compactMap { index[$0.source] }
        while let i = pending.popLast() {
            guard !drivesStocks[i] else { continue }
            drivesStocks[i] = true
            pending += rateDependencies[i]
        }
        for i in rateOrder where drivesStocks[i] { emitEquation(nodes[i]) }
        for rate in summedRates {
            emitNetRate(into: rate.slot, inflows: rate.inflows, outflows: rate.outflows)
        }
        let rateCode = code
        code = []
        for i in rateOrder where !drivesStocks[i] { emitEquation(nodes[i]) }
        let outputCode = code
        initProgram += hoisted

        var visibleColumns = nodes.filter(\.isVisible).map { node in
            CompiledModel.Column(name: node.name, kind: node.isStock ? .stock : node.kind == .auxiliary ? .auxiliary : .flow,
                                 unit: node.unit, doc: node.doc, slot: slotOf[node.name]!)
        }
        // An alias is a second column on its target's slot: no code, the same numbers.
        for alias in aliases {
            guard let target = visibleColumns.first(where: { $0.name == alias.target }) else { continue }
            var column = target
            column.name = alias.name
            column.aliasOf = alias.target
            visibleColumns.append(column)
        }
        let watch = (stockIndices + rateOrder + initOrder.filter { isConstant[$0] }).map { i in
            (slot: slotOf[nodes[i].name]!, name: nodes[i].provenance.userName(nodes[i].name), origin: nodes[i].declaration)
        }
        let equations = nodes.enumerated().map { i, node in
            var inflows: [String] = [], outflows: [String] = []
            if case let .stock(ins, outs, _) = node.kind { (inflows, outflows) = (ins, outs) }
            return CompiledEquation(name: node.name, kind: node.kind.label, expression: node.expression,
                                    inflows: inflows, outflows: outflows, dependencies: dependencyNames(node),
                                    provenance: node.provenance, unit: node.unit, doc: node.doc, element: node.element,
                                    written: node.isVisible ? node.written : nil, equationOrigin: node.origin, declaration: node.declaration)
        }
        initialSlots += [Double](repeating: 0, count: temporaryHighWater)
        let slotCount = initialSlots.count
        // The programs run at every step drop what they compute twice; a temporary another
        // program reads (one the init program computes for them) stays.
        let temporaries = temporaryBase..<slotCount
        func withoutRepeats(_ program: [Instruction], others: [[Instruction]]) -> [Instruction] {
            var readElsewhere = Set<Int>()
            for instruction in others.joined() { readElsewhere.formUnion(instruction.readSlots) }
            return CommonSubexpressions.eliminate(program, slotCount: slotCount) { temporaries.contains($0) && !readElsewhere.contains($0) }
        }
        let rateProgram = withoutRepeats(rateCode, others: [initProgram, outputCode])
        let outputProgram = withoutRepeats(outputCode, others: [initProgram, rateCode])
        return CompiledModel(
            columns: visibleColumns,
            parameters: parameters.map { .init(name: $0.name, value: $0.value, unit: $0.unit, provenance: $0.provenance, slot: slotOf[$0.name]!) },
            equations: equations, slotCount: slotCount, initialSlots: initialSlots,
            initProgram: Program(initProgram, slotCount: slotCount), rateProgram: Program(rateProgram, slotCount: slotCount),
            outputProgram: Program(outputProgram, slotCount: slotCount),
            tableData: tableData, stockBase: stockBase, stockCount: integrated.count, derivativeSlots: derivativeSlots,
            watchOrder: watch, variableRange: (nodes.map { slotOf[$0.name]! }.min() ?? variableEnd)..<variableEnd,
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
                return Pipeline(state: slotOf[spec.state]!, source: slotOf[spec.source]!, delay: delaySlot,
                                variable: spec.variable, location: spec.location)
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
        for value in [0, 0.5, 1, .infinity, .pi] { registerLiteral(value) }
        for node in nodes {
            var sites: [SourcePosition: Double] = [:]
            for equation in [node.expression] + (node.initialExpression.map { [$0] } ?? []) {
                equation.visit { expression in
                    switch expression.kind {
                    case .number(let value): registerLiteral(value)
                    case .unary(.negate, let operand):
                        if case .number(let value) = operand.kind { registerLiteral(-value) }
                    case .call(let name, _):
                        // A call copied by an expansion (same place) keeps one site, so one draw.
                        if case .random = Builtin(rawValue: name)?.specification.lowering, sites[expression.position] == nil {
                            let site = RandomStream.site(variable: node.name, occurrence: sites.count)
                            sites[expression.position] = site
                            registerLiteral(site)
                        }
                    default: break
                    }
                }
            }
            if !sites.isEmpty { randomSites[node.name] = sites }
        }
        for table in tables {
            tableLayout[table.name] = (tableData.count, table.xs.count, table.mode)
            tableData += table.xs + table.ys
        }
        let stocks = nodes.filter(\.isStock)
        let ordered = stocks.filter { !$0.isFlowlessStock && $0.isVisible } + stocks.filter { !$0.isFlowlessStock && !$0.isVisible }
            + stocks.filter { $0.isFlowlessStock && $0.isVisible } + stocks.filter { $0.isFlowlessStock && !$0.isVisible }
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

    func literal(_ value: Double) -> Int {
        guard let slot = literalSlots[value.bitPattern] else {
            preconditionFailure("literal \(value) was not registered before code generation")
        }
        return slot
    }

    mutating func temporary() -> Int {
        temporaryHighWater += 1
        return temporaryBase + temporaryHighWater - 1
    }

    // MARK: - Analysis helpers

    /// Which parts of `expression` read only constants, worked out once from the leaves up, so
    /// that emitting an equation stays linear in its length.
    func invariance(_ expression: Expression) -> Invariance {
        switch expression.kind {
        case .number: return Invariance(readsOnlyConstants: true, isOperation: false, parts: [])
        case .name(let name): return Invariance(readsOnlyConstants: constantNames.contains(name), isOperation: false, parts: [])
        case .unary(_, let operand): return Invariance(of: [invariance(operand)])
        case .binary(_, let lhs, let rhs): return Invariance(of: [invariance(lhs), invariance(rhs)])
        case .call(let name, let arguments):
            var result = Invariance(of: arguments.map(invariance))
            if Builtin(rawValue: name)?.specification.readsTime == true { result.readsOnlyConstants = false }
            return result
        case .subscript:
            preconditionFailure("a subscript reached code generation: arrays are flattened first")
        }
    }

    /// True if the expression reads the clock: `time` or a test input.
    private func readsTime(_ expression: Expression) -> Bool {
        var result = false
        expression.visit { node in
            switch node.kind {
            case .name("time"): result = true
            case .call(let name, _):
                if Builtin(rawValue: name)?.specification.readsTime == true { result = true }
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

    private func loopDiagnostic(_ cycle: DependencyOrder.Cycle, _ problem: ([String]) -> CompileProblem) -> Diagnostic {
        // The search lists each node before the one it reads; show causes before effects, and
        // hidden variables as the variable whose equation made them.
        let names = cycle.nodes.reversed().map { nodes[$0].provenance.userName(nodes[$0].name) }
        var collapsed: [String] = []
        for name in names where collapsed.last != name { collapsed.append(name) }
        let first = nodes[cycle.nodes[0]]
        return Diagnostic(.error, problem(collapsed), at: first.declaration ?? first.origin)
    }
}

/// Whether an expression reads only constants, with the same for each of its parts (operands
/// or arguments, in order): a tree beside the expression's.
struct Invariance {
    var readsOnlyConstants: Bool
    var isOperation: Bool
    var parts: [Invariance]

    init(readsOnlyConstants: Bool, isOperation: Bool, parts: [Invariance]) {
        self.readsOnlyConstants = readsOnlyConstants
        self.isOperation = isOperation
        self.parts = parts
    }

    /// An operation on `parts`.
    init(of parts: [Invariance]) {
        self.init(readsOnlyConstants: parts.allSatisfy(\.readsOnlyConstants), isOperation: true, parts: parts)
    }

    /// True for an operation (not a bare name or number) that reads only constants.
    var isInvariant: Bool { isOperation && readsOnlyConstants }

    /// For a part that is a leaf but is used as an operand.
    static let leaf = Invariance(readsOnlyConstants: false, isOperation: false, parts: [])
}
