import Analysis
import Dynamics
import Scenarios
import Testing

/// `montecarlo --shard I/K` and `forecast merge`: the parts of a job, joined, give the result
/// of the unsharded job to the bit, with runs that stop and milestones included.
struct MonteCarloShardTests {
    static let settings = MonteCarloSettings(runs: 250, seed: 9, percentiles: [0, 10, 50, 90, 100], series: ["cost", "revenue"],
                                             threads: 2, correlations: [])

    /// The parts' items written and read back, as `forecast merge` reads part files.
    static func roundTrip(_ part: MonteCarloPart, shard: Shard) throws -> (file: String, part: PartFile) {
        let text = PartFile.monteCarlo(part, shard: shard, digest: "d", seed: settings.seed, settings: .init(.object([]))).text
        return ("part-\(shard.index)", try PartFile.read(text, file: "part-\(shard.index)"))
    }

    @Test(arguments: [1, 3, 7])
    func partsMergeToTheUnshardedResult(count: Int) throws {
        let compiled = try AnalysisFixture.compiled()
        let milestones = try AnalysisFixture.assumptions().report.milestones
        let whole = try MonteCarlo.run(compiled, settings: Self.settings, milestones: milestones)
        var files: [(file: String, part: PartFile)] = []
        for index in (1...count).reversed() {
            let shard = Shard(index: index, count: count)
            let part = try MonteCarlo.runPart(compiled, settings: Self.settings, milestones: milestones, shard: shard)
            #expect(part.runs == shard.items(of: 250))
            files.append(try Self.roundTrip(part, shard: shard))
        }
        let merged = try PartFile.merge(files)
        let joined = try #require(PartFile.monteCarloPart(merged.items))
        let result = try MonteCarlo.merge(compiled, settings: Self.settings, milestones: milestones, parts: [joined])
        #expect(result.series.map(\.values) == whole.series.map(\.values))
        #expect(result.milestones.map(\.quarters) == whole.milestones.map(\.quarters))
        #expect(result.milestones.map(\.shareReached) == whole.milestones.map(\.shareReached))
        #expect(result.sampled == whole.sampled && result.failedRuns == whole.failedRuns)
    }

    /// Runs that stop are carried as failed through the part files.
    @Test func stoppedRunsStayLeftOut() throws {
        let compiled = try AnalysisFixture.compiled(parameters: AnalysisFixture.fragileParameters,
                                                    extraModel: AnalysisFixture.fragileModel)
        let settings = MonteCarloSettings(runs: 200, seed: 2, percentiles: [50], series: ["cost"], threads: 1, correlations: [])
        let whole = try MonteCarlo.run(compiled, settings: settings, milestones: [])
        #expect(whole.failedRuns > 0 && whole.failedRuns < 200)
        let parts = try (1...2).map { try MonteCarlo.runPart(compiled, settings: settings, milestones: [], shard: Shard(index: $0, count: 2)) }
        let joined = MonteCarloPart(runs: [], values: [], crossings: [])
        var all = joined
        for part in parts { all.runs += part.runs; all.values += part.values; all.crossings += part.crossings }
        let result = try MonteCarlo.merge(compiled, settings: settings, milestones: [], parts: [all])
        #expect(result.failedRuns == whole.failedRuns && result.series[0].values == whole.series[0].values)
        // A run given twice, or missing, is refused.
        #expect(throws: Diagnostic.self) { try MonteCarlo.merge(compiled, settings: settings, milestones: [], parts: [all, parts[0]]) }
        #expect(throws: Diagnostic.self) { try MonteCarlo.merge(compiled, settings: settings, milestones: [], parts: [parts[0]]) }
    }
}
