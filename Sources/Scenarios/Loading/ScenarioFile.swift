import Foundation
import Dynamics

/// `base.json5`, a `scenarios/*.json5` file or `backtest.json5`: numbers, and changes to them.
struct ScenarioFile {
    enum Kind { case base, scenario, backtest }

    var kind: Kind
    var file: String
    var location: SourceLocation
    var name: String
    var extends: (name: String, location: SourceLocation)?
    var description: String?
    var time: TimeSpec?
    var parameters: [ParameterSpec] = []
    /// Arrayed parameters and tables, whose elements are among `parameters` and `tables`.
    var arrays: [ArrayDeclaration] = []
    var tables: [TableSpec] = []
    var set: [SetEntry] = []
    var events: [EventSpec] = []
    var scores: [ScoreSpec] = []
    var correlations: [CorrelationSpec] = []

    static func keys(_ kind: Kind) -> [String] {
        switch kind {
        case .base: ["schema", "name", "description", "time", "parameters", "tables", "correlations"]
        case .scenario: ["schema", "extends", "name", "description", "time", "set", "tables", "events"]
        case .backtest: ["schema", "extends", "name", "description", "time", "set", "tables", "events", "scores"]
        }
    }

    static func read(_ root: JSONValue, file: String, kind: Kind, defaultName: String, dimensions: [String: ArrayDimension] = [:],
                     problems: inout [Diagnostic]) -> ScenarioFile? {
        guard let reader = ObjectReader(root, file: file, context: "the file", problems: &problems) else { return nil }
        reader.rejectUnknownKeys(keys(kind), problems: &problems)
        SchemaVersion.check(reader, problems: &problems)
        var scenario = ScenarioFile(kind: kind, file: file, location: reader.location, name: defaultName)
        if let name = reader.string("name", problems: &problems), name != defaultName {
            problems.append(Diagnostic(.error, AssumptionProblem.scenarioNamedDifferently(file: file, name: name, expected: defaultName),
                                       at: reader.location(of: reader.value["name"]!)))
        }
        scenario.description = reader.string("description", problems: &problems)
        if kind != .base {
            if let parent = reader.string("extends", problems: &problems) {
                scenario.extends = (parent, reader.location(of: reader.value["extends"]!))
            } else if reader.value["extends"] == nil {
                scenario.extends = ("base", reader.location)
            }
        }
        if let time = reader.object("time", context: "'time'", problems: &problems) {
            scenario.time = TimeSpec.read(time, problems: &problems)
        }
        if kind == .base, let parameters = reader.object("parameters", context: "'parameters'", required: true, problems: &problems) {
            for member in parameters.members {
                let (specs, array) = ParameterSpec.read(member, file: file, dimensions: dimensions, problems: &problems)
                scenario.parameters += specs
                if let array { scenario.arrays.append(array) }
            }
        }
        if let tables = reader.object("tables", context: "'tables'", problems: &problems) {
            for member in tables.members {
                let (specs, array) = TableSpec.read(member, file: file, dimensions: dimensions, problems: &problems)
                scenario.tables += specs
                if let array { scenario.arrays.append(array) }
            }
        }
        if let set = reader.object("set", context: "'set'", problems: &problems) {
            scenario.set = SetEntry.read(set, problems: &problems)
        }
        if let events = reader.value["events"] {
            scenario.events = EventSpec.readAll(events, file: file, problems: &problems)
        }
        if let correlations = reader.value["correlations"] {
            scenario.correlations = CorrelationSpec.readAll(correlations, file: file, problems: &problems)
        }
        if let scores = reader.value["scores"] {
            scenario.scores = ScoreSpec.readAll(scores, file: file, problems: &problems)
        }
        return scenario
    }
}
