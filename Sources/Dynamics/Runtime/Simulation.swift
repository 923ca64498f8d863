/// Runs a compiled model: initialise, then a whole number of steps, recording every
/// `saveEvery`.
///
/// At each step the rate and output programs run once at the step's start (their values are
/// the ones recorded for that time), then the integrator advances the stocks; RK4 runs the
/// rate program three more times inside the step. The loop counts steps; it never tests
/// `time < stop`.
///
/// The same code runs one run (slots of `Double`) or several that share the settings but not
/// the parameter values or the seed (slots of `Lanes`, one run a lane): each lane gives the
/// same numbers, to the bit, as its run alone.
extension CompiledModel {
    /// - Parameter parameters: one value per entry of `parameters`, in order; nil for the defaults.
    public func run(_ settings: RunSettings, parameters values: [Double]? = nil) throws(Diagnostic) -> RunResult {
        try run(settings, parameters: values, recording: columns)
    }

    /// As `run(_:parameters:)`, recording only the columns at `indices` of `columns`, in that
    /// order: the result's columns. The run computes what those columns and the integration need
    /// (OutputSlice), and stops on any of it that turns non-finite; a variable it does not
    /// compute cannot stop it.
    public func run(_ settings: RunSettings, parameters values: [Double]? = nil, recording indices: [Int]) throws(Diagnostic) -> RunResult {
        try run(settings, parameters: values, recording: indices.map { columns[$0] })
    }

    /// How many runs `run(_:lanes:recording:)` steps together.
    public static let laneCount = Lanes.laneCount

    /// Several runs at once, each with its own parameter values (nil: the defaults) and seed
    /// (replacing the settings'), at most `laneCount` of them: each result is what
    /// `run(_:parameters:recording:)` gives for that run alone, bit for bit, in less time
    /// than running them one by one.
    public func run(_ settings: RunSettings, lanes: [(parameters: [Double]?, seed: UInt64)], recording indices: [Int]) -> [Result<RunResult, Diagnostic>] {
        precondition(!lanes.isEmpty && lanes.count <= Lanes.laneCount, "one to \(Lanes.laneCount) runs")
        return simulate(Lanes.self, settings, runs: lanes, recording: indices.map { columns[$0] })
    }

    private func run(_ settings: RunSettings, parameters values: [Double]?, recording columns: [Column]) throws(Diagnostic) -> RunResult {
        try simulate(Double.self, settings, runs: [(values, settings.seed)], recording: columns)[0].get()
    }

    private func simulate<V: SlotValue>(_: V.Type, _ settings: RunSettings, runs: [(parameters: [Double]?, seed: UInt64)],
                                        recording columns: [Column]) -> [Result<RunResult, Diagnostic>] {
        if let problem = settings.validate().first { return runs.map { _ in .failure(problem) } }
        for run in runs { precondition(run.parameters == nil || run.parameters!.count == parameters.count, "one value per parameter") }

        let stepCount = settings.stepCount
        let stepsPerSave = settings.stepsPerSave
        let saveCount = stepCount / stepsPerSave + 1
        // What the run records is allocated up front: refuse what memory cannot hold.
        if saveCount * columns.count > RunSettings.maximumValues {
            let problem = Diagnostic(.error, RunProblem.tooManyValues(savedTimes: saveCount, variables: columns.count, limit: RunSettings.maximumValues))
            return runs.map { _ in .failure(problem) }
        }
        let times = (0..<saveCount).map { settings.start + Double($0 * stepsPerSave) * settings.dt }
        let columnSlots = columns.map(\.slot)

        // Per-run memory: the slots and the integrator's scratch space. Lanes past the last
        // run repeat it, and what they compute is dropped.
        let s = UnsafeMutablePointer<V>.allocate(capacity: initialSlots.count)
        for (k, value) in initialSlots.enumerated() { (s + k).initialize(to: V(repeating: value)) }
        s[ReservedSlot.time] = V(repeating: settings.start)
        s[ReservedSlot.dt] = V(repeating: settings.dt)
        s[ReservedSlot.startTime] = V(repeating: settings.start)
        s[ReservedSlot.stopTime] = V(repeating: settings.stop)
        for lane in 0..<V.laneCount {
            let run = runs[min(lane, runs.count - 1)]
            s[ReservedSlot.seed][lane: lane] = Double(run.seed & (1 << 53 - 1))
            guard let values = run.parameters else { continue }
            for (k, parameter) in parameters.enumerated() { s[parameter.slot][lane: lane] = values[k] }
        }
        let scratch = UnsafeMutablePointer<V>.allocate(capacity: max(1, 2 * stockCount))
        scratch.initialize(repeating: V(repeating: 0), count: max(1, 2 * stockCount))
        defer {
            s.deallocate()
            scratch.deallocate()
        }
        let perRun = columnSlots.count * saveCount
        var recorded = [Double](repeating: 0, count: perRun * runs.count)
        var failures = [Diagnostic?](repeating: nil, count: runs.count)
        recorded.withUnsafeMutableBufferPointer { out in
            integrate(settings, s: s, scratch: scratch, record: out.baseAddress, columnSlots: columnSlots, saveCount: saveCount,
                      failures: &failures)
        }
        if runs.count == 1 {
            return [failures[0].map { .failure($0) } ?? .success(RunResult(times: times, columns: columns, values: recorded))]
        }
        return runs.indices.map { lane in
            failures[lane].map { .failure($0) }
                ?? .success(RunResult(times: times, columns: columns, values: Array(recorded[lane * perRun..<(lane + 1) * perRun])))
        }
    }

