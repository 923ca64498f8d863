/// A state that repeats its source's value from a fixed number of steps before; `delay`
/// (a name or number) gives the time, read at the start; nil means one step.
struct PipelineSpec {
    var state: String
    var source: String
    var delay: Expression?
    /// The variable whose equation has the call, and where the call is, for messages.
    var variable: String
    var location: SourceLocation?
}

/// Rewrites stateful function calls as small stock-and-flow structures (hidden stocks), the
/// way Vensim and XMILE define them, so one integrator drives them all.
///
/// | call | structure | value |
/// |---|---|---|
/// | `smooth(x, τ, [s₀])` | stock S(0) = s₀ or x; inflow (x − S)/τ | S |
/// | `smooth3(x, τ, [s₀])` | three smooths of τ/3 in a chain | last stock |
/// | `smoothn(x, τ, n, [s₀])` | n smooths of τ/m in a chain (m the order Vensim runs; see `orderedSmooth`) | stock m |
/// | `delay1(x, τ, [o₀])` | stock S(0) = (o₀ or x)·τ; inflow x; outflow S/τ | the outflow |
/// | `delay3(x, τ, [o₀])` | three delays of τ/3 in a chain | last outflow |
/// | `delayn(x, τ, n, [o₀])` | n delays of τₖ/m, each stage's τₖ the delay time one step before the stage ahead's | outflow m |
/// | `trend(x, τ, [g₀])` | A = smooth(x, τ, x / (1 + g₀·τ)) | (x − A) / (τ·|A|), 0 when A = 0 |
/// | `forcst(x, τ, h, [g₀])` | as trend | x · (1 + trend · h) |
/// | `npv(s, r, [v₀], [f])` | discount D(0) = 1, inflow −D·r/(1 + r·dt); sum A(0) = v₀ or 0, inflow s·D | (A + s·dt·D)·f |
/// | `initial(x)` | stock with no flows, S(0) = x | S |
/// | `previous(x, [v₀])` | a pipeline one step long: x at the previous step; v₀ or x at the start | the state |
/// | `delay_fixed(x, τ, [v₀])` | a pipeline of round(τ/dt) steps (τ read at the start): x at t − τ; v₀ or x before | the state |
struct StatefulExpansion {
    private(set) var nodes: [Node] = []
    /// States that take their input's value from a fixed number of steps earlier.
    private(set) var pipelines: [PipelineSpec] = []
    private(set) var problems: [Diagnostic] = []
    private var counters: [String: Int] = [:]

    /// Returns `expression` with every stateful call replaced by a reference to a hidden
    /// variable; the hidden variables accumulate in `nodes`.
    mutating func expand(_ expression: Expression, in owner: Node) -> Expression {
        switch expression.kind {
        case .number, .name, .subscript:
            // Subscripts are gone by now: arrays are flattened first.
            return expression
        case .unary(let op, let operand):
            return Expression(.unary(op, expand(operand, in: owner)), at: expression.position)
        case .binary(let op, let lhs, let rhs):
            return Expression(.binary(op, expand(lhs, in: owner), expand(rhs, in: owner)), at: expression.position)
        case .call(let name, let arguments):
            let expanded = arguments.map { expand($0, in: owner) }
            guard let builtin = Builtin(rawValue: name), builtin.isStateful else {
                return Expression(.call(name, expanded), at: expression.position)
            }
            return structure(for: builtin, expanded, at: expression.position, in: owner)
        }
    }

