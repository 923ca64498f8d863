import Dynamics
import Scenarios

/// Dimensional analysis of the compiled scenario's equations against their declared units.
enum UnitCheck {
    static func problems(_ compiled: CompiledScenario, assumptions: Assumptions) -> [Diagnostic] {
        let units = Dictionary(compiled.model.parameters.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a })
        return UnitChecker.check(compiled.model.equations, parameterUnits: units, tableUnits: tableUnits(compiled),
                                 locations: Dictionary(assumptions.variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    static func tableUnits(_ compiled: CompiledScenario) -> [String: String?] {
        Dictionary(compiled.scenario.tables.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a })
    }
}
