import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing
import TestSupport

/// The model written over dimensions (employer, lab, segment) keeps every name the model written
/// element by element had: the reference in `Fixtures/array-rewrite-reference.json` was recorded
/// from the scalar model with `forecast run --scenario S --select '*' --format json`, and every
/// series the report reads is still there by that name, as an alias of its element. (Its numbers
/// matched the arrayed model to 1e-9 until the model's second version changed the structure.)
struct ArrayRewriteTests {
    struct Reference: Decodable {
        struct Run: Decodable {
            var times: [Double]
            var series: [String: [Double]]
        }
        var scenarios: [String: Run]
    }

    static let reference: Reference = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/array-rewrite-reference.json")
        do {
            return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("cannot read \(url.path): \(error)")
        }
    }()

    @Test func theReferenceCoversEveryScenarioAndTheReportsSeries() throws {
        let assumptions = try RepositoryModel.assumptions()
        #expect(Set(Self.reference.scenarios.keys) == Set(assumptions.scenarioNames + ["base", "backtest"]))
        let report = assumptions.report
        // Series added since the reference was recorded (the big-tech employer's) are new names, not renamed ones.
        let added: Set = ["researchers_big_tech", "comp_big_tech", "net_researcher_flow_big_tech"]
        let named = Set(report.headline + report.milestones.map(\.series) + report.charts.flatMap(\.series) + report.scenarioTable)
            .subtracting(added)
        for (scenario, run) in Self.reference.scenarios {
            #expect(named.isSubset(of: run.series.keys), "\(scenario): \(named.subtracting(run.series.keys).sorted())")
        }
    }

    @Test func anOldNameIsExplainedAsTheElementItNames() throws {
        let compiled = try CompiledScenario(Scenario.resolve("base", in: RepositoryModel.assumptions()))
        let explanation = try Explanation("effective_compute_closed", in: compiled, depth: 1)
        #expect(explanation.name == "effective_compute[closed]")
        #expect(explanation.causes.map(\.name).contains("own_effective_compute[closed]"))
        #expect(explanation.effects.contains("capability_gap_oom"))
    }
}
