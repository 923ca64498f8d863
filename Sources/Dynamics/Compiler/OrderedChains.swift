/// `smoothn` and `delayn` as Vensim runs its SMOOTH N and DELAY N (PySD does the same):
///
/// - The order the run uses, m, is the written order n reduced while n·dt exceeds the delay
///   time at the start: the largest m ≤ n with m·dt ≤ τ(0), and at least 1. Each stage has
///   time τ/m, and the result is stage m's; stages after m are computed and not read.
/// - In `delayn`, each stage keeps the delay time it had: stage 1 runs on the current delay
///   time and stage k on the delay time of k − 1 steps earlier, the value stage k − 1 had a
///   step before (`τₖ(t) = τₖ₋₁(t − dt)`). A change of delay time thus moves through the chain
///   one stage a step, and the output depends only on delay times of earlier steps, as Vensim
///   documents. `smoothn`'s stages all run on the current averaging time.
extension StatefulExpansion {
    /// A chain of `order` first-order smooths of `input`, each with time τ/m.
    mutating func orderedSmooth(input: Expression, time: Expression, order: Int, initial: Expression?,
                                _ context: inout Context) -> Expression {
        let averagingTime = bind(time, "time", &context)
        let runOrder = self.runOrder(delayTime: averagingTime, order: order, &context)
        let stageTime = bind(context.binary(.divide, averagingTime, runOrder), "stage_time", &context)
        let start = initial.map { bind($0, "initial", &context) } ?? input
        var upstream = input
        var stages: [Expression] = []
        for stage in 1...order {
            let stockName = "\(context.prefix).stage\(stage)"
            let flowName = "\(stockName).change"
            let stock = context.name(stockName)
            addNode(flowName, .flow(nonNegative: false),
                    context.binary(.divide, context.binary(.subtract, upstream, stock), stageTime), &context)
            _ = addStock(stockName, initial: start, inflows: [flowName], outflows: [], &context)
            stages.append(stock)
            upstream = stock
        }
        return stage(runOrder, of: stages, &context)
    }

    /// A chain of `order` first-order material delays of `input`, stage k with time τₖ/m.
    mutating func orderedDelay(input: Expression, time: Expression, order: Int, initial: Expression?,
                               _ context: inout Context) -> Expression {
        let inflowName = "\(context.prefix).inflow"
        addNode(inflowName, .flow(nonNegative: false), input, &context)
        var delayTime = bind(time, "time", &context)
        let runOrder = self.runOrder(delayTime: delayTime, order: order, &context)
        let outputAtStart = initial.map { bind($0, "initial", &context) } ?? context.name(inflowName)
        var upstreamFlow = inflowName
        var outflows: [Expression] = []
        for stage in 1...order {
            let stockName = "\(context.prefix).stage\(stage)"
            if stage > 1, case .name = delayTime.kind {
                // The delay time the stage ahead had one step before.
                let held = addStock("\(stockName).delay_time", initial: delayTime, inflows: [], outflows: [], &context)
                addPipeline(state: held, source: delayTime, delay: nil, &context)
                delayTime = held
            }
            let stageTime = bind(context.binary(.divide, delayTime, runOrder), "stage\(stage).time", &context)
            let outflowName = "\(stockName).outflow"
            addNode(outflowName, .flow(nonNegative: false), context.binary(.divide, context.name(stockName), stageTime), &context)
            _ = addStock(stockName, initial: context.binary(.multiply, outputAtStart, stageTime),
                         inflows: [upstreamFlow], outflows: [outflowName], &context)
            outflows.append(context.name(outflowName))
            upstreamFlow = outflowName
        }
        return stage(runOrder, of: outflows, &context)
    }

    /// The order the run uses, fixed at the start: `max(1, min(n, floor(τ/dt)))`, with a
    /// billionth of a step's tolerance so that τ = m·dt built by repeated addition keeps order m.
    private mutating func runOrder(delayTime: Expression, order: Int, _ context: inout Context) -> Expression {
        guard order > 1 else { return context.number(1) }
        let steps = context.call("int", [context.binary(.add, context.binary(.divide, delayTime, context.name("dt")), context.number(1e-9))])
        let reduced = context.call("max", [context.number(1), context.call("min", [context.number(Double(order)), steps])])
        return addStock("\(context.prefix).order", initial: reduced, inflows: [], outflows: [], &context)
    }

    /// `stages[m − 1]`, as a chain of selections (the run's order is known only at the start).
    private func stage(_ runOrder: Expression, of stages: [Expression], _ context: inout Context) -> Expression {
        var result = stages[0]
        for k in stages.indices.dropFirst() {
            let reached = context.binary(.greaterOrEqual, runOrder, context.number(Double(k + 1)))
            result = context.call("if", [reached, stages[k], result])
        }
        return result
    }
}
