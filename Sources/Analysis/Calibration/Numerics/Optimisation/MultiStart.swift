/// Nelder–Mead from several starts, run concurrently, keeping the best.
///
/// The starts are the given start (if any) followed by Latin-hypercube points in the unit cube
/// of the bounds (so log-uniform for log-scale parameters), drawn from
/// `Xoshiro256StarStar(seed:)`. The runs share nothing and each is deterministic, and the best
/// is chosen in index order (lowest value, ties to the lowest start index), so the result is
/// bit-identical for a seed however the threads are scheduled.
public enum MultiStart {
    public struct Result: Sendable, Equatable {
        /// The best run.
        public let best: MinimizationResult
        /// Its index in `runs` and `starts`.
        public let bestIndex: Int
        /// Every run, in start order.
        public let runs: [MinimizationResult]
        /// The start points, in parameter units.
        public let starts: [[Double]]
        /// Evaluations over all runs.
        public var evaluations: Int { runs.reduce(0) { $0 + $1.evaluations } }
    }

    /// Minimises from `starts` points: `start` (when given) plus seeded Latin-hypercube points.
    public static func minimize(objective: @escaping @Sendable ([Double]) -> Double, start: [Double]? = nil,
                                bounds: Bounds, starts: Int, seed: UInt64,
                                settings: MinimizerSettings = MinimizerSettings()) throws(CalibrationError) -> Result {
        try settings.validate()
        guard starts >= 1 else { throw .invalidSetting(name: "starts", value: Double(starts)) }
        if let start { try bounds.check(start, what: "start") }
        var generator = Xoshiro256StarStar(seed: seed)
        let sampled = LatinHypercube.points(starts - (start == nil ? 0 : 1), dimension: bounds.count, generator: &generator)
        let points = (start.map { [$0] } ?? []) + sampled.map { bounds.fromUnit($0) }
        let runs = Parallel.map(points.count) { k in
            NelderMead.run(objective, start: points[k], bounds: bounds, settings: settings)
        }
        var bestIndex = 0
        for k in runs.indices where runs[k].value < runs[bestIndex].value { bestIndex = k }
        return Result(best: runs[bestIndex], bestIndex: bestIndex, runs: runs, starts: points)
    }
}
