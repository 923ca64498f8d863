import Dynamics

/// A parameter value from `--set`, `--stdin` or a batch line.
public struct Override: Hashable, Sendable {
    public var name: String
    public var value: Double
    /// Where it came from, for messages: `--set`, `--stdin`, `line 3 of stdin`.
    public var origin: String
    /// Where its name was written, when it came from a file or standard input.
    public var location: SourceLocation?

    public init(name: String, value: Double, origin: String = "--set", location: SourceLocation? = nil) {
        self.name = name
        self.value = value
        self.origin = origin
        self.location = location
    }
}

/// What every scenario of an assumptions folder shares: the model's variables, its dimensions
/// and aliases, and which parameters and tables of base are arrays.
public struct ModelStructure: Sendable {
    public let variables: [Variable]
    public let dimensions: [ArrayDimension]
    public let arrays: [ArrayDeclaration]
    public let aliases: [Alias]

    init(_ assumptions: Assumptions) {
        variables = assumptions.variables
        dimensions = assumptions.dimensions
        arrays = assumptions.arrays
        aliases = assumptions.aliases
    }

    /// The parameters a written name stands for: every element of an arrayed parameter, one
    /// element (`p[open]`, any spacing), or a scalar; nil when it names none of them. With
    /// `index`, names not among the scenario's parameters count as unknown.
    public func parameterNames(for written: String, among index: [String: Int]? = nil) -> [String]? {
        if let elements = elements(ofParameter: written) { return elements }
        let name = ArrayElement.canonical(written)
        if let index { return index[name] != nil ? [name] : nil }
        return [name]
    }

