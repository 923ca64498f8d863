/// Advances the stocks by one step with the run's method, then applies non-negativity and the
/// pipelines of `previous()` and `delay_fixed()`.
struct Stepper<V: SlotValue> {
    let s: UnsafeMutablePointer<V>
    let tables: UnsafePointer<Double>
    let rateCode: UnsafeBufferPointer<Instruction>
    let rateGroups: UnsafeBufferPointer<InstructionGroup>
    /// Slot of each stock's net rate, in stock order.
    let derivatives: UnsafePointer<Int>
    let scratch: UnsafeMutablePointer<V>
    let stockBase: Int
    let stockCount: Int
    let dt: Double
    let method: IntegrationMethod
    let nonNegativeStocks: [Int]
    let rings: PipelineRings

    init(model: CompiledModel, s: UnsafeMutablePointer<V>, scratch: UnsafeMutablePointer<V>, settings: RunSettings, rings: PipelineRings) {
        self.s = s
        tables = model.tables.base
        rateCode = model.rateProgram.code.pointer
        rateGroups = model.rateProgram.groups.pointer
        derivatives = model.derivativeSlots.base
        self.scratch = scratch
        stockBase = model.stockBase
        stockCount = model.stockCount
        dt = settings.dt
        method = settings.method
        nonNegativeStocks = model.nonNegativeStocks
        self.rings = rings
    }

    /// Runs the rate program with the stocks and time now in the slots.
    @inline(__always)
    func evaluateRates() {
        Evaluator.execute(rateCode, rateGroups, s, tables)
    }

    /// The net rate of stock `j` from the last evaluation.
    @inline(__always)
    func rate(_ j: Int) -> V { s[derivatives[j]] }

    /// Called after the rate program ran at `time` (step number `step`, one more than at the
    /// last call) with the stocks of that time.
    @inline(__always)
    mutating func advance(from time: Double, step: Int) {
        rings.record(s)
        switch method {
        case .euler: Euler.step(self)
        case .rk4: RungeKutta4.step(self, from: time)
        }
        for slot in nonNegativeStocks {
            var value = s[slot]
            for lane in 0..<V.laneCount where value[lane: lane] < 0 { value[lane: lane] = 0 }
            s[slot] = value
        }
        rings.replay(s)
    }
}
