import Dynamics

/// Checks that span files: equations against names, scenarios against parameters, the report
/// and backtest against variables and history.
struct Validator {
    let assumptions: Assumptions
    var problems: [Diagnostic] = []

    init(assumptions: Assumptions) {
        self.assumptions = assumptions
    }

    private var parameters: [ParameterSpec] { assumptions.base.parameters }
    private var parameterNames: [String] { parameters.map(\.name) }

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
        let variables = Set(assumptions.variables.map(\.name))
        for (name, location) in reportReferences.sorted(by: { $0.value < $1.value }) where !variables.contains(name) {
            problems.append(Diagnostic(.error, "the report names '\(name)', which is not a variable",
                                       hint: Suggestion.hint(for: name, in: variables), at: location))
        }
    }

    /// The base clock must be complete and valid.
    private mutating func checkTime() {
        guard let time = assumptions.base.time else {
            problems.append(Diagnostic(.error, "base.json5 has no 'time'",
                                       hint: "add time: { start: \"2025Q1\", end: \"2035Q4\", step: 0.0625, method: \"rk4\", unit: \"year\" }",
                                       at: assumptions.base.location))
            return
        }
        for (key, present) in [("start", time.start != nil), ("end", time.end != nil), ("step", time.step != nil)] where !present {
            problems.append(Diagnostic(.error, "'time' has no '\(key)'", hint: "add \(key): …", at: time.location))
        }
        if let settings = try? Scenario.runSettings(base: time, override: nil) {
            problems += settings.validate().map { var d = $0; d.location = time.location; return d }
        }
    }

    /// Compiles the base model: equations, names, loops, tables; then checks that each loop of
    /// the report runs through the equations.
    private mutating func checkModel() {
        do {
            let model = try Compiler.compile(ModelBuilder.definition(variables: assumptions.variables,
                                                            parameters: parameters.map { .init(name: $0.name, value: $0.value, unit: $0.unit, location: $0.nameLocation) },
                                                            tables: assumptions.base.tables.map(\.table), events: []))
            let graph = DependencyGraph(model)
            for loop in assumptions.report.loops {
                for (source, target) in zip(loop.path, loop.path.dropFirst()) where !graph.influences(source, target) {
                    problems.append(Diagnostic(.error, "loop '\(loop.name)': '\(target)' does not depend on '\(source)' in the equations",
                                               hint: "fix the loop's path in report.json5, or the equations", at: loop.location))
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
                    problems.append(Diagnostic(.error, "the correlation names the unknown parameter '\(name)'",
                                               hint: Suggestion.hint(for: name, in: parameterNames), at: correlation.location))
                    continue
                }
                if parameter.low == nil || parameter.distribution == .fixed {
                    problems.append(Diagnostic(.error, "the correlation names '\(name)', which Monte Carlo does not draw",
                                               hint: "give it a range, or remove the correlation", at: correlation.location))
                }
            }
        }
    }

    /// Parameters and tables no equation reads; a near miss of an undefined name is a typo.
    private mutating func checkUsage() {
        var referenced: Set<String> = []
        for variable in assumptions.variables {
            guard let expression = try? Parser.parse(variable.equation.text) else { continue }
            expression.visit { node in
                switch node.kind {
                case .name(let name): referenced.insert(name)
                case .call(let name, _): referenced.insert(name)
                default: break
                }
            }
        }
        let defined = Set(assumptions.allNames).union(Compiler.reservedNames).union(Builtin.allCases.map(\.rawValue))
        let undefined = referenced.subtracting(defined)
        for parameter in parameters where !referenced.contains(parameter.name) {
            if let intended = Suggestion.closest(to: parameter.name, in: undefined) {
                problems.append(Diagnostic(.error, "parameter '\(parameter.name)' is not used, but the equations read '\(intended)', which nothing defines",
                                           hint: "did you mean '\(intended)'?", at: parameter.nameLocation))
            } else {
                problems.append(Diagnostic(.warning, "parameter '\(parameter.name)' is not used by any equation",
                                           hint: "remove it, or use it in an equation", at: parameter.nameLocation))
            }
        }
        for table in assumptions.base.tables where !referenced.contains(table.table.name) {
            problems.append(Diagnostic(.warning, "table '\(table.table.name)' is not used by any equation",
                                       hint: "remove it, or call it as \(table.table.name)(x)", at: table.table.origin))
        }
    }

    private mutating func checkScenario(_ scenario: ScenarioFile) {
        // The chain of `extends` must end at base without a cycle.
        var seen = [scenario.name], current = scenario
        while let parent = current.extends {
            if parent.name == "base" { break }
            guard let next = assumptions.scenarioFiles[parent.name] else {
                problems.append(Diagnostic(.error, "scenario '\(current.name)' extends '\(parent.name)', which does not exist",
                                           hint: Suggestion.hint(for: parent.name, in: assumptions.scenarioNames) ?? "extend \"base\" or one of \(assumptions.scenarioNames.joined(separator: ", "))",
                                           at: parent.location))
                break
            }
            if seen.contains(next.name) {
                if current.name == scenario.name || seen.first == scenario.name {
                    problems.append(Diagnostic(.error, "scenarios extend each other in a circle: \((seen + [next.name]).joined(separator: " -> "))",
                                               hint: "one of them must extend \"base\"", at: parent.location))
                }
                break
            }
            seen.append(next.name)
            current = next
        }
        for entry in scenario.set { checkSettable(entry) }
        let baseTables = Set(assumptions.base.tables.map(\.table.name))
        for table in scenario.tables where !baseTables.contains(table.table.name) {
            problems.append(Diagnostic(.error, "scenario '\(scenario.name)' replaces table '\(table.table.name)', which base.json5 does not define",
                                       hint: Suggestion.hint(for: table.table.name, in: baseTables), at: table.table.origin))
        }
        let time = (try? Scenario.runSettings(base: assumptions.base.time, override: scenario.time))
        for event in scenario.events {
            for entry in event.set { checkSettable(entry) }
            if let time, event.at.time < time.start || event.at.time > time.stop {
                problems.append(Diagnostic(.error, "the event at \(event.at) is outside the run, \(Quarter(containing: time.start))–\(Quarter(containing: time.stop))",
                                           hint: "move it inside the run or remove it", at: event.location))
            }
        }
    }

    private mutating func checkSettable(_ entry: SetEntry) {
        if parameterNames.contains(entry.name) { return }
        if assumptions.variables.contains(where: { $0.name == entry.name }) {
            problems.append(Diagnostic(.error, "'\(entry.name)' is a variable computed by the model, not a parameter",
                                       hint: "set one of the parameters its equation reads", at: entry.location))
        } else {
            problems.append(Diagnostic(.error, "unknown parameter '\(entry.name)'", hint: Suggestion.hint(for: entry.name, in: parameterNames),
                                       at: entry.location))
        }
    }

    private mutating func checkScores(_ backtest: ScenarioFile) {
        let variables = Set(assumptions.variables.map(\.name))
        for score in backtest.scores {
            if !variables.contains(score.series) {
                problems.append(Diagnostic(.error, "the backtest scores '\(score.series)', which is not a variable",
                                           hint: Suggestion.hint(for: score.series, in: variables), at: score.location))
            }
            guard let table = assumptions.history[score.history] else {
                problems.append(Diagnostic(.error, "the backtest reads history/\(score.history), which does not exist",
                                           hint: Suggestion.hint(for: score.history, in: assumptions.history.keys), at: score.location))
                continue
            }
            if !table.columns.dropFirst().contains(score.column) {
                problems.append(Diagnostic(.error, "history/\(score.history) has no column '\(score.column)'",
                                           hint: Suggestion.hint(for: score.column, in: table.columns) ?? "its columns are \(table.columns.joined(separator: ", "))",
                                           at: score.location))
            }
        }
    }
}
