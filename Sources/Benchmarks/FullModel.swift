import Analysis
import Dispatch
import Dynamics
import Foundation
import Scenarios

/// The forecast's own model (the built-in assumptions): one run, and a Monte Carlo batch.
enum FullModel {
    static func report() throws {
        let assumptions = try Assumptions.load(AssumptionFiles.builtIn)
        let scenario = try Scenario.resolve("base", in: assumptions).scenario
        let compiled = try CompiledScenario(scenario)
        let settings = scenario.settings
        let perRun = try secondsPerCall(repeats: 200) { _ = try compiled.run() }
        print("")
        print("Full model: \(compiled.model.columns.count) variables (\(compiled.model.equations.count) equations with hidden ones), "
              + "\(compiled.model.parameters.count) parameters; RK4, \(settings.stepCount) steps of \(settings.dt) year")
        let sizes = compiled.model.programSizes
        print("  rate program \(sizes.rates) instructions in \(sizes.rateGroups) groups (four times a step); "
              + "output program \(sizes.outputs) in \(sizes.outputGroups) (once a step)")
        let names = compiled.model.columns.map(\.name)
        let headlineColumns = assumptions.report.headline.compactMap { names.firstIndex(of: $0) }
        let slice = compiled.model.outputSizes(recording: headlineColumns)
        print("  recording the \(headlineColumns.count) headline series: output program \(slice.everyStep) instructions at a step that "
              + "records nothing, \(slice.atSave) at one that records")
        print("  one run:    \(String(format: "%.3f", perRun * 1000)) ms")
        let lanes = [(parameters: [Double]?, seed: UInt64)](repeating: (nil, 0), count: CompiledModel.laneCount)
        let all = Array(compiled.model.columns.indices)
        let perLaneRun = try secondsPerCall(repeats: 50) { _ = compiled.model.run(settings, lanes: lanes, recording: all) } / Double(lanes.count)
        print("  \(lanes.count) runs stepped together: \(String(format: "%.3f", perLaneRun * 1000)) ms a run")
        let runs = 10_000
        let headline = assumptions.report.headline
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try MonteCarlo.run(compiled, settings: MonteCarloSettings(runs: runs, seed: 1, percentiles: [10, 50, 90], series: headline,
                                                                             threads: nil, correlations: []),
                                        milestones: assumptions.report.milestones)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("  Monte Carlo: \(runs) runs on \(ProcessInfo.processInfo.activeProcessorCount) cores in \(String(format: "%.2f", seconds)) s "
              + "(\(Int(Double(runs) / seconds)) runs/s; \(result.failedRuns) stopped on a non-finite value)")
    }
}
