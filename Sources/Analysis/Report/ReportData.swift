import Dynamics
import Scenarios

/// Everything the quarterly report shows, computed: each scenario's run, the base scenario's
/// Monte Carlo bands and sensitivities, the backtest, and what changed since the last snapshot.
/// `Reporting` renders it; this type runs the models.
public struct ReportData: Sendable {
    public struct ScenarioRun: Sendable {
        public var scenario: Scenario
        public var result: RunResult
        public var milestones: [MilestoneResult]
    }

    /// A parameter that changed since the previous report, and its effect on each indicator at
    /// the comparison quarter: the current value minus the value with this one change undone.
    public struct Revision: Sendable {
        public var parameter: String
        public var before: Double?
        public var after: Double?
        /// Indicator → its value now minus its value with this change undone.
        public var effects: [String: Double]
        /// Indicator → that difference relative to the undone value (0.1 = 10% higher now).
        public var relativeEffects: [String: Double] = [:]

        /// The indicators this change moves most, in relative terms, largest first.
        public func largestEffects(_ count: Int) -> [String] {
            relativeEffects.filter { $0.value != 0 && $0.value.isFinite }
                .sorted { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.key < $1.key }
                .prefix(count).map(\.key)
        }
    }

    public var quarter: Quarter
    public var horizon: Quarter
    public var assumptions: Assumptions
    public var runs: [ScenarioRun]
    public var monteCarlo: MonteCarloResult?
    public var sensitivities: [SensitivityResult]
    public var sensitivityQuarter: Quarter
    public var backtest: (result: RunResult, scores: [BacktestScore])?
    /// The calibration refitted at each of report.json5's `backtest_origins` and scored after it.
    public var outOfSample: [OutOfSample] = []
    public var previous: ReportSnapshot?
    public var revisions: [Revision]

    public var base: ScenarioRun { runs[0] }

    /// - Parameters:
    ///   - scenarios: names to show; `base` is always first.
    ///   - monteCarloRuns: 0 to skip Monte Carlo.
    public static func assemble(_ assumptions: Assumptions, quarter: Quarter, scenarios: [String], monteCarloRuns: Int, seed: UInt64,
                                previous: ReportSnapshot?) throws -> ReportData {
        let names = ["base"] + scenarios.filter { $0 != "base" }
        var runs: [ScenarioRun] = []
        var baseCompiled: CompiledScenario?
        for name in names {
            let scenario = try Scenario.resolve(name, in: assumptions).scenario
            let compiled = try CompiledScenario(scenario)
            if name == "base" { baseCompiled = compiled }
            let result = try compiled.run()
            runs.append(ScenarioRun(scenario: scenario, result: result,
                                    milestones: Milestones.evaluate(assumptions.report.milestones, in: result)))
        }
        let compiled = baseCompiled!
        let horizon = Quarter(containing: compiled.settings.stop)
        let headline = (assumptions.report.headline + assumptions.report.keyIndicators.filter { !assumptions.report.headline.contains($0) })
            .filter { compiled.model.columnIndex(of: $0) != nil }
        var monteCarlo: MonteCarloResult?
        if monteCarloRuns > 0 {
            let series = Array(Set(headline + assumptions.report.charts.flatMap(\.series))).sorted()
                .filter { compiled.model.columnIndex(of: $0) != nil }
            monteCarlo = try MonteCarlo.run(compiled, settings: MonteCarloSettings(runs: monteCarloRuns, seed: seed, percentiles: [10, 50, 90],
                                                                                  series: series, threads: nil,
                                                                                  correlations: assumptions.correlations),
                                            milestones: assumptions.report.milestones)
        }
        let sensitivityQuarter = min(Quarter(year: quarter.year + 4, quarter: 4), horizon)
        let sensitivities = try Sensitivity.run(compiled, indicators: headline, at: sensitivityQuarter)
        var backtest: (RunResult, [BacktestScore])?
        if assumptions.hasBacktest {
            let scenario = try Scenario.resolve("backtest", in: assumptions).scenario
            let result = try CompiledScenario(scenario).run(saveEvery: scenario.settings.dt)
            let specs = assumptions.backtestScores.compactMap { spec in assumptions.history[spec.history].map { (spec.series, $0, spec.column) } }
            backtest = (result, Backtest.score(result, scores: specs, window: nil))
        }
        // Out-of-sample scores: the calibration refitted at each origin, its band from 200 runs.
        var outOfSample: [OutOfSample] = []
        if assumptions.calibration != nil {
            for origin in assumptions.report.backtestOrigins {
                outOfSample.append(try OutOfSample.run(assumptions, origin: origin, runs: 200, seed: seed))
            }
        }
        let revisions = try previous.map { try attribute(compiled, previous: $0, indicators: headline, at: sensitivityQuarter) } ?? []
        return ReportData(quarter: quarter, horizon: horizon, assumptions: assumptions, runs: runs, monteCarlo: monteCarlo,
                          sensitivities: sensitivities, sensitivityQuarter: sensitivityQuarter, backtest: backtest,
                          outOfSample: outOfSample, previous: previous, revisions: revisions)
    }

