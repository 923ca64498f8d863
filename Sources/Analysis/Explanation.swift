import Dynamics
import Scenarios

/// What a name depends on, level by level, and what depends on it, through the compiled
/// equations. Variables the compiler made (the stages of a smooth, a delay's pipeline) are
/// looked through: their inputs count as their owner's, and a timed value of a parameter
/// counts as the parameter.
public struct Explanation: Sendable {
    public struct Cause: Sendable {
        public var name: String
        /// 1 for what the name reads directly, 2 for what those read, …
        public var level: Int
    }

    public let name: String
    public let causes: [Cause]
    /// Visible variables whose equations read the name, directly or through hidden variables.
    public let effects: [String]

    /// An alias is explained as its target (`comp_closed` as `comp[closed]`).
    ///
    /// - Throws: an unknown name, with the nearest known one as a hint.
    public init(_ written: String, in compiled: CompiledScenario, depth: Int) throws(Diagnostic) {
        let canonical = ArrayElement.canonical(written)
        let name = compiled.scenario.structure.aliases.first { $0.name == canonical }?.target ?? canonical
        let equations = Dictionary(compiled.model.equations.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let parameters = Set(compiled.scenario.parameters.map(\.name))
        var provenance: [String: Provenance] = [:]
        for equation in compiled.model.equations { provenance[equation.name] = equation.provenance }
        for parameter in compiled.model.parameters { provenance[parameter.name] = parameter.provenance }
        // An array is explained through all its elements, each name read as its array's.
        let elements = compiled.model.equations.filter { $0.element?.array == name }.map(\.name)
        let isArray = !elements.isEmpty
        let isParameterArray = compiled.scenario.structure.elements(ofParameter: name) != nil
        guard isArray || isParameterArray || equations[name]?.isVisible == true || parameters.contains(name)
                || compiled.scenario.tables.contains(where: { $0.name == name }) else {
            let known = Set(compiled.model.equations.filter(\.isVisible).map { $0.element?.array ?? $0.name }
                            + compiled.scenario.parameters.map { $0.element?.array ?? $0.name })
            throw Diagnostic(.error, AnalysisProblem.unknownName(name, hint: Suggestion.hint(for: name, in: known)))
        }
        func shown(_ name: String) -> String {
            isArray || isParameterArray ? (equations[name]?.element?.array ?? compiled.scenario.parameter(name)?.element?.array ?? name) : name
        }
        // What a variable reads, seen from outside: hidden variables replaced by what they read.
        func visibleDependencies(_ name: String, _ seen: inout Set<String>) -> [String] {
            guard let equation = equations[name] else { return [] }
            var result: [String] = []
            for dependency in equation.dependencies + equation.inflows + equation.outflows where seen.insert(dependency).inserted {
                switch provenance[dependency] {
                case .expanded?: result += visibleDependencies(dependency, &seen)
                case let origin?: result.append(origin.userName(dependency))
                case nil: result.append(dependency)
                }
            }
            return result
        }
        var causes: [Cause] = []
        var visited: Set<String> = Set(isArray ? elements : [name])
        var listed: Set<String> = [name]
        var frontier = isArray ? elements : [name]
        for level in 1...max(1, depth) {
            var next: [String] = []
            for item in frontier {
                var seen = visited
                for dependency in visibleDependencies(item, &seen) where visited.insert(dependency).inserted {
                    if listed.insert(shown(dependency)).inserted { causes.append(Cause(name: shown(dependency), level: level)) }
                    next.append(dependency)
                }
            }
            frontier = next
            // However many levels were asked for, there is nothing past the last cause.
            if frontier.isEmpty { break }
        }
        var effects: [String] = []
        let targets = Set(isArray ? elements : compiled.scenario.structure.elements(ofParameter: name) ?? [name])
        for equation in compiled.model.equations where equation.isVisible && !targets.contains(equation.name) {
            var seen: Set<String> = [equation.name]
            if !targets.isDisjoint(with: visibleDependencies(equation.name, &seen)), !effects.contains(shown(equation.name)) {
                effects.append(shown(equation.name))
            }
        }
        self.name = name
        self.causes = causes
        self.effects = effects
    }
}
