import Dynamics

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
