import Dispatch
import Dynamics
import Foundation
import Scenarios

/// Monte Carlo analysis: many runs of one compiled scenario with parameters drawn from their
/// ranges, summarised as percentile bands per series and saved time, and as percentile dates
/// per milestone.
///
/// Runs are spread over worker threads in blocks of 64 (worker w takes blocks w, w + W, …);
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

    /// - Parameter cellLimit: the most run values held at once (tests lower it to force passes).
    static func run(_ compiled: CompiledScenario, settings: MonteCarloSettings, milestones: [MilestoneSpec], cellLimit: Int,
                    progress: (@Sendable (Int) -> Void)?) throws -> MonteCarloResult {
        let runs = settings.runs
        guard runs >= 1, runs <= AnalysisProblem.maximumRuns else { throw AnalysisProblem.runCount(runs).diagnostic }
        guard !settings.percentiles.isEmpty else { throw AnalysisProblem.noPercentiles.diagnostic }
        for (k, p) in settings.percentiles.enumerated() {
            guard p.isFinite, p >= 0, p <= 100 else { throw AnalysisProblem.percentile(p).diagnostic }
            if settings.percentiles[..<k].contains(p) { throw AnalysisProblem.percentileTwice(p).diagnostic }
        }
        let model = compiled.model
        let columnNames = model.columns.map(\.name)
        let seriesColumns = try settings.series.map { name throws(Diagnostic) -> Int in
            guard let index = model.columnIndex(of: name) else { throw AnalysisProblem.unknownSeries(name, candidates: columnNames).diagnostic }
            return index
        }
        let runSettings = compiled.settings
        if let problem = runSettings.validate().first { throw problem }
        let sampler = try ParameterSampler(compiled, seed: settings.seed, correlations: settings.correlations)

        let saveCount = runSettings.stepCount / runSettings.stepsPerSave + 1
        let times = (0..<saveCount).map { runSettings.start + Double($0 * runSettings.stepsPerSave) * runSettings.dt }
        let cellCount = seriesColumns.count * saveCount
        let cellsPerPass = max(1, cellLimit / runs)
        let passes = max(1, (cellCount + cellsPerPass - 1) / cellsPerPass)
        let threads = max(1, min(settings.threads ?? ProcessInfo.processInfo.activeProcessorCount,
                                 (runs + blockSize - 1) / blockSize))
        let counter = progress.map { ProgressCounter(runs: runs, passes: passes, report: $0) }

        let failed = SharedBuffer<Bool>(count: runs, initial: false)
        let crossings = SharedBuffer<Int32>(count: runs * milestones.count, initial: -1)
        let milestoneColumns = milestones.map { model.columnIndex(of: $0.series) }
        var bands = [Double](repeating: .nan, count: seriesColumns.count * settings.percentiles.count * saveCount)

        for pass in 0..<passes {
            let cells = min(cellCount, pass * cellsPerPass)..<min(cellCount, (pass + 1) * cellsPerPass)
            let buffer = SharedBuffer<Double>(count: cells.count * runs, initial: 0)
            let sources = cells.map { seriesColumns[$0 / saveCount] * saveCount + $0 % saveCount }
            let job = Job(model: model, settings: runSettings, sampler: sampler, runs: runs, saveCount: saveCount,
                          sources: sources, buffer: buffer, failed: failed, recordsMilestones: pass == 0,
                          milestones: milestones, milestoneColumns: milestoneColumns, crossings: crossings, counter: counter)
            perform(threads) { worker in job.run(worker: worker, of: threads) }
            if pass == 0, failed.pointer.allSatisfy({ $0 }) {
                var values = sampler.baseValues, scratch = sampler.makeScratch()
                sampler.draw(run: 0, into: &values, scratch: &scratch)
                do {
                    _ = try model.run(runSettings, parameters: values)
                } catch {
                    throw AnalysisProblem.everyRunFailed(runs, first: error).diagnostic
                }
            }
            summarise(buffer, cells: cells, runs: runs, failed: failed, percentiles: settings.percentiles,
                      saveCount: saveCount, threads: threads, into: &bands)
        }

        let succeeded = failed.pointer.lazy.filter { !$0 }.count
        let percentileCount = settings.percentiles.count
        let series = seriesColumns.enumerated().map { s, column in
            MonteCarloResult.Bands(name: model.columns[column].name, unit: model.columns[column].unit,
                                   values: (0..<percentileCount).map { p in
                                       let start = (s * percentileCount + p) * saveCount
                                       return Array(bands[start..<start + saveCount])
                                   })
        }
        let milestoneBands = milestones.enumerated().map { m, spec in
            milestoneDates(spec, crossings: UnsafeBufferPointer(rebasing: crossings.pointer[m * runs..<(m + 1) * runs]),
                           failed: UnsafeBufferPointer(failed.pointer), succeeded: succeeded, times: times,
                           percentiles: settings.percentiles)
        }
        return MonteCarloResult(scenario: compiled.scenario.name, runs: runs, seed: settings.seed, percentiles: settings.percentiles,
                                sampled: sampler.names, times: times, series: series, milestones: milestoneBands,
                                failedRuns: runs - succeeded)
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

/// One pass of runs: what every worker shares (read-only, or written only at its own runs' slots).
private struct Job: Sendable {
    let model: CompiledModel
    let settings: RunSettings
    let sampler: ParameterSampler
    let runs: Int
    let saveCount: Int
    /// For each cell of the pass, its index in a run's column-major values.
    let sources: [Int]
    /// `buffer[cell · runs + run]`.
    let buffer: SharedBuffer<Double>
    let failed: SharedBuffer<Bool>
    let recordsMilestones: Bool
    let milestones: [MilestoneSpec]
    let milestoneColumns: [Int?]
    /// `crossings[milestone · runs + run]`: the first saved time index past the threshold, −1 if none.
    let crossings: SharedBuffer<Int32>
    let counter: ProgressCounter?

    func run(worker: Int, of workers: Int) {
        var values = sampler.baseValues
        var scratch = sampler.makeScratch()
        let blockCount = (runs + MonteCarlo.blockSize - 1) / MonteCarlo.blockSize
        let out = buffer.pointer.baseAddress!
        for block in stride(from: worker, to: blockCount, by: workers) {
            let range = block * MonteCarlo.blockSize..<min(runs, (block + 1) * MonteCarlo.blockSize)
            for run in range {
                sampler.draw(run: run, into: &values, scratch: &scratch)
                guard let result = try? model.run(settings, parameters: values) else {
                    failed.pointer[run] = true
                    continue
                }
                result.values.withUnsafeBufferPointer { recorded in
                    for (cell, source) in sources.enumerated() { out[cell * runs + run] = recorded[source] }
                    if recordsMilestones {
                        for (m, spec) in milestones.enumerated() {
                            guard let column = milestoneColumns[m] else { continue }
                            let series = recorded[column * saveCount..<(column + 1) * saveCount]
                            let hit = series.firstIndex { spec.isAbove ? $0 > spec.threshold : $0 < spec.threshold }
                            crossings.pointer[m * runs + run] = hit.map { Int32($0 - column * saveCount) } ?? -1
                        }
                    }
                }
            }
            counter?.add(range.count)
        }
    }
}