    /// The elements of the arrayed parameter `name`, in order; nil when it is not one.
    public func elements(ofParameter name: String) -> [String]? {
        guard let declaration = arrays.first(where: { $0.name == name }) else { return nil }
        let lists = declaration.dimensions.map { dimension in dimensions.first { $0.name == dimension }?.elements ?? [] }
        return lists.reduce([[]]) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
            .map { ArrayElement.name(name, $0) }
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
    /// For an element of an arrayed parameter, which one.
    public var element: ArrayElement? = nil
    /// The value `forecast calibrate` fitted, when this value is it (its range is then the
    /// fitted 95% interval).
    public var fitted: Calibrated.Value? = nil
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
    /// Where each parameter is declared in base.json5.
    let parameterLocations: [String: SourceLocation]
    public let tables: [Table]
    public let events: [ResolvedEvent]
    public let settings: RunSettings
    public let overrides: [Override]
    /// The model files' variables, dimensions and aliases, and base's arrays.
    public let structure: ModelStructure
    public var variables: [Variable] { structure.variables }
    /// Parameter values and events as the files give them, before overrides: what the digest covers.
    let fileValues: [Double]
    let fileEvents: [ResolvedEvent]
    /// The base model compiled when the assumptions loaded, when this scenario has the same
    /// structure (no timed changes, base's tables): compiling it again would give the same code.
    let baseModel: CompiledModel?
    /// calibrated.json5's posterior draws, when MCMC made them.
    var calibratedDraws: Calibrated.Draws? = nil

    /// The posterior draws of the parameters that still hold their fitted values (a scenario
    /// or an override that sets one takes it out): Monte Carlo draws these jointly, a row at a
    /// time, and the other ranged parameters from their ranges.
    public var posterior: Calibrated.Draws? {
        guard let draws = calibratedDraws else { return nil }
        let fitted = Set(parameters.filter { $0.fitted != nil }.map(\.name))
        let columns = draws.names.indices.filter { fitted.contains(draws.names[$0]) }
        guard !columns.isEmpty else { return nil }
        return Calibrated.Draws(names: columns.map { draws.names[$0] }, rows: draws.rows.map { row in columns.map { row[$0] } })
    }

    /// Resolves `name` with `overrides` on top. Unknown override names are errors; values
    /// outside a parameter's range are warnings (what-if runs go past ranges on purpose).
    ///
    /// Runs do not need this: they resolve once and pass overrides as parameter values
    /// (`CompiledScenario.parameterValues`). It is for jobs that change the model itself, such
    /// as exporting it with an override written in.
    public static func resolve(_ name: String, in assumptions: Assumptions, overrides: [Override] = [])
        throws(DiagnosticList) -> (scenario: Scenario, warnings: [Diagnostic]) {
        let resolved = try resolve(name, in: assumptions)
        let problems = resolved.validate(overrides)
        if problems.contains(where: \.isError) { throw DiagnosticList(problems) }
        return (resolved.applying(overrides), problems)
    }

    /// Resolves `name`: base, then each scenario it extends, later winning.
    public static func resolve(_ name: String, in assumptions: Assumptions) throws(DiagnosticList) -> Scenario {
        guard let file = assumptions.scenarioFile(name) else {
            let names = assumptions.scenarioNames + (assumptions.hasBacktest ? ["backtest"] : [])
            let hint = Suggestion.hint(for: name, in: names) ?? "the scenarios are \(assumptions.scenarioNames.joined(separator: ", "))"
            throw DiagnosticList([Diagnostic(.error, ResolutionProblem.unknownScenario(name, hint: hint))])
        }
        let chain = assumptions.chain(of: name)

        var parameters = assumptions.base.parameters.map {
            ResolvedParameter(name: $0.name, value: $0.value, low: $0.low, high: $0.high, distribution: $0.distribution,
                              unit: $0.unit, source: $0.source, note: $0.note, setBy: nil, element: $0.element)
        }
        let index = Dictionary(parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let structure = ModelStructure(assumptions)
        // Fitted values: those for every scenario now, those fitted in place of a scenario's own
        // setting after that scenario's files.
        func applyFitted(_ values: [Calibrated.Value]) {
            for fitted in values {
                for name in structure.parameterNames(for: fitted.name, among: index) ?? [] {
                    let k = index[name]!
                    parameters[k].value = fitted.value
                    parameters[k].low = fitted.low
                    parameters[k].high = fitted.high
                    parameters[k].setBy = "calibrated"
                    parameters[k].fitted = fitted
                }
            }
        }
        let calibrated = assumptions.calibrated?.values ?? []
        applyFitted(calibrated.filter { $0.scenario == nil })
        var tables = assumptions.base.tables.map(\.table)
        var events: [String: [Quarter: Double]] = [:]
        var timeSpec = assumptions.base.time
        for link in chain.dropFirst() {
            for entry in link.set {
                for name in structure.parameterNames(for: entry.name) ?? [] {
                    if let k = index[name] { parameters[k].value = entry.value; parameters[k].setBy = link.name; parameters[k].fitted = nil }
                }
            }
            for replacement in link.tables {
                if let k = tables.firstIndex(where: { $0.name == replacement.table.name }) { tables[k] = replacement.table }
            }
            for event in link.events {
                for entry in event.set {
                    for name in structure.parameterNames(for: entry.name) ?? [] { events[name, default: [:]][event.at] = entry.value }
                }
            }
            if let time = link.time { timeSpec = merge(timeSpec, time) }
        }
        let names = Set(chain.map(\.name))
        applyFitted(calibrated.filter { $0.scenario.map(names.contains) == true })
        let settings: RunSettings
        do {
            settings = try runSettings(base: timeSpec, override: nil)
        } catch {
            throw DiagnosticList([error])
        }
        let flattened = flatten(events)
        let baseTables = assumptions.base.tables.map(\.table)
        return Scenario(name: name, description: file.description, chain: chain.map(\.name), parameters: parameters,
                        parameterLocations: Dictionary(assumptions.base.parameters.map { ($0.name, $0.nameLocation) }, uniquingKeysWith: { a, _ in a }),
                        tables: tables, events: flattened, settings: settings, overrides: [],
                        structure: structure, fileValues: parameters.map(\.value), fileEvents: flattened,
                        baseModel: flattened.isEmpty && tables == baseTables ? assumptions.baseModel : nil,
                        calibratedDraws: assumptions.calibrated?.draws)
    }

    /// Problems with `overrides` for this scenario: a name that is no parameter (with the
    /// nearest one as a hint), a computed variable, a definition, a value that is not finite
    /// (errors); a value outside the parameter's range (a warning). The one check every route
    /// that takes overrides uses: `--set`, `--stdin`, batch lines, exports.
    public func validate(_ overrides: [Override]) -> [Diagnostic] {
        overrides.flatMap { override -> [Diagnostic] in
            let at = override.location
            guard let names = structure.parameterNames(for: override.name, among: parameterIndex) else {
                if let element = ArrayElement(parsing: override.name), let elements = structure.elements(ofParameter: element.array) {
                    let known = elements.compactMap { ArrayElement(parsing: $0)?.elements.joined(separator: ",") }
                    let written = element.elements.joined(separator: ",")
                    return [Diagnostic(.error, ResolutionProblem.unknownElement(written, array: element.array, origin: override.origin,
                                                                                hint: Suggestion.hint(for: written, in: known)), at: at)]
                }
                if variables.contains(where: { $0.name == override.name }) || structure.aliases.contains(where: { $0.name == override.name }) {
                    return [Diagnostic(.error, ResolutionProblem.variableNotParameter(override.name, origin: override.origin), at: at)]
                }
                return [Diagnostic(.error, ResolutionProblem.unknownParameter(override.name, origin: override.origin,
                                                                              hint: Suggestion.hint(for: override.name, in: writtenParameterNames)),
                                   at: at)]
            }
            guard override.value.isFinite else {
                return [Diagnostic(.error, ResolutionProblem.nonFiniteOverride(override.name, origin: override.origin, value: override.value), at: at)]
            }
            var problems: [Diagnostic] = []
            for name in names {
                let parameter = parameters[parameterIndex[name]!]
                if parameter.distribution == .fixed, parameter.low == parameter.high {
                    problems.append(Diagnostic(.error, ResolutionProblem.definitionNotParameter(name, origin: override.origin), at: at))
                } else if let low = parameter.low, let high = parameter.high, override.value < low || override.value > high {
                    problems.append(Diagnostic(.warning, ResolutionProblem.outsideRange(name, origin: override.origin, value: override.value,
                                                                                       low: low, high: high), at: at))
                }
            }
            return problems
        }
    }

    /// Where each parameter is in `parameters`.
    var parameterIndex: [String: Int] {
        Dictionary(parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Parameter names as a modeller writes them: arrays by their own name.
    private var writtenParameterNames: [String] {
        Array(Set(parameters.map { $0.element?.array ?? $0.name }))
    }

    /// This scenario with `overrides` written into its numbers: each overridden parameter takes
    /// the value everywhere, its timed changes removed. Unknown names are ignored (`validate`
    /// reports them).
    func applying(_ overrides: [Override]) -> Scenario {
        guard !overrides.isEmpty else { return self }
        var parameters = self.parameters
        let index = parameterIndex
        var overridden: Set<String> = []
        for override in overrides where override.value.isFinite {
            for name in structure.parameterNames(for: override.name, among: index) ?? [] {
                let k = index[name]!
                parameters[k].value = override.value
                parameters[k].setBy = override.origin
                parameters[k].fitted = nil
                overridden.insert(name)
            }
        }
        let events = self.events.filter { !overridden.contains($0.parameter) }
        return Scenario(name: name, description: description, chain: chain, parameters: parameters, parameterLocations: parameterLocations,
                        tables: tables, events: events,
                        settings: settings, overrides: overrides, structure: structure, fileValues: fileValues, fileEvents: fileEvents,
                        baseModel: events.isEmpty ? baseModel : nil, calibratedDraws: calibratedDraws)
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
            throw Diagnostic(.error, ResolutionProblem.incompleteTime)
        }
        return RunSettings(start: start, stop: end, dt: step, saveEvery: 0.25, method: spec.method ?? .rk4)
    }

    /// The model with this scenario's numbers, ready for the compiler.
    public var definition: ModelDefinition {
        ModelBuilder.definition(variables: variables, parameters: parameters.map { .init(name: $0.name, value: $0.value, unit: $0.unit) },
                               tables: tables, events: events, dimensions: structure.dimensions, arrays: structure.arrays,
                               aliases: structure.aliases)
    }

    public func parameter(_ name: String) -> ResolvedParameter? { parameters.first { $0.name == name } }
}
