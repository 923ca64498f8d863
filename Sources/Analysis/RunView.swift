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
        var rows: [Int] = [], labels: [String] = []
        let window = result.times.indices.filter { k in
            let quarter = Quarter(containing: result.times[k])
            return (from.map { quarter >= $0 } ?? true) && (to.map { quarter <= $0 } ?? true)
        }
        switch every {
        case .step:
            rows = window
            labels = rows.map { ExpressionPrinter.formatNumber(result.times[$0]) }
        case .quarter:
            rows = window.filter { abs(Quarter(containing: result.times[$0]).time - result.times[$0]) < 1e-9 }
            labels = rows.map { Quarter(containing: result.times[$0]).label }
        case .year:
            let years = Self.yearRows(window.map { result.times[$0] })
            rows = years.picked.map { window[$0] }
            labels = years.labels
        }
        times = rows.map { result.times[$0] }
        self.labels = labels
        series = names.compactMap { name in
            guard let index = result.columns.firstIndex(where: { $0.name == name }) else { return nil }
            let all = result.series(at: index)
            return Series(name: name, unit: result.columns[index].unit, values: rows.map { all[all.startIndex + $0] })
        }
        self.milestones = Milestones.evaluate(milestones, in: result)
        horizon = Quarter(containing: result.times.last ?? scenario.settings.stop)
        self.warnings = warnings.map(\.entryText)
    }
}

extension RunView {
    /// Yearly rows: each year's fourth quarter (labelled with the year), and the last quarter of
    /// the run when the run ends before a fourth quarter (labelled with its quarter).
    public static func yearRows(_ times: [Double]) -> (picked: [Int], labels: [String]) {
        let quarters = times.indices.filter { abs(Quarter(containing: times[$0]).time - times[$0]) < 1e-9 }
        var picked: [Int] = [], labels: [String] = []
        for k in quarters where Quarter(containing: times[k]).quarter == 4 {
            picked.append(k)
            labels.append(String(Quarter(containing: times[k]).year))
        }
        if let last = quarters.last, picked.last != last {
            picked.append(last)
            labels.append(Quarter(containing: times[last]).label)
        }
        return (picked, labels)
    }
}
