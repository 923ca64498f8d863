import Dispatch
import Dynamics
import Foundation
import Scenarios

/// Monte Carlo analysis: many runs of one compiled scenario with parameters drawn from their
/// ranges, summarised as percentile bands per series and saved time, and as percentile dates
/// per milestone.
///
/// Runs are spread over worker threads in blocks of 64 (each worker takes the next block not
/// yet taken, so a worker on a busy core does fewer);
/// each run draws from its own generator stream and writes only its own slot of each
/// (series, time) buffer, and percentiles are taken after all runs, so the result is
/// bit-identical for a seed whatever the number of threads.
///
/// Memory: the runs' values are held for at most `cellLimit` doubles at once (32M, 256 MB);
/// when runs × times × series is larger, the (series, time) cells are done in passes that
/// re-run the same seeded runs, which gives the same values each time.
public enum MonteCarlo {
    public static let cellLimit = 32 * 1024 * 1024
    static let blockSize = 64

    /// - Parameters:
    ///   - milestones: their quarters are taken from every run; a milestone whose series the
    ///     model lacks is never reached.
    ///   - progress: called with the number of runs finished so far (0 to `runs`, increasing),
    ///     from worker threads, one call at a time; with several passes the count is scaled so it
    ///     reaches `runs` at the end of the last.
    /// - Throws: a `Diagnostic` for bad settings, unknown series, inconsistent correlations, or
    ///   when every run stops on a non-finite value.
    public static func run(_ compiled: CompiledScenario, settings: MonteCarloSettings, milestones: [MilestoneSpec],
                           progress: (@Sendable (Int) -> Void)? = nil) throws -> MonteCarloResult {
        try run(compiled, settings: settings, milestones: milestones, cellLimit: cellLimit, progress: progress)
    }

    /// What every run of a job shares: the checked settings, the sampler and where each value is.
    struct Plan {
        let model: CompiledModel
        let runSettings: RunSettings
        let sampler: ParameterSampler
        let seriesColumns: [Int]
        let milestoneColumns: [Int?]
        /// The columns each run records (those of the series and the milestones), and where
        /// each column of the model is among them.
        let recorded: [Int]
        let recordedPosition: [Int: Int]
        let saveCount: Int
        let times: [Double]
        var cellCount: Int { seriesColumns.count * saveCount }

        init(_ compiled: CompiledScenario, settings: MonteCarloSettings, milestones: [MilestoneSpec]) throws(Diagnostic) {
            let runs = settings.runs
            guard runs >= 1, runs <= AnalysisProblem.maximumRuns else { throw AnalysisProblem.runCount(runs).diagnostic }
            guard !settings.percentiles.isEmpty else { throw AnalysisProblem.noPercentiles.diagnostic }
            for (k, p) in settings.percentiles.enumerated() {
                guard p.isFinite, p >= 0, p <= 100 else { throw AnalysisProblem.percentile(p).diagnostic }
                if settings.percentiles[..<k].contains(p) { throw AnalysisProblem.percentileTwice(p).diagnostic }
            }
            model = compiled.model
            let columnNames = model.columns.map(\.name)
            let model = self.model
            seriesColumns = try settings.series.map { name throws(Diagnostic) -> Int in
                guard let index = model.columnIndex(of: name) else { throw AnalysisProblem.unknownSeries(name, candidates: columnNames).diagnostic }
                return index
            }
            var clock = compiled.settings
            // The model's own random functions: each run's stream follows from this seed and the run.
            clock.seed = settings.seed
            runSettings = clock
            if let problem = clock.validate().first { throw problem }
            sampler = try ParameterSampler(compiled, seed: settings.seed, correlations: settings.correlations)
            saveCount = clock.stepCount / clock.stepsPerSave + 1
            times = (0..<saveCount).map { clock.start + Double($0 * clock.stepsPerSave) * clock.dt }
            milestoneColumns = milestones.map { model.columnIndex(of: $0.series) }
            var recorded: [Int] = [], position: [Int: Int] = [:]
            for column in seriesColumns + milestoneColumns.compactMap({ $0 }) where position[column] == nil {
                position[column] = recorded.count
                recorded.append(column)
            }
            self.recorded = recorded
            recordedPosition = position
        }