    private mutating func structure(for builtin: Builtin, _ args: [Expression], at position: SourcePosition,
                                    in owner: Node) -> Expression {
        counters[owner.name, default: 0] += 1
        let prefix = "\(owner.name)#\(builtin.rawValue)\(counters[owner.name]!)"
        var context = Context(prefix: prefix, position: position, owner: owner, function: builtin.rawValue)
        let result: Expression
        switch builtin {
        case .smooth:
            let input = bind(args[0], "input", &context)
            result = smoothChain(input: input, time: args[1], order: 1, initial: args.count > 2 ? args[2] : nil, &context)
        case .smooth3:
            let input = bind(args[0], "input", &context)
            result = smoothChain(input: input, time: args[1], order: 3, initial: args.count > 2 ? args[2] : nil, &context)
        case .smoothn:
            let input = bind(args[0], "input", &context)
            guard let order = constantOrder(args[builtin.specification.orderArgument!], builtin, owner) else { return context.number(0) }
            result = orderedSmooth(input: input, time: args[1], order: order, initial: args.count > 3 ? args[3] : nil, &context)
        case .delay1:
            result = delayChain(input: args[0], time: args[1], order: 1, initial: args.count > 2 ? args[2] : nil, &context)
        case .delay3:
            result = delayChain(input: args[0], time: args[1], order: 3, initial: args.count > 2 ? args[2] : nil, &context)
        case .delayn:
            guard let order = constantOrder(args[builtin.specification.orderArgument!], builtin, owner) else { return context.number(0) }
            result = orderedDelay(input: args[0], time: args[1], order: order, initial: args.count > 3 ? args[3] : nil, &context)
        case .trend, .forcst:
            let input = bind(args[0], "input", &context)
            let time = bind(args[1], "time", &context)
            let initialTrend = builtin == .trend ? (args.count > 2 ? args[2] : nil) : (args.count > 3 ? args[3] : nil)
            let start = initialTrend.map { context.binary(.divide, input, context.binary(.add, context.number(1), context.binary(.multiply, $0, time))) } ?? input
            let average = smoothChain(input: input, time: time, order: 1, initial: start, &context)
            let trend = context.call("safediv", [context.binary(.subtract, input, average),
                                                  context.binary(.multiply, time, context.call("abs", [average])),
                                                  context.number(0)])
            if builtin == .trend {
                result = trend
            } else {
                result = context.binary(.multiply, input, context.binary(.add, context.number(1), context.binary(.multiply, trend, args[2])))
            }
        case .npv:
            result = netPresentValue(stream: args[0], rate: args[1], initial: args.count > 2 ? args[2] : nil,
                                     factor: args.count > 3 ? args[3] : nil, &context)
        case .initial:
            result = addStock(context.prefix, initial: args[0], inflows: [], outflows: [], &context)
        case .previous, .delay_fixed:
            let source = bind(args[0], "input", &context)
            let initial = builtin == .previous ? (args.count > 1 ? args[1] : nil) : (args.count > 2 ? args[2] : nil)
            let state = addStock(context.prefix, initial: initial ?? source, inflows: [], outflows: [], &context)
            var delay: Expression?
            // The delay time gets a variable of its own (a literal would otherwise leave the tree).
            if builtin == .delay_fixed {
                if case .name = args[1].kind {
                    delay = args[1]
                } else {
                    addNode("\(context.prefix).delay_time", .auxiliary, args[1], &context)
                    delay = context.name("\(context.prefix).delay_time")
                }
            }
            addPipeline(state: state, source: source, delay: delay, &context)
            result = state
        default:
            result = context.number(0)
        }
        return result
    }

    /// Vensim's NPV, as its documentation writes it out: a discount factor D falling at
    /// `rate / (1 + rate·dt)` from 1, the discounted stream accumulated from `initial`, and the
    /// current step's discounted stream added, all times `factor`.
    private mutating func netPresentValue(stream: Expression, rate: Expression, initial: Expression?, factor: Expression?,
                                          _ context: inout Context) -> Expression {
        let stream = bind(stream, "stream", &context)
        let rate = bind(rate, "rate", &context)
        let discountName = "\(context.prefix).discount", sumName = "\(context.prefix).sum"
        let discount = context.name(discountName)
        let falling = context.binary(.divide, context.binary(.multiply, discount, rate),
                                     context.binary(.add, context.number(1), context.binary(.multiply, rate, context.name("dt"))))
        addNode("\(discountName).change", .flow(nonNegative: false), Expression(.unary(.negate, falling), at: context.position), &context)
        _ = addStock(discountName, initial: context.number(1), inflows: ["\(discountName).change"], outflows: [], &context)
        let discounted = context.binary(.multiply, stream, discount)
        addNode("\(sumName).change", .flow(nonNegative: false), discounted, &context)
        let sum = addStock(sumName, initial: initial ?? context.number(0), inflows: ["\(sumName).change"], outflows: [], &context)
        let value = context.binary(.add, sum, context.binary(.multiply, discounted, context.name("dt")))
        return factor.map { context.binary(.multiply, value, $0) } ?? value
    }

