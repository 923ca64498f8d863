import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing
import TestSupport

/// The model written over dimensions (employer, lab, segment) gives the numbers the model
/// written element by element gave: every series of the report, in every scenario and the
/// backtest, at every saved quarter, within 1e-9 relative (1e-12 absolute near zero). The
/// reference in `Fixtures/array-rewrite-reference.json` was recorded from the scalar model
/// with `forecast run --scenario S --select '*' --format json`; series are read by the names
/// they had then, which the arrayed model keeps as aliases of its elements.
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

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= max(1e-9 * max(abs(a), abs(b)), 1e-12)
    }

    @Test func theReferenceCoversEveryScenarioAndTheReportsSeries() throws {
        let assumptions = try RepositoryModel.assumptions()
        #expect(Set(Self.reference.scenarios.keys) == Set(assumptions.scenarioNames + ["base", "backtest"]))
        let report = assumptions.report
        let named = Set(report.headline + report.milestones.map(\.series) + report.charts.flatMap(\.series) + report.scenarioTable)
        for (scenario, run) in Self.reference.scenarios {
            #expect(named.isSubset(of: run.series.keys), "\(scenario): \(named.subtracting(run.series.keys).sorted())")
        }
    }

    @Test(arguments: ["base", "scaling-continues", "data-wall", "efficiency-breakthrough", "open-restriction",
                      "sponsor-retreat", "sovereign-open", "multi-model", "backtest"])
    func theSeriesMatchTheReference(scenario: String) throws {
        let expected = try #require(Self.reference.scenarios[scenario])
        // The rewrite is compared on the assumptions as written, before calibrated.json5's fit.
        let result = try CompiledScenario(Scenario.resolve(scenario, in: RepositoryModel.assumptions().withoutCalibrated)).run()
        #expect(result.times == expected.times)
        for (name, values) in expected.series.sorted(by: { $0.key < $1.key }) {
            let series = try #require(result.series(name), "\(scenario): no series \(name)")
            #expect(series.count == values.count, "\(scenario) \(name)")
            let worst = zip(series, values).enumerated().first { !Self.close($0.element.0, $0.element.1) }
            #expect(worst == nil, "\(scenario) \(name) at \(worst.map { expected.times[$0.offset] } ?? 0): \(worst?.element.0 ?? 0) vs \(worst?.element.1 ?? 0)")
        }
    }

    @Test func anOldNameIsExplainedAsTheElementItNames() throws {
        let compiled = try CompiledScenario(Scenario.resolve("base", in: RepositoryModel.assumptions()))
        let explanation = try Explanation("effective_compute_closed", in: compiled, depth: 1)
        #expect(explanation.name == "effective_compute[closed]")
        #expect(explanation.causes.map(\.name).contains("frontier_compute[closed]"))
        #expect(explanation.effects.contains("capability_gap_oom"))
    }
}