    /// Initialises the slots, then steps to the end, writing column `j` of save `k` of run
    /// `lane` to `record[lane · columns · saveCount + j · saveCount + k]`. A run that fails is
    /// given its diagnostic in `failures` and is no longer watched; the loop ends when all
    /// have failed. Of the auxiliaries nothing integrated depends on, those the run neither
    /// records nor feeds to a pipeline are not computed, and those only recorded are computed
    /// at the steps that record, so the non-finite check sees them there.
    private func integrate<V: SlotValue>(_ settings: RunSettings, s: UnsafeMutablePointer<V>, scratch: UnsafeMutablePointer<V>,
                                         record out: UnsafeMutablePointer<Double>?, columnSlots: [Int], saveCount: Int,
                                         failures: inout [Diagnostic?]) {
        // Read-only memory of the model, reached once here rather than through its owners at every step.
        let t = tables.base
        let rateCode = rateProgram.code.pointer, rateGroups = rateProgram.groups.pointer
        // The output program's parts this run needs: pipeline sources every step, and what the
        // recorded columns read at the steps that record (Simulation's loop below).
        let output = outputSlice(recording: columnSlots)
        let stepCode = output.everyStep.code.pointer, stepGroups = output.everyStep.groups.pointer
        let saveCode = output.atSave.code.pointer, saveGroups = output.atSave.groups.pointer
        let runCount = failures.count

        Evaluator.execute(initProgram.code.pointer, initProgram.groups.pointer, s, t)
        if settings.stopOnNonFinite, markNonFinite(s, time: settings.start, failures: &failures) { return }
        guard let rings = PipelineRings(pipelines, s: s, settings: settings, failures: &failures) else { return }
        defer { rings.deallocate() }

        var stepper = Stepper(model: self, s: s, scratch: scratch, settings: settings, rings: rings)
        let stepCount = settings.stepCount, stepsPerSave = settings.stepsPerSave
        let perRun = columnSlots.count * saveCount
        var saveIndex = 0
        for step in 0...stepCount {
            let time = settings.start + Double(step) * settings.dt
            s[ReservedSlot.time] = V(repeating: time)
            s[ReservedSlot.step] = V(repeating: Double(step))
            Evaluator.execute(rateCode, rateGroups, s, t)
            let saving = step % stepsPerSave == 0
            if saving {
                Evaluator.execute(saveCode, saveGroups, s, t)
            } else {
                Evaluator.execute(stepCode, stepGroups, s, t)
            }
            if settings.stopOnNonFinite, markNonFinite(s, time: time, failures: &failures) { return }
            if saving, let out {
                for (j, slot) in columnSlots.enumerated() {
                    let value = s[slot]
                    for lane in 0..<runCount { out[lane * perRun + j * saveCount + saveIndex] = value[lane: lane] }
                }
                saveIndex += 1
            }
            if step == stepCount { break }
            stepper.advance(from: time, step: step)
        }
    }

    /// Gives each run still going that now holds NaN or an infinity its diagnostic, naming the
    /// first such variable in evaluation order. True when no run is left.
    private func markNonFinite<V: SlotValue>(_ s: UnsafeMutablePointer<V>, time: Double, failures: inout [Diagnostic?]) -> Bool {
        // x * 0 is 0 for every finite x and NaN otherwise: one pass without branches, over four
        // independent sums so that the additions overlap.
        let zero = V(repeating: 0)
        var p0 = zero, p1 = zero, p2 = zero, p3 = zero
        var slot = variableRange.lowerBound
        while slot + 4 <= variableRange.upperBound {
            p0 = p0 + s[slot] * zero
            p1 = p1 + s[slot + 1] * zero
            p2 = p2 + s[slot + 2] * zero
            p3 = p3 + s[slot + 3] * zero
            slot += 4
        }
        while slot < variableRange.upperBound {
            p0 = p0 + s[slot] * zero
            slot += 1
        }
        let probe = (p0 + p1) + (p2 + p3)
        var running = 0
        for lane in failures.indices where failures[lane] == nil {
            if probe[lane: lane].isNaN,
               let bad = watchOrder.first(where: { !s[$0.slot][lane: lane].isFinite }) {
                failures[lane] = RunError(variable: bad.name, time: time, value: s[bad.slot][lane: lane], location: bad.origin).diagnostic
            } else {
                running += 1
            }
        }
        return running == 0
    }
}
