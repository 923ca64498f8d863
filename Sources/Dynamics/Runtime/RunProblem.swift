/// Everything that can stop a run: its settings, or a value that stops being a number.
public enum RunProblem: Problem, Hashable {
    /// `setting` is `start`, `stop`, `step` or `save interval`.
    case nonFiniteSetting(String, value: Double)
    case nonPositiveStep(Double)
    case stopNotAfterStart(start: Double, stop: Double)
    case notWholeSteps(start: Double, stop: Double, dt: Double)
    case tooManySteps(Double)
    case saveIntervalNotMultiple(saveEvery: Double, dt: Double)
    /// A variable became NaN or infinite.
    case nonFinite(variable: String, time: Double, value: Double)

    public var message: String {
        switch self {
        case .nonFiniteSetting(let name, let value): "the \(name) of the run is \(value)"
        case .nonPositiveStep(let dt): "the time step must be positive, not \(dt)"
        case .stopNotAfterStart(let start, let stop): "the run stops at \(stop), not after its start \(start)"
        case .notWholeSteps(let start, let stop, let dt): "the run from \(start) to \(stop) is not a whole number of steps of \(dt)"
        case .tooManySteps(let steps): "the run would take \(ExpressionPrinter.formatNumber(steps.rounded(.towardZero))) steps"
        case .saveIntervalNotMultiple(let save, let dt): "the save interval \(save) is not a whole multiple of the step \(dt)"
        case .nonFinite(let variable, let time, let value):
            "'\(variable)' became \(value.isNaN ? "not a number (NaN)" : "infinite") at time \(ExpressionPrinter.formatNumber(time))"
        }
    }

    public var hint: String? {
        switch self {
        case .nonFiniteSetting: "give a finite number"
        case .nonPositiveStep: "e.g. 0.0625 (1/16 of a year)"
        case .stopNotAfterStart: "make the end later than the start"
        case .notWholeSteps: "choose a step that divides the run, e.g. 0.0625 or 0.25"
        case .tooManySteps: "use a larger step"
        case .saveIntervalNotMultiple: "save every step, or every 2, 4, … steps"
        case .nonFinite: "look for a division by zero, ln or sqrt of a negative number, or growth that overflows"
        }
    }
}
