import Dynamics

/// A resolved scenario compiled once, runnable many times with different parameter values.
///
/// Every job that runs a scenario with overrides takes the same two steps: `validate(_:)` the
/// overrides (`--set`, `--stdin`, a batch line, a Monte Carlo draw), then `run(parameterValues:)`
/// with `parameterValues(_:)`. So the same values give the same bits whichever way they came.
public struct CompiledScenario: Sendable {
    public let scenario: Scenario
    public let model: CompiledModel
    /// For each parameter name, the model parameters that carry it: one, or with timed events
    /// the value before the first change and each change's value (an override sets them all,
    /// which removes the changes).
    private let targets: [String: [Int]]

    public init(_ scenario: Scenario) throws(DiagnosticList) {
        self.scenario = scenario
        if let base = scenario.baseModel {
            let values = Dictionary(scenario.parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            model = base.withDefaults(base.parameters.map { values[$0.name] ?? $0.value })
        } else {
            model = try Compiler.compile(scenario.definition)
        }
        var targets: [String: [Int]] = [:]
        for (k, parameter) in model.parameters.enumerated() {
            targets[parameter.provenance.userName(parameter.name), default: []].append(k)
        }
        // An arrayed parameter's own name sets every element.
        for array in scenario.structure.arrays {
            guard let elements = scenario.structure.elements(ofParameter: array.name) else { continue }
            let all = elements.flatMap { targets[$0] ?? [] }
            if !all.isEmpty { targets[array.name] = all }
        }
        self.targets = targets
    }

    public var settings: RunSettings { scenario.settings }

    /// Problems with `overrides`: see `Scenario.validate(_:)`.
    public func validate(_ overrides: [Override]) -> [Diagnostic] { scenario.validate(overrides) }

    /// Parameter values for the model with `overrides` applied in order (a later one wins);
    /// names that are not parameters are ignored (`validate` reports them).
    public func parameterValues(_ overrides: [Override]) -> [Double] {
        var values = model.defaultParameterValues
        for override in overrides {
            for k in targets[ArrayElement.canonical(override.name)] ?? [] { values[k] = override.value }
        }
        return values
    }

    /// Parameter values for the model with `overrides` applied; unknown names are ignored.
    public func parameterValues(_ overrides: [String: Double]) -> [Double] {
        parameterValues(overrides.sorted { $0.key < $1.key }.map { Override(name: $0.key, value: $0.value) })
    }

    /// True if `name` is a parameter of the scenario.
    public func hasParameter(_ name: String) -> Bool { targets[name] != nil }

    /// One run with `parameterValues` (nil for the scenario's own), saving every `saveEvery`
    /// (default: the scenario's, every quarter).
    public func run(parameterValues: [Double]? = nil, saveEvery: Double? = nil) throws(Diagnostic) -> RunResult {
        var settings = scenario.settings
        if let saveEvery { settings.saveEvery = saveEvery }
        return try model.run(settings, parameters: parameterValues)
    }

    public func run(overrides: [String: Double], saveEvery: Double? = nil) throws(Diagnostic) -> RunResult {
        try run(parameterValues: overrides.isEmpty ? nil : parameterValues(overrides), saveEvery: saveEvery)
    }
}