        /// For each cell (series, time) in `cells`, its index in a run's recorded values.
        func sources(_ cells: Range<Int>) -> [Int] {
            cells.map { recordedPosition[seriesColumns[$0 / saveCount]]! * saveCount + $0 % saveCount }
        }

        /// Where each milestone's series is in a run's recorded columns.
        var milestonePositions: [Int?] { milestoneColumns.map { $0.map { recordedPosition[$0]! } } }

        func threads(_ settings: MonteCarloSettings, runs: Int) -> Int {
            max(1, min(settings.threads ?? ProcessInfo.processInfo.activeProcessorCount, (runs + blockSize - 1) / blockSize))
        }

        /// Every run failed: the first run's error, run again to name it.
        func everyRunFailed(_ runs: Int) -> Diagnostic {
            var values = sampler.baseValues, scratch = sampler.makeScratch()
            sampler.draw(run: 0, into: &values, scratch: &scratch)
            do {
                _ = try model.run(runSettings, parameters: values)
                return AnalysisProblem.runsLeftOut(failed: runs, runs: runs).diagnostic
            } catch {
                return AnalysisProblem.everyRunFailed(runs, first: error).diagnostic
            }
        }
    }

    /// - Parameter cellLimit: the most run values held at once (tests lower it to force passes).
    static func run(_ compiled: CompiledScenario, settings: MonteCarloSettings, milestones: [MilestoneSpec], cellLimit: Int,
                    progress: (@Sendable (Int) -> Void)?) throws -> MonteCarloResult {
        let runs = settings.runs
        let plan = try Plan(compiled, settings: settings, milestones: milestones)
        let saveCount = plan.saveCount, cellCount = plan.cellCount
        let cellsPerPass = max(1, cellLimit / runs)
        let passes = max(1, (cellCount + cellsPerPass - 1) / cellsPerPass)
        let threads = plan.threads(settings, runs: runs)
        let counter = progress.map { ProgressCounter(runs: runs, passes: passes, report: $0) }

        let failed = SharedBuffer<Bool>(count: runs, initial: false)
        let crossings = SharedBuffer<Int32>(count: runs * milestones.count, initial: -1)
        var bands = [Double](repeating: .nan, count: plan.seriesColumns.count * settings.percentiles.count * saveCount)

        for pass in 0..<passes {
            let cells = min(cellCount, pass * cellsPerPass)..<min(cellCount, (pass + 1) * cellsPerPass)
            let buffer = SharedBuffer<Double>(count: cells.count * runs, initial: 0)
            let job = Job(model: plan.model, settings: plan.runSettings, sampler: plan.sampler, runs: runs, runIndices: nil, saveCount: saveCount,
                          recorded: plan.recorded, sources: plan.sources(cells), buffer: buffer, failed: failed, recordsMilestones: pass == 0,
                          milestones: milestones, milestoneColumns: plan.milestonePositions, crossings: crossings, counter: counter)
            perform(threads) { _ in job.run() }
            if pass == 0, failed.pointer.allSatisfy({ $0 }) { throw plan.everyRunFailed(runs) }
            summarise(buffer, cells: cells, runs: runs, failed: failed, percentiles: settings.percentiles,
                      saveCount: saveCount, threads: threads, into: &bands)
        }
        return result(compiled, plan: plan, settings: settings, milestones: milestones, bands: bands, failed: failed, crossings: crossings)
    }

