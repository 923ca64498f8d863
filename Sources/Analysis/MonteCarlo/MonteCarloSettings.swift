/// What a Monte Carlo analysis draws and summarises.
public struct MonteCarloSettings: Sendable {
    /// Number of runs, 1 to 10,000,000.
    public var runs: Int
    /// With the run index, fixes every draw: the same seed gives the same result on any machine
    /// and with any number of threads.
    public var seed: UInt64
    /// Percentiles to report, each from 0 to 100, e.g. `[10, 50, 90]`.
    public var percentiles: [Double]
    /// The series to summarise, by name, in the order given (may be empty: milestones only).
    public var series: [String]
    /// Worker threads; nil for one per active core.
    public var threads: Int?
    /// Spearman rank correlations between drawn parameters, `(a, b, r)` with −1 < r < 1;
    /// empty for independent draws.
    public var correlations: [(String, String, Double)]

    public init(runs: Int = 1000, seed: UInt64 = 1, percentiles: [Double] = [10, 50, 90], series: [String] = [],
                threads: Int? = nil, correlations: [(String, String, Double)] = []) {
        self.runs = runs
        self.seed = seed
        self.percentiles = percentiles
        self.series = series
        self.threads = threads
        self.correlations = correlations
    }
}
