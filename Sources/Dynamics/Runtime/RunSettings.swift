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
    /// The seed of the random functions (`uniform`, `normal`, …); the same seed gives the same
    /// run. Taken modulo 2⁵³.
    public var seed: UInt64

    public init(start: Double, stop: Double, dt: Double, saveEvery: Double? = nil, method: IntegrationMethod = .rk4,
                stopOnNonFinite: Bool = true, seed: UInt64 = 0) {
        self.seed = seed
        self.start = start
        self.stop = stop
        self.dt = dt
        self.saveEvery = saveEvery ?? dt
        self.method = method
        self.stopOnNonFinite = stopOnNonFinite
    }

    /// The number of whole steps from start to stop (0 for settings `validate()` rejects).
    public var stepCount: Int { RunSettings.wholeNumber((stop - start) / dt) }
    /// Steps between two saved times.
    public var stepsPerSave: Int { max(1, RunSettings.wholeNumber(saveEvery / dt)) }

    /// `x` rounded, or 0 when it is not a number a run can count to.
    private static func wholeNumber(_ x: Double) -> Int {
        let rounded = x.rounded()
        return rounded >= 0 && rounded <= Double(maximumSteps) ? Int(rounded) : 0
    }

    /// Problems that make the settings unusable: a step that is not positive, a stop before
    /// the start, a span or save interval that is not a whole number of steps.
    public func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (name, value) in [("start", start), ("stop", stop), ("step", dt), ("save interval", saveEvery)] where !value.isFinite {
            problems.append(Diagnostic(.error, RunProblem.nonFiniteSetting(name, value: value)))
        }
        guard problems.isEmpty else { return problems }
        if !(dt > 0) {
            problems.append(Diagnostic(.error, RunProblem.nonPositiveStep(dt)))
            return problems
        }
        if !(stop > start) {
            problems.append(Diagnostic(.error, RunProblem.stopNotAfterStart(start: start, stop: stop)))
        }
        let steps = (stop - start) / dt
        if !RunSettings.isWhole(steps) {
            problems.append(Diagnostic(.error, RunProblem.notWholeSteps(start: start, stop: stop, dt: dt)))
        }
        if !(steps <= Double(RunSettings.maximumSteps)) {
            problems.append(Diagnostic(.error, RunProblem.tooManySteps(steps)))
        }
        if !(saveEvery >= dt) || !RunSettings.isWhole(saveEvery / dt) {
            problems.append(Diagnostic(.error, RunProblem.saveIntervalNotMultiple(saveEvery: saveEvery, dt: dt)))
        }
        return problems
    }

    /// The most steps a run may take.
    public static let maximumSteps = 50_000_000

    /// The most values one run may hold: its recorded series (saved times × variables), and
    /// separately the pipelines of `delay_fixed()` and `previous()` (32M values, 256 MB each).
    public static let maximumValues = 32 * 1024 * 1024

    /// The values a run of `variables` recorded series keeps: saved times × variables.
    public func recordedValues(variables: Int) -> Int { (stepCount / stepsPerSave + 1) * variables }

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
