import Dynamics

/// A resolved scenario compiled once, runnable many times with different parameter values
/// (batch lines, Monte Carlo draws) without recompiling.
public struct CompiledScenario: Sendable {
    public let scenario: Scenario
    public let model: CompiledModel
    /// For each parameter name, the model parameters that carry it: one, or with timed events
    /// the base value and each event's value (an override sets them all, removing the events).
    private let targets: [String: [Int]]

    public init(_ scenario: Scenario) throws(DiagnosticList) {
        self.scenario = scenario
        model = try Compiler.compile(scenario.definition)
        var targets: [String: [Int]] = [:]
        for (k, parameter) in model.parameters.enumerated() {
            let name = String(parameter.name.prefix { $0 != "#" })
            targets[name, default: []].append(k)
        }
        self.targets = targets
    }

    public var settings: RunSettings { scenario.settings }

    /// Parameter values for the model with `overrides` applied; unknown names are ignored
    /// (they were rejected when the scenario was resolved).
    public func parameterValues(_ overrides: [String: Double]) -> [Double] {
        var values = model.defaultParameterValues
        for (name, value) in overrides {
            for k in targets[name] ?? [] { values[k] = value }
        }
        return values
    }

    /// True if `name` is a parameter of the scenario.
    public func hasParameter(_ name: String) -> Bool { targets[name] != nil }

    public func run(overrides: [String: Double] = [:], saveEvery: Double? = nil) throws(Diagnostic) -> RunResult {
        var settings = scenario.settings
        if let saveEvery { settings.saveEvery = saveEvery }
        return try model.run(settings, parameters: overrides.isEmpty ? nil : parameterValues(overrides))
    }
}
