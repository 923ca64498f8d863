import Dynamics

extension CompiledScenario {
    /// Dimensional analysis of every equation against its declared unit (warnings).
    public func unitProblems() -> [Diagnostic] {
        let parameterUnits = Dictionary(model.parameters.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a })
        let tableUnits = Dictionary(scenario.tables.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a })
        let parameterLocations = Dictionary(model.parameters.compactMap { parameter in
            scenario.parameterLocations[parameter.provenance.userName(parameter.name)].map { (parameter.name, $0) }
        }, uniquingKeysWith: { a, _ in a })
        return DiagnosticList(UnitChecker.check(model.equations, parameterUnits: parameterUnits, tableUnits: tableUnits,
                                                parameterLocations: parameterLocations)).diagnostics
    }
}
