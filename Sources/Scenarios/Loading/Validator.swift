import Dynamics

/// Checks that span files: equations against names, scenarios against parameters, the report
/// and backtest against variables and history.
struct Validator {
    let assumptions: Assumptions
    var problems: [Diagnostic] = []
    /// The base model, compiled to check it.
    private(set) var baseModel: CompiledModel?

    init(assumptions: Assumptions) {
        self.assumptions = assumptions
    }

    private var parameters: [ParameterSpec] { assumptions.base.parameters }
    private var parameterNames: [String] { parameters.map(\.name) }
    /// Parameter names as a modeller writes them: arrays by their own name.
    var writtenParameterNames: [String] { Array(Set(parameters.map { $0.element?.array ?? $0.name })).sorted() }

    /// Every name a series can be asked for by: variables, arrays, their elements, aliases.
    var seriesNames: Set<String> {
        var names = Set(assumptions.variables.map(\.name) + assumptions.aliases.map(\.name))
        let dimensions = Dictionary(assumptions.dimensions.map { ($0.name, $0.elements) }, uniquingKeysWith: { a, _ in a })
        for variable in assumptions.variables where !variable.dimensions.isEmpty {
            for tuple in ArrayDimension.tuples(variable.dimensions.map { dimensions[$0] ?? [] }) {
                names.insert(ArrayElement.name(variable.name, tuple))
            }
        }
        return names
    }

    mutating func run(reportReferences: [String: SourceLocation]) {
        checkTime()
        checkModel()
        checkCorrelations()
        checkUsage()
        for name in assumptions.scenarioFiles.keys.sorted() { checkScenario(assumptions.scenarioFiles[name]!) }
        if let backtest = assumptions.backtestFile {
            checkScenario(backtest)
            checkScores(backtest)
        }
        checkCalibration()
        let variables = seriesNames
        for (name, location) in reportReferences.sorted(by: { $0.value < $1.value }) where !variables.contains(ArrayElement.canonical(name)) {
            problems.append(Diagnostic(.error, AssumptionProblem.reportNamesNonVariable(name, hint: Suggestion.hint(for: name, in: variables)),
                                       at: location))
        }
    }

    /// The base clock must be complete and valid.
    private mutating func checkTime() {
        guard let time = assumptions.base.time else {
            problems.append(Diagnostic(.error, AssumptionProblem.noTime, at: assumptions.base.location))
            return
        }
        for key in ["start", "end", "step"] where !time.written.contains(key) {
            problems.append(Diagnostic(.error, AssumptionProblem.timeWithoutKey(key), at: time.location))
        }
        if let settings = try? Scenario.runSettings(base: time, override: nil) {
            checkSettings(settings, at: time.location)
        }
    }

    /// Problems with a clock, placed at the `time` that gave it: settings that cannot run, or a
    /// run that would record more values than memory holds.
    private mutating func checkSettings(_ settings: RunSettings, at location: SourceLocation) {
        var found = settings.validate()
        if found.isEmpty, settings.recordedValues(variables: assumptions.variables.count) > RunSettings.maximumValues {
            let saved = settings.recordedValues(variables: 1)
            found.append(Diagnostic(.error, RunProblem.tooManyValues(savedTimes: saved, variables: assumptions.variables.count,
                                                                     limit: RunSettings.maximumValues)))
        }
        problems += found.map { var d = $0; d.location = location; return d }
    }