    /// The result from the percentile bands and each run's failure and milestone crossings.
    static func result(_ compiled: CompiledScenario, plan: Plan, settings: MonteCarloSettings, milestones: [MilestoneSpec],
                       bands: [Double], failed: SharedBuffer<Bool>, crossings: SharedBuffer<Int32>) -> MonteCarloResult {
        let runs = settings.runs, saveCount = plan.saveCount, model = plan.model
        let succeeded = failed.pointer.lazy.filter { !$0 }.count
        let percentileCount = settings.percentiles.count
        let series = plan.seriesColumns.enumerated().map { s, column in
            MonteCarloResult.Bands(name: model.columns[column].name, unit: model.columns[column].unit,
                                   values: (0..<percentileCount).map { p in
                                       let start = (s * percentileCount + p) * saveCount
                                       return Array(bands[start..<start + saveCount])
                                   })
        }
        let milestoneBands = milestones.enumerated().map { m, spec in
            milestoneDates(spec, crossings: UnsafeBufferPointer(rebasing: crossings.pointer[m * runs..<(m + 1) * runs]),
                           failed: UnsafeBufferPointer(failed.pointer), succeeded: succeeded, times: plan.times,
                           percentiles: settings.percentiles)
        }
        var result = MonteCarloResult(scenario: compiled.scenario.name, runs: runs, seed: settings.seed, percentiles: settings.percentiles,
                                      sampled: plan.sampler.names, times: plan.times, series: series, milestones: milestoneBands,
                                      failedRuns: runs - succeeded)
        result.posteriorSampled = plan.sampler.posteriorNames
        result.posteriorDraws = plan.sampler.posterior?.rows.count ?? 0
        return result
    }

    // MARK: - Shards

    /// Runs only part `shard` of the job (runs k with k mod K = I − 1) and keeps their raw values.
    public static func runPart(_ compiled: CompiledScenario, settings: MonteCarloSettings, milestones: [MilestoneSpec],
                               shard: Shard, progress: (@Sendable (Int) -> Void)? = nil) throws -> MonteCarloPart {
        let plan = try Plan(compiled, settings: settings, milestones: milestones)
        let runIndices = shard.items(of: settings.runs)
        let runs = runIndices.count, cellCount = plan.cellCount
        guard runs > 0 else { throw AnalysisProblem.shardTooLarge(shard: shard.index, of: shard.count, work: settings.runs).diagnostic }
        guard cellCount <= cellLimit / runs || runs == 1 else {
            throw AnalysisProblem.partTooLarge(runs: runs, cells: cellCount, limit: cellLimit).diagnostic
        }
        let failed = SharedBuffer<Bool>(count: runs, initial: false)
        let crossings = SharedBuffer<Int32>(count: runs * milestones.count, initial: -1)
        let buffer = SharedBuffer<Double>(count: cellCount * runs, initial: 0)
        let job = Job(model: plan.model, settings: plan.runSettings, sampler: plan.sampler, runs: runs, runIndices: runIndices,
                      saveCount: plan.saveCount, recorded: plan.recorded, sources: plan.sources(0..<cellCount), buffer: buffer, failed: failed,
                      recordsMilestones: true, milestones: milestones, milestoneColumns: plan.milestonePositions, crossings: crossings,
                      counter: progress.map { ProgressCounter(runs: runs, passes: 1, report: $0) })
        let threads = plan.threads(settings, runs: runs)
        perform(threads) { _ in job.run() }
        let values = (0..<runs).map { slot in failed.pointer[slot] ? [] : (0..<cellCount).map { buffer.pointer[$0 * runs + slot] } }
        let crossed = (0..<runs).map { slot in (0..<milestones.count).map { crossings.pointer[$0 * runs + slot] } }
        return MonteCarloPart(runs: runIndices, values: values, crossings: crossed)
    }

