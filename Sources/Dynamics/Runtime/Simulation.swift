/// Runs a compiled model: initialise, then a whole number of steps, recording every
/// `saveEvery`.
///
/// At each step the rate and output programs run once at the step's start (their values are
/// the ones recorded for that time), then the integrator advances the stocks; RK4 runs the
/// rate program three more times inside the step. The loop counts steps; it never tests
/// `time < stop`.
extension CompiledModel {
    /// - Parameter parameters: one value per entry of `parameters`, in order; nil for the defaults.
    public func run(_ settings: RunSettings, parameters values: [Double]? = nil) throws(Diagnostic) -> RunResult {
        try run(settings, parameters: values, recording: columns)
    }

    /// As `run(_:parameters:)`, recording only the columns at `indices` of `columns`, in that
    /// order: the result's columns. The run computes every variable all the same (and stops on
    /// any that turns non-finite); only what it keeps is less.
    public func run(_ settings: RunSettings, parameters values: [Double]? = nil, recording indices: [Int]) throws(Diagnostic) -> RunResult {
        try run(settings, parameters: values, recording: indices.map { columns[$0] })
    }

    private func run(_ settings: RunSettings, parameters values: [Double]?, recording columns: [Column]) throws(Diagnostic) -> RunResult {
        if let problem = settings.validate().first { throw problem }
        precondition(values == nil || values!.count == parameters.count, "one value per parameter")

        var slots = initialSlots
        slots[ReservedSlot.time] = settings.start
        slots[ReservedSlot.dt] = settings.dt
        slots[ReservedSlot.startTime] = settings.start
        slots[ReservedSlot.stopTime] = settings.stop
        slots[ReservedSlot.seed] = Double(settings.seed & (1 << 53 - 1))
        if let values {
            for (k, parameter) in parameters.enumerated() { slots[parameter.slot] = values[k] }
        }

        let stepCount = settings.stepCount
        let stepsPerSave = settings.stepsPerSave
        let saveCount = stepCount / stepsPerSave + 1
        // What the run records is allocated up front: refuse what memory cannot hold.
        if saveCount * columns.count > RunSettings.maximumValues {
            throw Diagnostic(.error, RunProblem.tooManyValues(savedTimes: saveCount, variables: columns.count, limit: RunSettings.maximumValues))
        }
        let times = (0..<saveCount).map { settings.start + Double($0 * stepsPerSave) * settings.dt }
        let columnSlots = columns.map(\.slot)

        // Per-run memory: the slots and the integrator's scratch space.
        let s = UnsafeMutablePointer<Double>.allocate(capacity: slots.count)
        s.initialize(from: slots, count: slots.count)
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(1, 2 * stockCount))
        defer {
            s.deallocate()
            scratch.deallocate()
        }
        var recorded = [Double](repeating: 0, count: columnSlots.count * saveCount)
        var failure: Diagnostic?
        recorded.withUnsafeMutableBufferPointer { out in
            do throws(Diagnostic) {
                try integrate(settings, s: s, scratch: scratch, record: out.baseAddress, columnSlots: columnSlots, saveCount: saveCount)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return RunResult(times: times, columns: columns, values: recorded)
    }

    /// Initialises the slots, then steps to the end, writing column `j` of save `k` to
    /// `record[j * saveCount + k]`.
    private func integrate(_ settings: RunSettings, s: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>,
                           record out: UnsafeMutablePointer<Double>?, columnSlots: [Int], saveCount: Int) throws(Diagnostic) {
        // Read-only memory of the model, reached once here rather than through its owners at every step.
        let t = tables.base
        let rateCode = rateProgram.code.pointer, rateGroups = rateProgram.groups.pointer
        let outputCode = outputProgram.code.pointer, outputGroups = outputProgram.groups.pointer

        Evaluator.execute(initProgram.code.pointer, initProgram.groups.pointer, s, t)
        if settings.stopOnNonFinite, let bad = firstNonFinite(s) {
            throw RunError(variable: bad.name, time: settings.start, value: bad.value, location: bad.origin).diagnostic
        }
        // Each pipeline's ring buffer starts full of its initial value. A delay longer than the
        // run shows that value throughout, which a buffer one longer than the run already does.
        var history: [Double] = []
        var layout: [PipelineRing] = []
        for pipeline in pipelines {
            let delay = pipeline.delay.map { s[$0] } ?? settings.dt
            guard delay.isFinite, delay >= 0 else {
                throw Diagnostic(.error, RunProblem.delayTimeNotUsable(variable: pipeline.variable, value: delay), at: pipeline.location)
            }
            let steps = (delay / settings.dt).rounded()
            let length = steps > Double(settings.stepCount) ? settings.stepCount + 1 : max(1, Int(steps))
            guard history.count + length <= RunSettings.maximumValues else {
                throw Diagnostic(.error, RunProblem.delaysTooLong(variable: pipeline.variable, values: history.count + length,
                                                                  limit: RunSettings.maximumValues), at: pipeline.location)
            }
            layout.append(PipelineRing(source: pipeline.source, state: pipeline.state, start: history.count, length: length))
            history += [Double](repeating: s[pipeline.state], count: length)
        }
        let historyBuffer = UnsafeMutablePointer<Double>.allocate(capacity: max(1, history.count))
        historyBuffer.initialize(from: history, count: history.count)
        let rings = UnsafeMutablePointer<PipelineRing>.allocate(capacity: max(1, layout.count))
        rings.initialize(from: layout, count: layout.count)
        defer {
            historyBuffer.deallocate()
            rings.deallocate()
        }

        var stepper = Stepper(model: self, s: s, scratch: scratch, settings: settings, history: historyBuffer,
                              rings: rings, ringCount: layout.count)
        let stepCount = settings.stepCount, stepsPerSave = settings.stepsPerSave
        var saveIndex = 0
        for step in 0...stepCount {
            let time = settings.start + Double(step) * settings.dt
            s[ReservedSlot.time] = time
            s[ReservedSlot.step] = Double(step)
            Evaluator.execute(rateCode, rateGroups, s, t)
            Evaluator.execute(outputCode, outputGroups, s, t)
            if settings.stopOnNonFinite, let bad = firstNonFinite(s) {
                throw RunError(variable: bad.name, time: time, value: bad.value, location: bad.origin).diagnostic
            }
            if step % stepsPerSave == 0, let out {
                for (j, slot) in columnSlots.enumerated() { out[j * saveCount + saveIndex] = s[slot] }
                saveIndex += 1
            }
            if step == stepCount { break }
            stepper.advance(from: time, step: step)
        }
    }

    /// The first variable, in evaluation order, that holds NaN or an infinity; nil if all are finite.
    private func firstNonFinite(_ s: UnsafeMutablePointer<Double>) -> (name: String, value: Double, origin: SourceLocation?)? {
        // x * 0 is 0 for every finite x and NaN otherwise: one pass without branches, over four
        // independent sums so that the additions overlap.
        var probe = SIMD4<Double>.zero
        var slot = variableRange.lowerBound
        while slot + 4 <= variableRange.upperBound {
            probe += SIMD4(s[slot], s[slot + 1], s[slot + 2], s[slot + 3]) * 0
            slot += 4
        }
        while slot < variableRange.upperBound {
            probe[0] += s[slot] * 0
            slot += 1
        }
        guard probe.sum().isNaN else { return nil }
        for (slot, name, origin) in watchOrder where !s[slot].isFinite { return (name, s[slot], origin) }
        return nil
    }
}

/// Advances the stocks by one step with the run's method, then applies non-negativity and the
/// pipelines of `previous()` and `delay_fixed()`.
struct Stepper {
    let s: UnsafeMutablePointer<Double>
    let tables: UnsafePointer<Double>
    let rateCode: UnsafeBufferPointer<Instruction>
    let rateGroups: UnsafeBufferPointer<InstructionGroup>
    /// Slot of each stock's net rate, in stock order.
    let derivatives: UnsafePointer<Int>
    let scratch: UnsafeMutablePointer<Double>
    let stockBase: Int
    let stockCount: Int
    let dt: Double
    let method: IntegrationMethod
    let nonNegativeStocks: [Int]
    /// Ring buffers of the pipelines, and each one's place in them and position.
    let history: UnsafeMutablePointer<Double>
    let rings: UnsafeMutablePointer<PipelineRing>
    let ringCount: Int

