import Dynamics

/// A parameter value from `--set`, `--stdin` or a batch line.
public struct Override: Hashable, Sendable {
    public var name: String
    public var value: Double
    /// Where it came from, for messages: `--set`, `--stdin`, `line 3 of stdin`.
    public var origin: String

    public init(name: String, value: Double, origin: String = "--set") {
        self.name = name
        self.value = value
        self.origin = origin
    }
}

/// A parameter as a scenario resolves it.
public struct ResolvedParameter: Hashable, Sendable {
    public var name: String
    public var value: Double
    public var low: Double?
    public var high: Double?
    public var distribution: Distribution?
    public var unit: String?
    public var source: String?
    public var note: String?
    /// The scenario file (or override) that last changed the value; nil when it is base's.
    public var setBy: String?
    public var isJudgement: Bool { source?.lowercased().hasPrefix("judgement") ?? false }
}

/// A parameter change at the start of a quarter.
public struct ResolvedEvent: Hashable, Sendable {
    public var parameter: String
    public var at: Quarter
    public var value: Double
}

/// One scenario resolved: base, then each scenario it extends, then overrides, later winning.
public struct Scenario: Sendable {
    public let name: String
    public let description: String?
    /// `base` first, this scenario last.
    public let chain: [String]
    public let parameters: [ResolvedParameter]
    public let tables: [Table]
    public let events: [ResolvedEvent]
    public let settings: RunSettings
    public let overrides: [Override]
    let variables: [Variable]
    /// Parameter values and events as the files give them, before overrides: what the digest covers.
    let fileValues: [Double]
    let fileEvents: [ResolvedEvent]

    /// Resolves `name` with `overrides` on top. Unknown override names are errors; values
    /// outside a parameter's range are warnings (what-if runs go past ranges on purpose).
    public static func resolve(_ name: String, in assumptions: Assumptions, overrides: [Override] = [])
        throws(DiagnosticList) -> (scenario: Scenario, warnings: [Diagnostic]) {
        guard let file = assumptions.scenarioFile(name) else {
            throw DiagnosticList([Diagnostic(.error, "unknown scenario '\(name)'",
                                             hint: Suggestion.hint(for: name, in: assumptions.scenarioNames + (assumptions.hasBacktest ? ["backtest"] : []))
                                                 ?? "the scenarios are \(assumptions.scenarioNames.joined(separator: ", "))")])
        }
        var chain = [file]
        while let parent = chain.last?.extends, parent.name != "base", let next = assumptions.scenarioFiles[parent.name],
              !chain.contains(where: { $0.name == next.name }) {
            chain.append(next)
        }
        if name != "base" { chain.append(assumptions.base) }
        chain.reverse()

        var parameters = assumptions.base.parameters.map {
            ResolvedParameter(name: $0.name, value: $0.value, low: $0.low, high: $0.high, distribution: $0.distribution,
                              unit: $0.unit, source: $0.source, note: $0.note, setBy: nil)
        }
        let index = Dictionary(parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var tables = assumptions.base.tables.map(\.table)
        var events: [String: [Quarter: Double]] = [:]
        var timeSpec = assumptions.base.time
        for link in chain.dropFirst() {
            for entry in link.set { if let k = index[entry.name] { parameters[k].value = entry.value; parameters[k].setBy = link.name } }
            for replacement in link.tables {
                if let k = tables.firstIndex(where: { $0.name == replacement.table.name }) { tables[k] = replacement.table }
            }
            for event in link.events {
                for entry in event.set { events[entry.name, default: [:]][event.at] = entry.value }
            }
            if let time = link.time { timeSpec = merge(timeSpec, time) }
        }

        let fileValues = parameters.map(\.value)
        let fileEvents = flatten(events)
        var problems: [Diagnostic] = []
        for override in overrides {
            guard let k = index[override.name] else {
                let isVariable = assumptions.variables.contains { $0.name == override.name }
                problems.append(Diagnostic(.error, isVariable ? "'\(override.name)' in \(override.origin) is a variable computed by the model, not a parameter"
                                                   : "unknown parameter '\(override.name)' in \(override.origin)",
                                           hint: isVariable ? "set one of the parameters its equation reads (see `forecast explain \(override.name)`)"
                                                   : Suggestion.hint(for: override.name, in: index.keys) ?? "see `forecast list parameters`"))
                continue
            }
            guard override.value.isFinite else {
                problems.append(Diagnostic(.error, "\(override.origin) gives '\(override.name)' the value \(override.value)", hint: "give a finite number"))
                continue
            }
            parameters[k].value = override.value
            parameters[k].setBy = override.origin
            events[override.name] = nil
            if let low = parameters[k].low, let high = parameters[k].high, override.value < low || override.value > high {
                problems.append(Diagnostic(.warning, "\(override.origin) sets '\(override.name)' to \(ExpressionPrinter.formatNumber(override.value)), outside its range [\(ExpressionPrinter.formatNumber(low)), \(ExpressionPrinter.formatNumber(high))]"))
            }
        }
        let settings: RunSettings
        do {
            settings = try runSettings(base: timeSpec, override: nil)
        } catch {
            problems.append(error)
            throw DiagnosticList(problems)
        }
        if problems.contains(where: \.isError) { throw DiagnosticList(problems) }
        let scenario = Scenario(name: name, description: file.description, chain: chain.map(\.name), parameters: parameters,
                                tables: tables, events: flatten(events), settings: settings, overrides: overrides,
                                variables: assumptions.variables, fileValues: fileValues, fileEvents: fileEvents)
        return (scenario, problems)
    }

    private static func flatten(_ events: [String: [Quarter: Double]]) -> [ResolvedEvent] {
        events.keys.sorted().flatMap { parameter in
            events[parameter]!.keys.sorted().map { ResolvedEvent(parameter: parameter, at: $0, value: events[parameter]![$0]!) }
        }
    }

    private static func merge(_ base: TimeSpec?, _ change: TimeSpec) -> TimeSpec {
        guard var merged = base else { return change }
        if let start = change.start { merged.start = start }
        if let end = change.end { merged.end = end }
        if let step = change.step { merged.step = step }
        if let method = change.method { merged.method = method }
        return merged
    }

    /// The run's clock, saving every quarter.
    static func runSettings(base: TimeSpec?, override: TimeSpec?) throws(Diagnostic) -> RunSettings {
        let spec = override.map { merge(base, $0) } ?? base
        guard let spec, let start = spec.start?.value, let end = spec.end?.value, let step = spec.step else {
            throw Diagnostic(.error, "the run has no complete 'time' (start, end and step)", hint: "see base.json5")
        }
        return RunSettings(start: start, stop: end, dt: step, saveEvery: 0.25, method: spec.method ?? .rk4)
    }

    /// The model with this scenario's numbers, ready for the compiler.
    public var definition: ModelDefinition {
        ModelBuilder.definition(variables: variables, parameters: parameters.map { .init(name: $0.name, value: $0.value, unit: $0.unit) },
                               tables: tables, events: events)
    }

    public func parameter(_ name: String) -> ResolvedParameter? { parameters.first { $0.name == name } }
}
