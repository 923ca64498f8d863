/// How to integrate: the clock and the method.
public struct RunSettings: Hashable, Sendable {
    public var start: Double
    public var stop: Double
    /// The integration step, in the model's time unit.
    public var dt: Double
    /// How often results are recorded; a whole multiple of `dt`.
    public var saveEvery: Double
    public var method: IntegrationMethod
    /// Stop with an error when a variable becomes NaN or infinite (the default).
    public var stopOnNonFinite: Bool

    public init(start: Double, stop: Double, dt: Double, saveEvery: Double? = nil, method: IntegrationMethod = .rk4,
                stopOnNonFinite: Bool = true) {
        self.start = start
        self.stop = stop
        self.dt = dt
        self.saveEvery = saveEvery ?? dt
        self.method = method
        self.stopOnNonFinite = stopOnNonFinite
    }

    /// The number of whole steps from start to stop.
    public var stepCount: Int { Int(((stop - start) / dt).rounded()) }
    /// Steps between two saved times.
    public var stepsPerSave: Int { max(1, Int((saveEvery / dt).rounded())) }

    /// Problems that make the settings unusable: a step that is not positive, a stop before
    /// the start, a span or save interval that is not a whole number of steps.
    public func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (name, value) in [("start", start), ("stop", stop), ("step", dt), ("save interval", saveEvery)] where !value.isFinite {
            problems.append(Diagnostic(.error, "the \(name) of the run is \(value)", hint: "give a finite number"))
        }
        guard problems.isEmpty else { return problems }
        if !(dt > 0) {
            problems.append(Diagnostic(.error, "the time step must be positive, not \(dt)", hint: "e.g. 0.0625 (1/16 of a year)"))
            return problems
        }
        if !(stop > start) {
            problems.append(Diagnostic(.error, "the run stops at \(stop), not after its start \(start)", hint: "make the end later than the start"))
        }
        if !RunSettings.isWhole((stop - start) / dt) {
            problems.append(Diagnostic(.error, "the run from \(start) to \(stop) is not a whole number of steps of \(dt)",
                                       hint: "choose a step that divides the run, e.g. 0.0625 or 0.25"))
        }
        if (stop - start) / dt > 50_000_000 {
            problems.append(Diagnostic(.error, "the run would take \(Int((stop - start) / dt)) steps", hint: "use a larger step"))
        }
        if !(saveEvery >= dt) || !RunSettings.isWhole(saveEvery / dt) {
            problems.append(Diagnostic(.error, "the save interval \(saveEvery) is not a whole multiple of the step \(dt)",
                                       hint: "save every step, or every 2, 4, … steps"))
        }
        return problems
    }

    private static func isWhole(_ x: Double) -> Bool {
        abs(x - x.rounded()) <= 1e-6 * max(1, abs(x))
    }
}

/// The integration method. Euler is what PySD and most XMILE tools use by default; RK4 is the
/// project's default because its error at a step of 1/16 year is far below the data's.
public enum IntegrationMethod: String, CaseIterable, Hashable, Sendable {
    case euler
    case rk4
}
