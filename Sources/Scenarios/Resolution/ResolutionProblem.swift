import Dynamics

/// What can be wrong when a scenario is resolved or given overrides: an unknown scenario, an
/// override that names no parameter or gives it an unusable value. All the wording lives here.
public enum ResolutionProblem: Problem, Hashable {
    case unknownScenario(String, hint: String)
    case incompleteTime
    /// `origin` says where the override came from: `--set`, `--stdin`, `line 3 of stdin`.
    case unknownParameter(String, origin: String, hint: String?)
    case variableNotParameter(String, origin: String)
    case definitionNotParameter(String, origin: String)
    case nonFiniteOverride(String, origin: String, value: Double)
    case outsideRange(String, origin: String, value: Double, low: Double, high: Double)
    case overridesNotAnObject(origin: String, found: String)
    case scenarioNotAString
    case overrideNotANumber(String, origin: String, found: String)
    case unknownElement(String, array: String, origin: String, hint: String?)

    public var message: String {
        switch self {
        case .unknownScenario(let name, _): "unknown scenario '\(name)'"
        case .incompleteTime: "the run has no complete 'time' (start, end and step)"
        case .unknownParameter(let name, let origin, _): "unknown parameter '\(name)' in \(origin)"
        case .variableNotParameter(let name, let origin): "'\(name)' in \(origin) is a variable computed by the model, not a parameter"
        case .definitionNotParameter(let name, let origin): "'\(name)' in \(origin) is a definition (its distribution is \"fixed\"), not an assumption to vary"
        case .nonFiniteOverride(let name, let origin, let value): "\(origin) gives '\(name)' the value \(value)"
        case .outsideRange(let name, let origin, let value, let low, let high):
            "\(origin) sets '\(name)' to \(ExpressionPrinter.formatNumber(value)), outside its range "
                + "[\(ExpressionPrinter.formatNumber(low)), \(ExpressionPrinter.formatNumber(high))]"
        case .overridesNotAnObject(let origin, let found): "\(origin) must be one JSON object of parameter values, not \(found)"
        case .scenarioNotAString: "\"scenario\" must be a string"
        case .overrideNotANumber(let name, let origin, let found): "the value of '\(name)' in \(origin) must be a finite number, not \(found)"
        case .unknownElement(let element, let array, let origin, _): "'\(array)' has no element '\(element)' (in \(origin))"
        }
    }

    public var hint: String? {
        switch self {
        case .unknownScenario(_, let hint): hint
        case .incompleteTime: "see base.json5"
        case .unknownParameter(_, _, let hint): hint ?? "see `forecast list parameters`"
        case .variableNotParameter(let name, _): "set one of the parameters its equation reads (see `forecast explain \(name)`)"
        case .definitionNotParameter: "change it in base.json5 if the definition itself should change"
        case .nonFiniteOverride: "give a finite number"
        case .outsideRange, .scenarioNotAString: nil
        case .overridesNotAnObject: "e.g. {\"hardware_growth\": 1.3}"
        case .overrideNotANumber(let name, _, _): "e.g. {\"\(name)\": 1.3}"
        case .unknownElement(_, let array, _, let hint): hint ?? "see `forecast list parameters` for the elements of '\(array)'"
        }
    }
}
