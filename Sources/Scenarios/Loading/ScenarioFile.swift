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

    static func read(_ root: JSONValue, file: String, kind: Kind, defaultName: String, problems: inout [Diagnostic]) -> ScenarioFile? {
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
                if let spec = ParameterSpec.read(member, file: file, problems: &problems) { scenario.parameters.append(spec) }
            }
        }
        if let tables = reader.object("tables", context: "'tables'", problems: &problems) {
            for member in tables.members {
                if let spec = TableSpec.read(member, file: file, problems: &problems) { scenario.tables.append(spec) }
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

/// The clock: `time: { start: "2025Q1", end: "2035Q4", step: 0.0625, method: "rk4", unit: "year" }`.
struct TimeSpec {
    var start: (value: Double, location: SourceLocation)?
    var end: (value: Double, location: SourceLocation)?
    var step: Double?
    var method: IntegrationMethod?
    var location: SourceLocation
    /// The keys the file writes, valid or not (an invalid one is reported where it is read).
    var written: Set<String> = []

    static func read(_ reader: ObjectReader, problems: inout [Diagnostic]) -> TimeSpec {
        reader.rejectUnknownKeys(["start", "end", "step", "method", "unit"], problems: &problems)
        var spec = TimeSpec(location: reader.location)
        spec.written = Set(["start", "end", "step"].filter { reader.value[$0] != nil })
        func time(_ key: String) -> (Double, SourceLocation)? {
            guard let found = reader.value[key] else { return nil }
            if let label = found.string {
                guard let quarter = Quarter(label) else {
                    problems.append(Diagnostic(.error, AssumptionProblem.badQuarter(key: key, label: label), at: reader.location(of: found)))
                    return nil
                }
                return (quarter.time, reader.location(of: found))
            }
            guard let year = reader.number(key, problems: &problems) else { return nil }
            // A quarter's label has a four-digit year; past that, times are not years.
            guard year >= 1, year < 10_000 else {
                problems.append(Diagnostic(.error, AssumptionProblem.yearOutOfRange(key: key, value: year), at: reader.location(of: found)))
                return nil
            }
            return (year, reader.location(of: found))
        }
        spec.start = time("start")
        spec.end = time("end")
        spec.step = reader.number("step", problems: &problems)
        if let method = reader.string("method", problems: &problems) {
            spec.method = IntegrationMethod(rawValue: method.lowercased())
            if spec.method == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.unknownMethod(method, hint: Suggestion.hint(for: method, in: IntegrationMethod.allCases.map(\.rawValue))),
                                           at: reader.location(of: reader.value["method"]!)))
            }
        }
        if let unit = reader.string("unit", problems: &problems), unit != "year" {
            problems.append(Diagnostic(.error, AssumptionProblem.timeUnit(unit), at: reader.location(of: reader.value["unit"]!)))
        }
        return spec
    }
}

/// How Monte Carlo draws a parameter between its `low` and `high`; `fixed` is never drawn.
public enum Distribution: String, CaseIterable, Hashable, Sendable {
    case uniform, triangular, normal, lognormal, fixed
}

/// A parameter of `base.json5`.
struct ParameterSpec {
    var name: String
    var value: Double
    var low: Double?
    var high: Double?
    var distribution: Distribution?
    var unit: String?
    var source: String?
    var note: String?
    var nameLocation: SourceLocation
    var valueLocation: SourceLocation

    static let keys = ["value", "low", "high", "distribution", "unit", "source", "note"]