    /// A chain of `order` first-order smooths, each with time `time / order`.
    private mutating func smoothChain(input: Expression, time: Expression, order: Int, initial: Expression?,
                                      _ context: inout Context) -> Expression {
        let stageTime = order == 1 ? bind(time, "time", &context)
            : bind(context.binary(.divide, time, context.number(Double(order))), "stage_time", &context)
        let start = initial.map { bind($0, "initial", &context) } ?? input
        var upstream = input
        for stage in 1...order {
            let stockName = order == 1 ? context.prefix : "\(context.prefix).stage\(stage)"
            let flowName = "\(stockName).change"
            let stock = context.name(stockName)
            addNode(flowName, .flow(nonNegative: false),
                    context.binary(.divide, context.binary(.subtract, upstream, stock), stageTime), &context)
            _ = addStock(stockName, initial: start, inflows: [flowName], outflows: [], &context)
            upstream = stock
        }
        return upstream
    }

    /// A chain of `order` first-order material delays, each with time `time / order`.
    private mutating func delayChain(input: Expression, time: Expression, order: Int, initial: Expression?,
                                     _ context: inout Context) -> Expression {
        let inflowName = "\(context.prefix).inflow"
        addNode(inflowName, .flow(nonNegative: false), input, &context)
        let stageTime = order == 1 ? bind(time, "time", &context)
            : bind(context.binary(.divide, time, context.number(Double(order))), "stage_time", &context)
        let outputAtStart = initial.map { bind($0, "initial", &context) } ?? context.name(inflowName)
        var upstreamFlow = inflowName
        for stage in 1...order {
            let stockName = order == 1 ? context.prefix : "\(context.prefix).stage\(stage)"
            let outflowName = "\(stockName).outflow"
            addNode(outflowName, .flow(nonNegative: false), context.binary(.divide, context.name(stockName), stageTime), &context)
            _ = addStock(stockName, initial: context.binary(.multiply, outputAtStart, stageTime),
                         inflows: [upstreamFlow], outflows: [outflowName], &context)
            upstreamFlow = outflowName
        }
        return context.name(upstreamFlow)
    }

    private mutating func constantOrder(_ expression: Expression, _ builtin: Builtin, _ owner: Node) -> Int? {
        if case .number(let value) = expression.kind, value >= 1, value == value.rounded(), value <= 1000 {
            return Int(value)
        }
        problems.append(Diagnostic(.error, CompileProblem.orderNotConstant(function: builtin.rawValue), at: owner.location(of: expression.position)))
        return nil
    }

    /// A state that shows `source`'s value from `delay` earlier (one step when nil).
    mutating func addPipeline(state: Expression, source: Expression, delay: Expression?, _ context: inout Context) {
        guard case .name(let sourceName) = source.kind, case .name(let stateName) = state.kind else { return }
        pipelines.append(PipelineSpec(state: stateName, source: sourceName, delay: delay,
                                      variable: context.owner.provenance.userName(context.owner.name),
                                      location: context.owner.location(of: context.position)))
    }

    /// A name for `expression`: itself if it already is a name or number, else a hidden auxiliary.
    mutating func bind(_ expression: Expression, _ role: String, _ context: inout Context) -> Expression {
        switch expression.kind {
        case .name, .number: return expression
        default:
            let name = "\(context.prefix).\(role)"
            addNode(name, .auxiliary, expression, &context)
            return context.name(name)
        }
    }

    mutating func addStock(_ name: String, initial: Expression, inflows: [String], outflows: [String],
                                   _ context: inout Context) -> Expression {
        addNode(name, .stock(inflows: inflows, outflows: outflows, nonNegative: false), initial, &context)
        return context.name(name)
    }

    mutating func addNode(_ name: String, _ kind: Node.Kind, _ expression: Expression, _ context: inout Context) {
        nodes.append(Node(name: name, kind: kind, expression: expression, origin: context.owner.origin,
                          declaration: context.owner.declaration, provenance: .expanded(owner: context.owner.name, function: context.function),
                          unit: nil, doc: nil))
    }

    /// Builds synthetic expression nodes placed at the call being expanded.
    struct Context {
        var prefix: String
        var position: SourcePosition
        var owner: Node
        var function: String

        func name(_ name: String) -> Expression { Expression(.name(name), at: position) }
        func number(_ value: Double) -> Expression { Expression(.number(value), at: position) }
        func binary(_ op: BinaryOperator, _ a: Expression, _ b: Expression) -> Expression {
            Expression(.binary(op, a, b), at: position)
        }
        func call(_ name: String, _ arguments: [Expression]) -> Expression {
            Expression(.call(name, arguments), at: position)
        }
    }
}