    /// Compiles the base model: equations, names, loops; then checks that each loop of the
    /// report runs through the equations. What the loader already reported (an equation that
    /// does not parse, a table that cannot be used) reaches the compiler as a stand-in, so each
    /// problem is reported once.
    private mutating func checkModel() {
        // A model without variables is reported where its files are read.
        guard !assumptions.variables.isEmpty else { return }
        let variables = assumptions.variables.map { variable in
            var variable = variable
            if variable.equation.parsed == nil {
                variable.equation.parsed = Expression(.number(0), at: SourcePosition(line: 1, column: 1))
            }
            return variable
        }
        let tables = assumptions.base.tables.map { spec in
            spec.table.validate().isEmpty ? spec.table : Table(name: spec.table.name, xs: [0], ys: [0], origin: spec.table.origin)
        }
        do {
            let model = try Compiler.compile(ModelBuilder.definition(variables: variables,
                                                            parameters: parameters.map { .init(name: $0.name, value: $0.value, unit: $0.unit, location: $0.nameLocation) },
                                                            tables: tables, events: [], dimensions: assumptions.dimensions,
                                                            arrays: assumptions.arrays, aliases: assumptions.aliases))
            baseModel = model
            let graph = DependencyGraph(model)
            for loop in assumptions.report.loops {
                for (source, target) in zip(loop.path, loop.path.dropFirst()) where !graph.influences(source, target) {
                    problems.append(Diagnostic(.error, AssumptionProblem.loopBroken(loop: loop.name, source: source, target: target), at: loop.location))
                }
            }
        } catch {
            problems += error.diagnostics
        }
    }

    /// Each correlation joins two parameters that have ranges.
    private mutating func checkCorrelations() {
        for correlation in assumptions.base.correlations {
            for name in [correlation.first, correlation.second] {
                guard let parameter = parameters.first(where: { $0.name == name }) else {
                    problems.append(Diagnostic(.error, AssumptionProblem.correlationUnknownParameter(name, hint: Suggestion.hint(for: name, in: parameterNames)),
                                               at: correlation.location))
                    continue
                }
                if parameter.low == nil || parameter.distribution == .fixed {
                    problems.append(Diagnostic(.error, AssumptionProblem.correlationNotDrawn(name), at: correlation.location))
                }
            }
        }
    }

    /// Parameters and tables no equation reads; a near miss of an undefined name is a typo.
    private mutating func checkUsage() {
        var referenced: Set<String> = []
        for variable in assumptions.variables {
            for expression in ([variable.equation] + variable.elementEquations.map(\.equation)).compactMap(\.parsed) {
                expression.visit { node in
                    switch node.kind {
                    case .name(let name), .subscript(let name, _): referenced.insert(name)
                    case .call(let name, _): referenced.insert(name)
                    default: break
                    }
                }
            }
        }
        let defined = Set(assumptions.allNames).union(Compiler.reservedNames).union(Builtin.allCases.map(\.rawValue))
            .union(assumptions.dimensions.map(\.name)).union(["lookup", "sum", "prod", "mean", "stddev", "size", "rank"])
        let undefined = referenced.subtracting(defined)
        var reported: Set<String> = []
        for parameter in parameters where !referenced.contains(parameter.element?.array ?? parameter.name) {
            // An arrayed parameter is used or not as a whole.
            guard reported.insert(parameter.element?.array ?? parameter.name).inserted else { continue }
            let parameter = parameter.element.map { element in
                var spec = parameter
                spec.name = element.array
                spec.nameLocation = spec.arrayLocation ?? spec.nameLocation
                return spec
            } ?? parameter
            if let intended = Suggestion.closest(to: parameter.name, in: undefined) {
                problems.append(Diagnostic(.error, AssumptionProblem.parameterUnusedButNear(parameter.name, intended: intended), at: parameter.nameLocation))
            } else {
                problems.append(Diagnostic(.warning, AssumptionProblem.parameterUnused(parameter.name), at: parameter.nameLocation))
            }
        }
        let arrayedTables = Set(assumptions.arrays.map(\.name))
        for table in assumptions.base.tables where !referenced.contains(table.table.name)
            && !arrayedTables.contains(where: { table.table.name.hasPrefix($0 + "[") && referenced.contains($0) }) {
            problems.append(Diagnostic(.warning, AssumptionProblem.tableUnused(table.table.name), at: table.table.origin))
        }
    }

