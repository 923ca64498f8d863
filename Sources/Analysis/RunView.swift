import Dynamics
import Scenarios

/// How often rows are shown.
public enum Sampling: String, CaseIterable, Sendable {
    case quarter, year, step
}

/// The part of a run a command shows: selected series, a time window, a sampling, with the
/// scenario's identity. Writers (table, CSV, JSON) render it.
public struct RunView: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var unit: String?
        public var values: [Double]
    }

    public var scenario: String
    public var digest: String
    public var overrides: [Override]
    public var labels: [String]
    public var times: [Double]
    public var series: [Series]
    public var milestones: [MilestoneResult]
    /// The last quarter of the run: milestones are found over the whole run, not the rows shown.
    public var horizon: Quarter
    public var warnings: [String]

    /// - Parameters:
    ///   - names: the series to show, in order.
    ///   - from, to: inclusive quarters; nil for the whole run.
    ///   - overrides: the overrides the run was given (default: those written into `scenario`).
    ///   - digest: the scenario's digest, when the caller has it already.
    public init(scenario: Scenario, result: RunResult, names: [String], from: Quarter?, to: Quarter?, every: Sampling,
                milestones: [MilestoneSpec], warnings: [Diagnostic], digest digestOverride: String? = nil, overrides: [Override]? = nil) {
        self.scenario = scenario.name
        digest = digestOverride ?? scenario.digest
        self.overrides = overrides ?? scenario.overrides
        var rows: [Int] = []
        for (k, time) in result.times.enumerated() {
            let quarter = Quarter(containing: time)
            if let from, quarter < from { continue }
            if let to, quarter > to { continue }
            switch every {
            case .step: rows.append(k)
            case .quarter: if abs(quarter.time - time) < 1e-9 { rows.append(k) }
            case .year: if abs(quarter.time - time) < 1e-9, quarter.quarter == 1 { rows.append(k) }
            }
        }
        times = rows.map { result.times[$0] }
        labels = rows.map { k in
            let time = result.times[k]
            switch every {
            case .quarter: return Quarter(containing: time).label
            case .year: return String(Quarter(containing: time).year)
            case .step: return ExpressionPrinter.formatNumber(time)
            }
        }
        series = names.compactMap { name in
            guard let index = result.columns.firstIndex(where: { $0.name == name }) else { return nil }
            let all = result.series(at: index)
            return Series(name: name, unit: result.columns[index].unit, values: rows.map { all[all.startIndex + $0] })
        }
        self.milestones = Milestones.evaluate(milestones, in: result)
        horizon = Quarter(containing: result.times.last ?? scenario.settings.stop)
        self.warnings = warnings.map(\.description)
    }
}