    init(model: CompiledModel, s: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>, settings: RunSettings,
         history: UnsafeMutablePointer<Double>, rings: UnsafeMutablePointer<PipelineRing>, ringCount: Int) {
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
        self.history = history
        self.rings = rings
        self.ringCount = ringCount
    }

    /// Runs the rate program with the stocks and time now in the slots.
    @inline(__always)
    func evaluateRates() {
        Evaluator.execute(rateCode, rateGroups, s, tables)
    }

    /// The net rate of stock `j` from the last evaluation.
    @inline(__always)
    func rate(_ j: Int) -> Double { s[derivatives[j]] }

    /// Called after the rate program ran at `time` (step number `step`, one more than at the
    /// last call) with the stocks of that time.
    @inline(__always)
    mutating func advance(from time: Double, step: Int) {
        // Each pipeline records its source now, at `step mod length`; after the step it shows
        // the value recorded `length` steps before the next one, at `(step + 1) mod length`.
        for k in 0..<ringCount {
            history[rings[k].start + rings[k].position] = s[rings[k].source]
        }
        switch method {
        case .euler: Euler.step(self)
        case .rk4: RungeKutta4.step(self, from: time)
        }
        for slot in nonNegativeStocks where s[slot] < 0 { s[slot] = 0 }
        for k in 0..<ringCount {
            var position = rings[k].position + 1
            if position == rings[k].length { position = 0 }
            rings[k].position = position
            s[rings[k].state] = history[rings[k].start + position]
        }
    }
}

/// Where one pipeline's ring buffer lies in the run's history, and the step it is at (the
/// step number modulo its length, kept by counting rather than dividing).
struct PipelineRing {
    var source: Int
    var state: Int
    var start: Int
    var length: Int
    var position = 0
}
