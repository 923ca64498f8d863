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
    case tooManyValues(savedTimes: Int, variables: Int, limit: Int)
    /// The delay time of a `delay_fixed()` in the equation of `variable`.
    case delayTimeNotUsable(variable: String, value: Double)
    case delaysTooLong(variable: String, values: Int, limit: Int)

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
        case .tooManyValues(let times, let variables, let limit):
            "the run would record \(times) saved times of \(variables) variables, \(times * variables) values, over the limit of \(limit) (\(limit / 131_072) MB)"
        case .delayTimeNotUsable(let variable, let value):
            "the delay time of a fixed delay in the equation of '\(variable)' is \(ExpressionPrinter.formatNumber(value)) at the start of the run"
        case .delaysTooLong(let variable, let values, let limit):
            "the fixed delays would hold \(values) values by the one in the equation of '\(variable)', over the limit of \(limit) (\(limit / 131_072) MB)"
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
        case .tooManyValues: "save less often (a larger step or save interval), or run a shorter span"
        case .delayTimeNotUsable: "a delay time must be a finite number of at least 0"
        case .delaysTooLong: "use fewer fixed delays, or a larger step"
        }
    }
}
