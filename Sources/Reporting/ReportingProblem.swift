import Dynamics

/// What can go wrong while reading back or writing outputs; all of the wording lives here.
public enum ReportingProblem: Problem, Hashable {
    /// `what` says what is missing: `no quarter`, `its schema is not forecast.snapshot/1`.
    case notASnapshot(file: String, what: String)

    public var message: String {
        switch self {
        case .notASnapshot(let file, let what): "\(file) is not a forecast snapshot: \(what)"
        }
    }

    public var hint: String? {
        switch self {
        case .notASnapshot: "remove it, or regenerate that quarter's report"
        }
    }
}
