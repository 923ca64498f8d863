import Dynamics
import Scenarios
import Testing
import TestSupport

/// Scenarios with base's structure run on the model compiled while the assumptions loaded,
/// with their own numbers; the results are the bits a fresh compile gives.
struct CompileOnceTests {
    @Test(arguments: ["base", "scaling-continues", "data-wall", "efficiency-breakthrough", "open-restriction",
                      "sponsor-retreat", "sovereign-open", "multi-model", "backtest"])
    func reusingTheBaseModelGivesTheSameBits(scenario: String) throws {
        let assumptions = try RepositoryModel.assumptions()
        let resolved = try Scenario.resolve(scenario, in: assumptions)
        let reused = try CompiledScenario(resolved).run()
        let fresh = try Compiler.compile(resolved.definition).run(resolved.settings)
        #expect(reused.values.count == fresh.values.count)
        #expect(reused.values.map(\.bitPattern) == fresh.values.map(\.bitPattern))
    }

    @Test func overridesAsValuesMatchOverridesWrittenIn() throws {
        let assumptions = try RepositoryModel.assumptions()
        // sponsor-retreat changes sponsor parameters at a date; an override replaces the change.
        let overrides = [Override(name: "hardware_growth", value: 1.42), Override(name: "sponsor_release_threshold", value: 1e9)]
        let compiled = try CompiledScenario(Scenario.resolve("sponsor-retreat", in: assumptions))
        #expect(compiled.validate(overrides).isEmpty)
        let byValues = try compiled.run(parameterValues: compiled.parameterValues(overrides))
        let writtenIn = try CompiledScenario(Scenario.resolve("sponsor-retreat", in: assumptions, overrides: overrides).scenario).run()
        for name in ["frontier_compute_closed", "capability_lag_months", "comp_open", "open_share_tokens"] {
            let a = try #require(byValues.series(name)), b = try #require(writtenIn.series(name))
            for (x, y) in zip(a, b) { #expect(abs(x - y) <= 1e-12 * max(1, abs(y)), "\(name)") }
        }
    }
}
