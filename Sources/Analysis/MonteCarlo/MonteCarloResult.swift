import Dynamics
import Scenarios

/// Percentile bands of a Monte Carlo analysis: per series and saved time, and per milestone.
public struct MonteCarloResult: Sendable {
    /// One series' percentiles over time.
    public struct Bands: Sendable {
        public var name: String
        public var unit: String?
        /// `values[percentile index][time index]`.
        public var values: [[Double]]

        public init(name: String, unit: String?, values: [[Double]]) {
            self.name = name
            self.unit = unit
            self.values = values
        }
    }

    /// When a milestone is reached: the quarter at each percentile of the runs.
    public struct MilestoneBands: Sendable {
        public var name: String
        public var label: String
        /// One per percentile; nil when fewer runs than that percentile reach it by the horizon.
        public var quarters: [Quarter?]
        /// The share of runs (failed runs excluded) that reach it by the horizon, 0 to 1.
        public var shareReached: Double

        public init(name: String, label: String, quarters: [Quarter?], shareReached: Double) {
            self.name = name
            self.label = label
            self.quarters = quarters
            self.shareReached = shareReached
        }
    }

    public var scenario: String
    public var runs: Int
    public var seed: UInt64
    public var percentiles: [Double]
    /// The parameters drawn, in the order of the assumptions; the rest keep their values.
    public var sampled: [String]
    /// Saved times in decimal years (every quarter of the scenario's run).
    public var times: [Double]
    public var series: [Bands]
    public var milestones: [MilestoneBands]
    /// Runs that stopped on a NaN or infinite value; they are left out of every percentile.
    public var failedRuns: Int
    /// The fitted parameters drawn jointly from calibrated.json5's posterior draws (a row per
    /// run), and how many draws there are; the `sampled` ones come from their ranges.
    public var posteriorSampled: [String] = []
    public var posteriorDraws: Int = 0

    public init(scenario: String, runs: Int, seed: UInt64, percentiles: [Double], sampled: [String], times: [Double],
                series: [Bands], milestones: [MilestoneBands], failedRuns: Int) {
        self.scenario = scenario
        self.runs = runs
        self.seed = seed
        self.percentiles = percentiles
        self.sampled = sampled
        self.times = times
        self.series = series
        self.milestones = milestones
        self.failedRuns = failedRuns
    }
}

extension MonteCarloResult {
    /// A warning when some runs stopped and are left out of the percentiles.
    public var failureWarning: Diagnostic? {
        failedRuns > 0 ? Diagnostic(.warning, AnalysisProblem.runsLeftOut(failed: failedRuns, runs: runs)) : nil
    }
}
