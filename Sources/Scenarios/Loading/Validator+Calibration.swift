import Dynamics

/// calibration.json5 against the model, the scenarios and the history; calibrated.json5
/// against the parameters, and whether it was fitted to these inputs.
extension Validator {
    mutating func checkCalibration() {
        if let spec = assumptions.calibration { check(spec) }
        if let calibrated = assumptions.calibrated { check(calibrated) }
    }

    private mutating func check(_ spec: CalibrationSpec) {
        let known = assumptions.scenarioNames + (assumptions.hasBacktest ? ["backtest"] : [])
        if !known.contains(spec.scenario) {
            problems.append(Diagnostic(.error, AssumptionProblem.calibrationScenario(spec.scenario, hint: Suggestion.hint(for: spec.scenario, in: known)),
                                       at: spec.scenarioLocation))
        }
        let series = seriesNames
        for target in spec.targets {
            if !series.contains(ArrayElement.canonical(target.series)) {
                problems.append(Diagnostic(.error, AssumptionProblem.calibrationSeries(target.series, hint: Suggestion.hint(for: target.series, in: series)),
                                           at: target.location))
            }
            guard let table = assumptions.history[target.history] else {
                problems.append(Diagnostic(.error, AssumptionProblem.calibrationHistory(target.history, hint: Suggestion.hint(for: target.history, in: assumptions.history.keys)),
                                           at: target.location))
                continue
            }
            for column in target.columnsRead {
                if !table.columns.dropFirst().contains(column) {
                    let hint = Suggestion.hint(for: column, in: table.columns) ?? "its columns are \(table.columns.joined(separator: ", "))"
                    problems.append(Diagnostic(.error, AssumptionProblem.historyColumnMissing(file: target.history, column: column, hint: hint),
                                               at: target.location))
                } else if !table.isNumeric(column) {
                    problems.append(Diagnostic(.error, AssumptionProblem.historyColumnNotNumeric(file: target.history, column: column), at: target.location))
                }
            }
        }
        let structure = ModelStructure(assumptions)
        let chain = assumptions.chain(of: spec.scenario).dropFirst()
        let specs = Dictionary(assumptions.base.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let index = Dictionary(assumptions.base.parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        for free in spec.parameters {
            guard let names = structure.parameterNames(for: free.name, among: index) else {
                problems.append(Diagnostic(.error, AssumptionProblem.freeParameterUnknown(free.name, hint: Suggestion.hint(for: free.name, in: writtenParameterNames)),
                                           at: free.location))
                continue
            }
            guard !free.statesPrior else { continue }
            for name in names {
                guard let parameter = specs[name] else { continue }
                if let setter = chain.first(where: { file in file.set.contains { structure.parameterNames(for: $0.name)?.contains(name) == true } }) {
                    problems.append(Diagnostic(.error, AssumptionProblem.freeParameterSetByScenario(name, scenario: setter.name), at: free.location))
                } else if parameter.distribution == .fixed {
                    problems.append(Diagnostic(.error, AssumptionProblem.freeParameterIsDefinition(name), at: free.location))
                } else if parameter.low == nil || parameter.high == nil {
                    problems.append(Diagnostic(.error, AssumptionProblem.freeParameterWithoutPrior(name), at: free.location))
                }
            }
        }
    }

    private mutating func check(_ calibrated: Calibrated) {
        let structure = ModelStructure(assumptions)
        let index = Dictionary(assumptions.base.parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        for value in calibrated.values where structure.parameterNames(for: value.name, among: index) == nil {
            problems.append(Diagnostic(.error, AssumptionProblem.calibratedParameterUnknown(
                value.name, hint: Suggestion.hint(for: value.name, in: writtenParameterNames)
                    ?? "run `forecast calibrate` to refit: it replaces calibrated.json5 and does not read it"),
                                       at: calibrated.locations[value.name]))
        }
        if let spec = assumptions.calibration, assumptions.calibrationDigest(spec) != calibrated.digest {
            problems.append(Diagnostic(.warning, AssumptionProblem.calibratedStale(file: calibrated.file), at: calibrated.digestLocation))
        }
    }
}