    static func read(_ member: JSONValue.Member, file: String, problems: inout [Diagnostic]) -> ParameterSpec? {
        let nameLocation = SourceLocation(file: file, position: member.keyPosition)
        guard let entry = ObjectReader(member.value, file: file, context: "parameter '\(member.key)'", problems: &problems) else { return nil }
        entry.rejectUnknownKeys(keys, problems: &problems)
        if !ModelFile.isValidName(member.key) {
            problems.append(Diagnostic(.error, AssumptionProblem.invalidName(member.key), at: nameLocation))
        }
        guard let value = entry.number("value", required: true, problems: &problems) else { return nil }
        var spec = ParameterSpec(name: member.key, value: value, nameLocation: nameLocation,
                                 valueLocation: entry.location(of: entry.value["value"]!))
        spec.low = entry.number("low", problems: &problems)
        spec.high = entry.number("high", problems: &problems)
        spec.unit = entry.string("unit", problems: &problems)
        spec.source = entry.string("source", problems: &problems)
        spec.note = entry.string("note", problems: &problems)
        if let text = entry.string("distribution", problems: &problems) {
            spec.distribution = Distribution(rawValue: text)
            if spec.distribution == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.unknownDistribution(text, parameter: member.key,
                                                                                          hint: Suggestion.hint(for: text, in: Distribution.allCases.map(\.rawValue))),
                                           at: entry.location(of: entry.value["distribution"]!)))
            }
        }
        if entry.value["unit"] == nil {
            problems.append(Diagnostic(.error, AssumptionProblem.parameterWithoutUnit(member.key), at: nameLocation))
        }
        if entry.value["source"] == nil || spec.source?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            problems.append(Diagnostic(.error, AssumptionProblem.parameterWithoutSource(member.key), at: nameLocation))
        }
        if (spec.low == nil) != (spec.high == nil) {
            problems.append(Diagnostic(.error, AssumptionProblem.halfRange(member.key), at: nameLocation))
        }
        if let low = spec.low, let high = spec.high {
            if low > high {
                problems.append(Diagnostic(.error, AssumptionProblem.lowAboveHigh(member.key, low: low, high: high), at: entry.location(of: entry.value["low"]!)))
            } else if value < low || value > high {
                problems.append(Diagnostic(.error, AssumptionProblem.valueOutsideRange(member.key, value: value, low: low, high: high), at: spec.valueLocation))
            }
            if spec.distribution == .lognormal, low <= 0 {
                problems.append(Diagnostic(.error, AssumptionProblem.lognormalNotPositive(member.key, low: low), at: entry.location(of: entry.value["low"]!)))
            }
        }
        if spec.distribution != nil, spec.distribution != .fixed, spec.low == nil {
            problems.append(Diagnostic(.error, AssumptionProblem.distributionWithoutRange(member.key), at: nameLocation))
        }
        return spec
    }

    var isJudgement: Bool { source?.lowercased().hasPrefix("judgement") ?? false }
}

/// A table of `base.json5` or a scenario's replacement of one.
struct TableSpec {
    var table: Table
    var source: String?

    static func read(_ member: JSONValue.Member, file: String, problems: inout [Diagnostic]) -> TableSpec? {
        let location = SourceLocation(file: file, position: member.keyPosition)
        guard let entry = ObjectReader(member.value, file: file, context: "table '\(member.key)'", problems: &problems) else { return nil }
        entry.rejectUnknownKeys(["x", "y", "extrapolate", "unit", "source", "doc"], problems: &problems)
        guard let xs = entry.numbers("x", required: true, problems: &problems),
              let ys = entry.numbers("y", required: true, problems: &problems) else { return nil }
        let extrapolate = entry.bool("extrapolate", problems: &problems) ?? false
        let table = Table(name: member.key, xs: xs, ys: ys, mode: extrapolate ? .extrapolate : .clamp,
                          unit: entry.string("unit", problems: &problems), doc: entry.string("doc", problems: &problems), origin: location)
        var found = table.validate()
        // Point at the offending x value where there is one.
        if let xValues = entry.value["x"]?.array {
            for k in found.indices {
                if case CompileProblem.tableNotIncreasing(_, let index, _, _)? = found[k].problem as? CompileProblem, index < xValues.count {
                    found[k].location = entry.location(of: xValues[index])
                }
            }
        }
        problems += found
        return TableSpec(table: table, source: entry.string("source", problems: &problems))
    }
}

/// `name: value` in a scenario's `set` or an event's `set`.
struct SetEntry {
    var name: String
    var value: Double
    var location: SourceLocation