    /// Undoes each parameter change since `previous`, one at a time, to say how much of each
    /// indicator's revision it explains.
    static func attribute(_ compiled: CompiledScenario, previous: ReportSnapshot, indicators: [String], at quarter: Quarter) throws -> [Revision] {
        let current = Dictionary(compiled.scenario.parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        let names = Set(current.keys).union(previous.parameters.keys).sorted()
        let now = try compiled.run()
        var revisions: [Revision] = []
        for name in names where current[name] != previous.parameters[name]?.value {
            var effects: [String: Double] = [:], relative: [String: Double] = [:]
            if let old = previous.parameters[name]?.value, current[name] != nil {
                let undone = try compiled.run(parameterValues: compiled.parameterValues([Override(name: name, value: old)]))
                for indicator in indicators {
                    if let a = now.value(indicator, at: quarter.time), let b = undone.value(indicator, at: quarter.time) {
                        effects[indicator] = a - b
                        if b != 0 { relative[indicator] = (a - b) / abs(b) }
                    }
                }
            }
            revisions.append(Revision(parameter: name, before: previous.parameters[name]?.value, after: current[name], effects: effects,
                                      relativeEffects: relative))
        }
        return revisions
    }
}

/// What a report keeps for the next quarter's to compare against (`forecast.json`).
public struct ReportSnapshot: Sendable {
    public struct ParameterRecord: Sendable, Hashable {
        public var value: Double
        public var low: Double?
        public var high: Double?
        public var unit: String?
        public var source: String?

        public init(value: Double, low: Double?, high: Double?, unit: String?, source: String?) {
            self.value = value
            self.low = low
            self.high = high
            self.unit = unit
            self.source = source
        }
    }

    public var quarter: Quarter
    public var digest: String
    /// Base scenario, quarterly: indicator → (label → value).
    public var indicators: [String: [String: Double]]
    public var units: [String: String]
    /// Scenario → milestone → quarter label (nil when not reached).
    public var milestones: [String: [String: String?]]
    public var parameters: [String: ParameterRecord]

    public init(quarter: Quarter, digest: String, indicators: [String: [String: Double]], units: [String: String],
                milestones: [String: [String: String?]], parameters: [String: ParameterRecord]) {
        self.quarter = quarter
        self.digest = digest
        self.indicators = indicators
        self.units = units
        self.milestones = milestones
        self.parameters = parameters
    }

    /// The snapshot of `data`.
    public init(_ data: ReportData) {
        var indicators: [String: [String: Double]] = [:], units: [String: String] = [:]
        let result = data.base.result
        for name in data.assumptions.report.headline {
            guard let index = result.columns.firstIndex(where: { $0.name == name }) else { continue }
            let series = result.series(at: index)
            var values: [String: Double] = [:]
            for (k, time) in result.times.enumerated() where Quarter(containing: time) >= data.quarter {
                values[Quarter(containing: time).label] = series[series.startIndex + k]
            }
            indicators[name] = values
            units[name] = result.columns[index].unit
        }
        var milestones: [String: [String: String?]] = [:]
        for run in data.runs {
            milestones[run.scenario.name] = Dictionary(run.milestones.map { ($0.name, $0.quarter?.label) }, uniquingKeysWith: { a, _ in a })
        }
        let parameters = Dictionary(data.base.scenario.parameters.map {
            ($0.name, ParameterRecord(value: $0.value, low: $0.low, high: $0.high, unit: $0.unit, source: $0.source))
        }, uniquingKeysWith: { a, _ in a })
        self.init(quarter: data.quarter, digest: data.base.scenario.digest, indicators: indicators, units: units,
                  milestones: milestones, parameters: parameters)
    }
}