    private mutating func checkScenario(_ scenario: ScenarioFile) {
        // The chain of `extends` must end at base without a cycle.
        var seen = [scenario.name], current = scenario
        while let parent = current.extends {
            if parent.name == "base" { break }
            guard let next = assumptions.scenarioFiles[parent.name] else {
                let hint = Suggestion.hint(for: parent.name, in: assumptions.scenarioNames)
                    ?? "extend \"base\" or one of \(assumptions.scenarioNames.joined(separator: ", "))"
                problems.append(Diagnostic(.error, AssumptionProblem.extendsMissing(scenario: current.name, parent: parent.name, hint: hint),
                                           at: parent.location))
                break
            }
            if seen.contains(next.name) {
                if current.name == scenario.name || seen.first == scenario.name {
                    problems.append(Diagnostic(.error, AssumptionProblem.extendsCircle(seen + [next.name]), at: parent.location))
                }
                break
            }
            seen.append(next.name)
            current = next
        }
        for entry in scenario.set { checkSettable(entry) }
        let baseTables = Set(assumptions.base.tables.map(\.table.name))
        for table in scenario.tables where !baseTables.contains(table.table.name) {
            problems.append(Diagnostic(.error, AssumptionProblem.tableNotInBase(scenario: scenario.name, table: table.table.name,
                                                                                 hint: Suggestion.hint(for: table.table.name, in: baseTables)),
                                       at: table.table.origin))
        }
        // A scenario's own clock, merged along its chain as a run resolves it, is checked at its `time`.
        if let own = scenario.time, assumptions.base.time != nil, let resolved = try? Scenario.resolve(scenario.name, in: assumptions) {
            checkSettings(resolved.settings, at: own.location)
        }
        let time = (try? Scenario.runSettings(base: assumptions.base.time, override: scenario.time))
        for event in scenario.events {
            for entry in event.set { checkSettable(entry) }
            if let time, event.at.time < time.start || event.at.time > time.stop {
                problems.append(Diagnostic(.error, AssumptionProblem.eventOutsideRun(at: event.at.label, first: Quarter(containing: time.start).label,
                                                                                      last: Quarter(containing: time.stop).label),
                                           at: event.location))
            }
        }
    }

    private mutating func checkSettable(_ entry: SetEntry) {
        let structure = ModelStructure(assumptions)
        let index = Dictionary(parameterNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        if structure.parameterNames(for: entry.name, among: index) != nil { return }
        if let element = ArrayElement(parsing: entry.name), let elements = structure.elements(ofParameter: element.array) {
            let known = elements.compactMap { ArrayElement(parsing: $0)?.elements.joined(separator: ",") }
            let written = element.elements.joined(separator: ",")
            problems.append(Diagnostic(.error, AssumptionProblem.unknownParameterElement(written, array: element.array,
                                                                                         hint: Suggestion.hint(for: written, in: known)),
                                       at: entry.location))
        } else if seriesNames.contains(entry.name) {
            problems.append(Diagnostic(.error, AssumptionProblem.setsVariable(entry.name), at: entry.location))
        } else {
            problems.append(Diagnostic(.error, AssumptionProblem.unknownParameter(entry.name, hint: Suggestion.hint(for: entry.name, in: writtenParameterNames)),
                                       at: entry.location))
        }
    }

    private mutating func checkScores(_ backtest: ScenarioFile) {
        let variables = seriesNames
        for score in backtest.scores {
            if !variables.contains(ArrayElement.canonical(score.series)) {
                problems.append(Diagnostic(.error, AssumptionProblem.backtestScoresNonVariable(score.series, hint: Suggestion.hint(for: score.series, in: variables)),
                                           at: score.location))
            }
            guard let table = assumptions.history[score.history] else {
                problems.append(Diagnostic(.error, AssumptionProblem.historyMissing(score.history, hint: Suggestion.hint(for: score.history, in: assumptions.history.keys)),
                                           at: score.location))
                continue
            }
            if !table.columns.dropFirst().contains(score.column) {
                let hint = Suggestion.hint(for: score.column, in: table.columns) ?? "its columns are \(table.columns.joined(separator: ", "))"
                problems.append(Diagnostic(.error, AssumptionProblem.historyColumnMissing(file: score.history, column: score.column, hint: hint),
                                           at: score.location))
            }
        }
    }
}