    static func read(_ reader: ObjectReader, problems: inout [Diagnostic]) -> [SetEntry] {
        reader.members.compactMap { member in
            ObjectReader.finiteNumber(member.value, file: reader.file, what: "the value set for '\(member.key)'", problems: &problems)
                .map { SetEntry(name: member.key, value: $0, location: SourceLocation(file: reader.file, position: member.keyPosition)) }
        }
    }
}

/// `{ at: "2027Q1", set: { … } }`: parameters that change at the start of a quarter.
struct EventSpec {
    var at: Quarter
    var location: SourceLocation
    var set: [SetEntry]

    static func readAll(_ value: JSONValue, file: String, problems: inout [Diagnostic]) -> [EventSpec] {
        ObjectReader.elements(of: value, key: "events", expected: "an array of { at: \"2027Q1\", set: { … } }", file: file,
                              problems: &problems).compactMap { element in
            guard let entry = ObjectReader(element, file: file, context: "an event", problems: &problems) else { return nil }
            entry.rejectUnknownKeys(["at", "set"], problems: &problems)
            guard let label = entry.string("at", required: true, problems: &problems) else { return nil }
            let location = entry.location(of: entry.value["at"]!)
            guard let quarter = Quarter(label) else {
                problems.append(Diagnostic(.error, AssumptionProblem.badEventQuarter(label: label), at: location))
                return nil
            }
            guard let set = entry.object("set", context: "the event's 'set'", required: true, problems: &problems) else { return nil }
            return EventSpec(at: quarter, location: location, set: SetEntry.read(set, problems: &problems))
        }
    }
}

/// A backtest score: a model series against a column of a history file.
struct ScoreSpec {
    var series: String
    var history: String
    var column: String
    var location: SourceLocation

    static func readAll(_ value: JSONValue, file: String, problems: inout [Diagnostic]) -> [ScoreSpec] {
        ObjectReader.elements(of: value, key: "scores", file: file, problems: &problems).compactMap { element in
            guard let entry = ObjectReader(element, file: file, context: "a score", problems: &problems) else { return nil }
            entry.rejectUnknownKeys(["series", "history", "column"], problems: &problems)
            guard let series = entry.string("series", required: true, problems: &problems),
                  let history = entry.string("history", required: true, problems: &problems),
                  let column = entry.string("column", required: true, problems: &problems) else { return nil }
            return ScoreSpec(series: series, history: history, column: column, location: entry.location)
        }
    }
}

/// A rank correlation between two ranged parameters for Monte Carlo draws:
/// `{ parameters: ["a", "b"], rank: 0.6, source: "…" }`.
struct CorrelationSpec {
    var first: String
    var second: String
    var rank: Double
    var location: SourceLocation

    static func readAll(_ value: JSONValue, file: String, problems: inout [Diagnostic]) -> [CorrelationSpec] {
        ObjectReader.elements(of: value, key: "correlations", file: file, problems: &problems).compactMap { element in
            guard let entry = ObjectReader(element, file: file, context: "a correlation", problems: &problems) else { return nil }
            entry.rejectUnknownKeys(["parameters", "rank", "source"], problems: &problems)
            guard let names = entry.strings("parameters", problems: &problems), let rank = entry.number("rank", required: true, problems: &problems) else {
                if entry.value["parameters"] == nil {
                    problems.append(Diagnostic(.error, AssumptionProblem.correlationWithoutParameters, at: entry.location))
                }
                return nil
            }
            guard names.count == 2, names[0] != names[1] else {
                problems.append(Diagnostic(.error, AssumptionProblem.correlationNames(count: names.count), at: entry.location(of: entry.value["parameters"]!)))
                return nil
            }
            guard rank > -1, rank < 1 else {
                problems.append(Diagnostic(.error, AssumptionProblem.correlationOutOfRange(rank), at: entry.location(of: entry.value["rank"]!)))
                return nil
            }
            if entry.value["source"] == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.correlationWithoutSource, at: entry.location))
            }
            return CorrelationSpec(first: names[0], second: names[1], rank: rank, location: entry.location(of: entry.value["parameters"]!))
        }
    }
}