    /// The result of the whole job from its parts, every run present once: the same values the
    /// unsharded run gives, summarised the same way, so the same result to the bit.
    public static func merge(_ compiled: CompiledScenario, settings: MonteCarloSettings, milestones: [MilestoneSpec],
                             parts: [MonteCarloPart]) throws -> MonteCarloResult {
        let plan = try Plan(compiled, settings: settings, milestones: milestones)
        let runs = settings.runs, cellCount = plan.cellCount
        let failed = SharedBuffer<Bool>(count: runs, initial: false)
        let crossings = SharedBuffer<Int32>(count: runs * milestones.count, initial: -1)
        let buffer = SharedBuffer<Double>(count: cellCount * runs, initial: 0)
        var seen = [Bool](repeating: false, count: runs)
        for part in parts {
            for (slot, run) in part.runs.enumerated() {
                guard run >= 0, run < runs, !seen[run], part.values[slot].isEmpty || part.values[slot].count == cellCount,
                      part.crossings[slot].count == milestones.count else {
                    throw AnalysisProblem.partRuns(run).diagnostic
                }
                seen[run] = true
                if part.values[slot].isEmpty { failed.pointer[run] = true }
                for (cell, value) in part.values[slot].enumerated() { buffer.pointer[cell * runs + run] = value }
                for (m, crossing) in part.crossings[slot].enumerated() { crossings.pointer[m * runs + run] = crossing }
            }
        }
        if let missing = seen.firstIndex(of: false) { throw AnalysisProblem.partRuns(missing).diagnostic }
        if failed.pointer.allSatisfy({ $0 }) { throw plan.everyRunFailed(runs) }
        var bands = [Double](repeating: .nan, count: plan.seriesColumns.count * settings.percentiles.count * plan.saveCount)
        summarise(buffer, cells: 0..<cellCount, runs: runs, failed: failed, percentiles: settings.percentiles,
                  saveCount: plan.saveCount, threads: plan.threads(settings, runs: runs), into: &bands)
        return result(compiled, plan: plan, settings: settings, milestones: milestones, bands: bands, failed: failed, crossings: crossings)
    }

    /// Runs `body(worker)` for workers 0 ..< `threads`, in parallel when there is more than one.
    static func perform(_ threads: Int, _ body: @Sendable (Int) -> Void) {
        if threads == 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: threads, execute: body)
        }
    }

    /// Percentiles of each cell of the pass over the runs that finished (which hold no NaN: a
    /// run with one stops), into `bands[(series · percentiles + p) · saveCount + time]`.
    static func summarise(_ buffer: SharedBuffer<Double>, cells: Range<Int>, runs: Int, failed: SharedBuffer<Bool>,
                          percentiles: [Double], saveCount: Int, threads: Int, into bands: inout [Double]) {
        let out = SharedBuffer<Double>(count: cells.count * percentiles.count, initial: .nan)
        let workers = min(threads, max(1, cells.count))
        perform(workers) { worker in
            var scratch = [Double](repeating: 0, count: runs)
            for k in stride(from: worker, to: cells.count, by: workers) {
                let column = buffer.pointer.baseAddress! + k * runs
                var n = 0
                for run in 0..<runs where !failed.pointer[run] {
                    scratch[n] = column[run]
                    n += 1
                }
                guard n > 0 else { continue }
                scratch.withUnsafeMutableBufferPointer { all in
                    let found = OrderStatistics.percentiles(percentiles, of: UnsafeMutableBufferPointer(rebasing: all[0..<n]))
                    for (p, value) in found.enumerated() { out.pointer[k * percentiles.count + p] = value }
                }
            }
        }
        for (k, cell) in cells.enumerated() {
            let (series, time) = (cell / saveCount, cell % saveCount)
            for p in percentiles.indices {
                bands[(series * percentiles.count + p) * saveCount + time] = out.pointer[k * percentiles.count + p]
            }
        }
    }

    /// A milestone's quarter at each percentile. Runs that never reach it count as later than
    /// any date; between two reached dates the time is interpolated (type 7) and its quarter
    /// taken; a percentile that falls on or next to an unreached run is nil.
    static func milestoneDates(_ spec: MilestoneSpec, crossings: UnsafeBufferPointer<Int32>, failed: UnsafeBufferPointer<Bool>,
                               succeeded: Int, times: [Double], percentiles: [Double]) -> MonteCarloResult.MilestoneBands {
        var order: [Int32] = []
        order.reserveCapacity(succeeded)
        for (run, index) in crossings.enumerated() where !failed[run] { order.append(index < 0 ? .max : index) }
        order.sort()
        let reached = order.lazy.filter { $0 != .max }.count
        func time(_ k: Int) -> Double? { order[k] == .max ? nil : times[Int(order[k])] }
        let quarters: [Quarter?] = percentiles.map { p in
            guard !order.isEmpty else { return nil }
            let (k, f) = Percentile.position(p, count: order.count)
            guard let lower = time(k) else { return nil }
            if f == 0 { return Quarter(containing: lower) }
            guard let upper = time(k + 1) else { return nil }
            return Quarter(containing: lower + f * (upper - lower))
        }
        return MonteCarloResult.MilestoneBands(name: spec.name, label: spec.label, quarters: quarters,
                                               shareReached: succeeded == 0 ? 0 : Double(reached) / Double(succeeded))
    }
}

