import Dynamics
import Scenarios
import Testing
@testable import Analysis

/// A batch holds a block of results at once: with runs that record many values the block
/// shrinks, so steps × saved variables × lines stays within what one run may hold.
struct BatchMemoryTests {
    func runner(sampling: Sampling, step: Double) throws -> BatchRunner {
        let files = AnalysisFixture.files()
        var texts = files.files
        texts["base.json5"] = texts["base.json5"]!.replacingOccurrences(of: "end: \"2030Q4\", step: 0.25", with: "end: \"2999Q4\", step: \(step)")
        let assumptions = try Assumptions.load(AssumptionFiles(root: files.root, files: texts))
        let compiled = try CompiledScenario(Scenario.resolve("base", in: assumptions))
        return BatchRunner(scenarios: ["base": .success(.init(compiled: compiled, names: ["cost"]))], common: [], sampling: sampling,
                           from: nil, to: nil, milestones: [])
    }

    @Test func blocksShrinkWhenEachRunRecordsManyValues() throws {
        let quarterly = try runner(sampling: .quarter, step: 0.25)
        #expect(quarterly.linesPerBlock == quarterly.blockSize)
        let everyStep = try runner(sampling: .step, step: 0.0005)
        let perRun = everyStep.scenarios["base"].flatMap { try? $0.get() }.map {
            var settings = $0.compiled.settings
            settings.saveEvery = settings.dt
            return settings.recordedValues(variables: $0.compiled.model.columns.count)
        } ?? 0
        #expect(perRun > RunSettings.maximumValues / 100)
        #expect(everyStep.linesPerBlock < everyStep.blockSize)
        #expect(everyStep.linesPerBlock >= 1)
        #expect(everyStep.linesPerBlock * perRun <= RunSettings.maximumValues)
    }
}
