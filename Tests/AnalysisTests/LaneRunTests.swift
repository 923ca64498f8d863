import Foundation
import Testing
@testable import Analysis
import Dynamics
import Scenarios

/// The forecast's own model, run eight at a time as Monte Carlo runs it: each lane is what the
/// run gives alone, to the bit.
struct LaneRunTests {
    @Test func theForecastsModelInLanesIsItsRunsAlone() throws {
        let assumptions = try Assumptions.load(AssumptionFiles.builtIn)
        let compiled = try CompiledScenario(Scenario.resolve("base", in: assumptions).scenario)
        let sampler = try ParameterSampler(compiled, seed: 3)
        var values = sampler.baseValues, scratch = sampler.makeScratch()
        let lanes = (0..<CompiledModel.laneCount).map { run -> (parameters: [Double]?, seed: UInt64) in
            sampler.draw(run: run, into: &values, scratch: &scratch)
            return (values, UInt64(run))
        }
        let settings = compiled.scenario.settings
        let columns = Array(compiled.model.columns.indices)
        let together = compiled.model.run(settings, lanes: lanes, recording: columns)
        var distinct = Set<[UInt64]>()
        for (lane, outcome) in zip(lanes, together) {
            var alone = settings
            alone.seed = lane.seed
            let expected = try compiled.model.run(alone, parameters: lane.parameters).values.map(\.bitPattern)
            let result = try outcome.get().values.map(\.bitPattern)
            #expect(result == expected)
            distinct.insert(result)
        }
        #expect(distinct.count == lanes.count)
    }
}
