/// The ring buffers of a run's pipelines (`previous()`, `delay_fixed()`): one per pipeline and
/// lane, since a lane's delay time may differ from another's.
///
/// Each pipeline records its source at the start of a step at `step mod length`; after the
/// step its state shows the value recorded `length` steps before the next one, at
/// `(step + 1) mod length`.
struct PipelineRings {
    struct Ring {
        var source: Int
        var state: Int
        var lane: Int
        var start: Int
        var length: Int
        /// The step number modulo `length`, kept by counting rather than dividing.
        var position = 0
    }

    let history: UnsafeMutablePointer<Double>
    let rings: UnsafeMutablePointer<Ring>
    let count: Int

    /// Each ring starts full of its pipeline's initial value. A delay longer than the run shows
    /// that value throughout, which a buffer one longer than the run already does. A run whose
    /// delay time cannot be used, or whose buffers would not fit in memory, fails; nil when no
    /// run is left.
    init?<V: SlotValue>(_ pipelines: [Pipeline], s: UnsafeMutablePointer<V>, settings: RunSettings, failures: inout [Diagnostic?]) {
        var history: [Double] = []
        var layout: [Ring] = []
        for lane in failures.indices {
            var values = 0
            for pipeline in pipelines {
                var length = 1
                if failures[lane] == nil {
                    do throws(Diagnostic) {
                        length = try Self.length(of: pipeline, delay: pipeline.delay.map { s[$0][lane: lane] } ?? settings.dt,
                                                 settings: settings, after: values)
                    } catch {
                        failures[lane] = error
                    }
                }
                values += length
                layout.append(Ring(source: pipeline.source, state: pipeline.state, lane: lane, start: history.count, length: length))
                history += [Double](repeating: s[pipeline.state][lane: lane], count: length)
            }
        }
        guard failures.contains(where: { $0 == nil }) else { return nil }
        self.history = .allocate(capacity: max(1, history.count))
        self.history.initialize(from: history, count: history.count)
        rings = .allocate(capacity: max(1, layout.count))
        rings.initialize(from: layout, count: layout.count)
        count = layout.count
    }

    /// The ring length of `pipeline` for a delay time of `delay`, with `values` already taken
    /// by the run's earlier rings.
    private static func length(of pipeline: Pipeline, delay: Double, settings: RunSettings, after values: Int) throws(Diagnostic) -> Int {
        guard delay.isFinite, delay >= 0 else {
            throw Diagnostic(.error, RunProblem.delayTimeNotUsable(variable: pipeline.variable, value: delay), at: pipeline.location)
        }
        let steps = (delay / settings.dt).rounded()
        let length = steps > Double(settings.stepCount) ? settings.stepCount + 1 : max(1, Int(steps))
        guard values + length <= RunSettings.maximumValues else {
            throw Diagnostic(.error, RunProblem.delaysTooLong(variable: pipeline.variable, values: values + length,
                                                             limit: RunSettings.maximumValues), at: pipeline.location)
        }
        return length
    }

    func deallocate() {
        history.deallocate()
        rings.deallocate()
    }

    /// Records each source's value now.
    @inline(__always)
    func record<V: SlotValue>(_ s: UnsafeMutablePointer<V>) {
        for k in 0..<count {
            history[rings[k].start + rings[k].position] = s[rings[k].source][lane: rings[k].lane]
        }
    }

    /// Moves each ring on a step and sets its state to the value it recorded `length` steps before.
    @inline(__always)
    func replay<V: SlotValue>(_ s: UnsafeMutablePointer<V>) {
        for k in 0..<count {
            var position = rings[k].position + 1
            if position == rings[k].length { position = 0 }
            rings[k].position = position
            s[rings[k].state][lane: rings[k].lane] = history[rings[k].start + position]
        }
    }
}
