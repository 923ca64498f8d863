import Dynamics
import Testing
@testable import Scenarios

struct ScenarioResolutionTests {
    @Test func theFixtureLoadsCleanly() throws {
        let assumptions = try Fixture.load()
        #expect(assumptions.warnings.isEmpty)
        #expect(assumptions.scenarioNames == ["base", "fast", "faster"])
    }

    @Test func aChainResolvesWithTheLastWinning() throws {
        let assumptions = try Fixture.load()
        let (faster, _) = try Scenario.resolve("faster", in: assumptions)
        #expect(faster.chain == ["base", "fast", "faster"])
        #expect(faster.parameter("rate")?.value == 2.9)
        #expect(faster.parameter("rate")?.setBy == "faster")
        let (fast, _) = try Scenario.resolve("fast", in: assumptions)
        #expect(fast.parameter("rate")?.value == 2.5)
    }

    @Test func setWinsOverEveryFile() throws {
        let assumptions = try Fixture.load()
        let (scenario, warnings) = try Scenario.resolve("faster", in: assumptions, overrides: [Override(name: "rate", value: 1.5)])
        #expect(scenario.parameter("rate")?.value == 1.5)
        #expect(warnings.isEmpty)
        let run = try CompiledScenario(scenario).run()
        // x = rate^(t − 2025): 1.5² after two years.
        #expect(abs(run.value("x", at: 2027)! - 2.25) < 1e-3)
    }

    @Test func anEventStepsAParameterAtItsQuarter() throws {
        // faster sets x0 = 5 from 2026Q1; x0 only sets the initial value, so check the series of
        // the hidden switch through a model that reads it over time.
        var files = Fixture.files
        files["model/growth.json5"] = Fixture.model.replacingOccurrences(of: "\"2 * x * curve(time)\"", with: "\"x0 * curve(time)\"")
        let assumptions = try Assumptions.load(AssumptionFiles(root: "a", files: files))
        let (scenario, _) = try Scenario.resolve("faster", in: assumptions)
        let run = try CompiledScenario(scenario).run()
        #expect(run.value("doubled", at: 2025.75) == 1)
        #expect(run.value("doubled", at: 2026.0) == 5)
        // An override of the same parameter replaces the event.
        let overridden = try CompiledScenario(Scenario.resolve("faster", in: assumptions, overrides: [Override(name: "x0", value: 3)]).scenario)
        #expect(try overridden.run().series("doubled")!.allSatisfy { $0 == 3 })
        // And the compiled scenario gives the same through parameter values.
        let compiled = try CompiledScenario(scenario)
        #expect(try compiled.run(overrides: ["x0": 3]).series("doubled")!.allSatisfy { $0 == 3 })
    }

    @Test func overridesOutsideTheRangeWarn() throws {
        let (_, warnings) = try Scenario.resolve("base", in: Fixture.load(), overrides: [Override(name: "rate", value: 7)])
        #expect(warnings.map(\.description) == ["warning: --set sets 'rate' to 7, outside its range [1, 3]"])
    }

    @Test func unknownOverridesAreErrors() throws {
        let assumptions = try Fixture.load()
        #expect(throws: DiagnosticList.self) { try Scenario.resolve("base", in: assumptions, overrides: [Override(name: "rat", value: 1)]) }
        do {
            _ = try Scenario.resolve("base", in: assumptions, overrides: [Override(name: "rat", value: 1)])
        } catch {
            #expect(error.description == "error: unknown parameter 'rat' in --set; did you mean 'rate'?")
        }
        do {
            _ = try Scenario.resolve("base", in: assumptions, overrides: [Override(name: "doubled", value: 1)])
        } catch {
            #expect(error.diagnostics.first?.message == "'doubled' in --set is a variable computed by the model, not a parameter")
        }
        do {
            _ = try Scenario.resolve("fastr", in: assumptions)
        } catch {
            #expect(error.description == "error: unknown scenario 'fastr'; did you mean 'fast'?")
        }
    }

    @Test func theDigestChangesWithTheNumbers() throws {
        let assumptions = try Fixture.load()
        let base = try Scenario.resolve("base", in: assumptions).scenario
        let again = try Scenario.resolve("base", in: Fixture.load()).scenario
        let fast = try Scenario.resolve("fast", in: assumptions).scenario
        #expect(base.digest == again.digest)
        #expect(base.digest != fast.digest)
        #expect(base.digest.hasPrefix("sha256:") && base.digest.count == 71)
    }
}