extension MonteCarlo {
    /// The seed of run `run`'s random functions (`uniform`, `normal`, … in the model): a
    /// SplitMix64 mix of the Monte Carlo seed and the run's index, so each run draws its own
    /// noise, the same on any machine and with any number of threads or shards.
    static func modelSeed(_ seed: UInt64, run: Int) -> UInt64 {
        SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(run) &+ 0x9E37_79B9_7F4A_7C15))
    }
}

/// One pass of runs: what every worker shares (read-only, or written only at its own runs' slots).
private struct Job: Sendable {
    let model: CompiledModel
    let settings: RunSettings
    let sampler: ParameterSampler
    /// How many runs this job does, and which of the whole job's runs they are (nil: 0 ..< runs).
    let runs: Int
    let runIndices: [Int]?
    let saveCount: Int
    /// The columns a run records.
    let recorded: [Int]
    /// For each cell of the pass, its index in a run's column-major recorded values.
    let sources: [Int]
    /// `buffer[cell · runs + run]`.
    let buffer: SharedBuffer<Double>
    let failed: SharedBuffer<Bool>
    let recordsMilestones: Bool
    let milestones: [MilestoneSpec]
    /// Each milestone's series among the recorded columns.
    let milestoneColumns: [Int?]
    /// `crossings[milestone · runs + run]`: the first saved time index past the threshold, −1 if none.
    let crossings: SharedBuffer<Int32>
    let counter: ProgressCounter?
    /// The blocks of runs handed out so far.
    let blocks = BlockCounter()

    /// Runs blocks until none is left; every worker of a pass calls it.
    func run() {
        var values = sampler.baseValues
        var scratch = sampler.makeScratch()
        let blockCount = (runs + MonteCarlo.blockSize - 1) / MonteCarlo.blockSize
        let out = buffer.pointer.baseAddress!
        while let block = blocks.next(below: blockCount) {
            let range = block * MonteCarlo.blockSize..<min(runs, (block + 1) * MonteCarlo.blockSize)
            // Runs step together in lanes; each lane's numbers are those of its run alone.
            for first in stride(from: range.lowerBound, to: range.upperBound, by: CompiledModel.laneCount) {
                let lanes = first..<min(range.upperBound, first + CompiledModel.laneCount)
                let inputs = lanes.map { run -> (parameters: [Double]?, seed: UInt64) in
                    let index = runIndices?[run] ?? run
                    sampler.draw(run: index, into: &values, scratch: &scratch)
                    return (values, MonteCarlo.modelSeed(settings.seed, run: index))
                }
                for (run, outcome) in zip(lanes, model.run(settings, lanes: inputs, recording: recorded)) {
                    guard case .success(let result) = outcome else {
                        failed.pointer[run] = true
                        continue
                    }
                    store(result, run: run, into: out)
                }
            }
            counter?.add(range.count)
        }
    }

    /// Writes run `run`'s cells and milestone crossings.
    private func store(_ result: RunResult, run: Int, into out: UnsafeMutablePointer<Double>) {
        result.values.withUnsafeBufferPointer { recorded in
            for (cell, source) in sources.enumerated() { out[cell * runs + run] = recorded[source] }
            guard recordsMilestones else { return }
            for (m, spec) in milestones.enumerated() {
                guard let column = milestoneColumns[m] else { continue }
                let series = recorded[column * saveCount..<(column + 1) * saveCount]
                let hit = series.firstIndex { spec.isAbove ? $0 > spec.threshold : $0 < spec.threshold }
                crossings.pointer[m * runs + run] = hit.map { Int32($0 - column * saveCount) } ?? -1
            }
        }
    }
}
