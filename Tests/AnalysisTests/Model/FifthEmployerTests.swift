import Dynamics
import Foundation
import Scenarios
import Testing
import TestSupport

/// The model is written over its employers, not for four of them: a copy of the repository's
/// assumptions with a fifth employer, `big_tech`, added to the `employer` dimension and given
/// one value in each parameter over employers, and no other edit, loads without a problem,
/// runs every scenario and the backtest, records the new employer's series, and conserves
/// people.
@Suite(.serialized)
struct FifthEmployerTests {
    /// The new employer's value in each parameter over employers, as written in base.json5:
    /// a big-tech research division, paid like a closed lab, funded half by frontier runs and
    /// half by spending on models, whose researchers advance closed algorithms and are paid in public
    /// stock on a front-loaded schedule.
    static let values: [String: String] = [
        "researchers_start": #"{ value: 4000, low: 2000, high: 8000, source: "judgement: a big-tech research division" }"#,
        "comp_start": #"{ value: 7e5, low: 5e5, high: 9e5, source: "judgement: big-tech research pay" }"#,
        "staff_budget_start": #"{ value: 3.1e9, low: 1.5e9, high: 6e9, distribution: "lognormal", source: "judgement: researchers_start[big_tech] × comp_start[big_tech] × 1.1" }"#,
        "pay_elasticity": #"{ value: 0.5, low: 0.2, high: 1.0, source: "judgement: bids pay up like applied industry" }"#,
        "publish_freedom": #"{ value: 0.5, low: 0.3, high: 0.7, source: "judgement: publishes more than closed labs" }"#,
        "remote_work": #"{ value: 0.3, low: 0.1, high: 0.5, source: "judgement: mostly on site" }"#,
        "capability_lead_exposure": "0.5",
        "phd_entry_share": "0",
        "staff_funding_share": #""big_tech,closed_runs": 0.5, "big_tech,open_runs": 0, "big_tech,llm_spending": 0.5, "big_tech,academic_funding": 0"#,
        "lab_research_share": #""big_tech,closed": 1, "big_tech,open": 0"#,
        "pay_level_ratio": #""big_tech,early": 0.7, "big_tech,mid": 1, "big_tech,senior": 1.4, "big_tech,staff": 1.8, "big_tech,principal": 2.4"#,
        "pay_component_share": #""big_tech,base": 0.45, "big_tech,bonus": 0.1, "big_tech,equity": 0.45"#,
        "pay_spread": "0.3",
        "equity_kind_of_employer": #""big_tech,lab_units": 0, "big_tech,public_stock": 1, "big_tech,startup_options": 0, "big_tech,none": 0"#,
        "employer_vesting_schedule": #""big_tech,even": 0, "big_tech,front_loaded": 1, "big_tech,back_loaded": 0"#,
        "refresh_grant_share": #"{ value: 0.25, low: 0.1, high: 0.5, source: "judgement: refreshes like closed labs" }"#,
    ]

    static let scenarios = ["base", "scaling-continues", "data-wall", "efficiency-breakthrough", "open-restriction",
                            "sponsor-retreat", "sovereign-open", "multi-model", "backtest"]

    /// The repository's assumptions with `big_tech` added: one element, one value per parameter.
    static func withFifthEmployer() throws -> AssumptionFiles {
        var files = try AssumptionFiles.read(directory: RepositoryModel.directory)
        let declaring = files.files.keys.filter { $0.hasPrefix("model/") && files.files[$0]!.contains("employer: [") }
        try #require(declaring.count == 1, "\(declaring)")
        let model = declaring[0]
        let list = try #require(files.files[model]!.range(of: #"employer: \[[^\]]*"#, options: .regularExpression))
        files.files[model]!.insert(contentsOf: #", "big_tech""#, at: list.upperBound)
        var base = files.files["base.json5"]!
        for (parameter, value) in values {
            let start = try #require(base.range(of: "\n    \(parameter): {"), "\(parameter) is not in base.json5")
            let elements = try #require(base.range(of: "elements: {", range: start.upperBound..<base.endIndex))
            let entries = value.hasPrefix("\"") ? " \(value)," : " big_tech: \(value),"
            base.insert(contentsOf: entries, at: elements.upperBound)
        }
        files.files["base.json5"] = base
        return files
    }

    @Test func everyParameterOverEmployersIsGivenAValue() throws {
        let structure = try Scenario.resolve("base", in: RepositoryModel.assumptions()).structure
        let overEmployers = structure.arrays.filter { $0.dimensions.contains("employer") }.map(\.name)
        #expect(Set(overEmployers) == Set(Self.values.keys), "give big_tech a value in each parameter over employers")
    }

    @Test func aFifthEmployerRunsInEveryScenarioAndConservesPeople() throws {
        let assumptions = try Assumptions.load(Self.withFifthEmployer())
        // The model changed, so the shipped calibration is stale: the one warning.
        #expect(assumptions.warnings.map(\.description).allSatisfy { $0.contains("calibrated.json5 was fitted to other data") },
                "\(assumptions.warnings)")
        for scenario in Self.scenarios {
            let resolved = try Scenario.resolve(scenario, in: assumptions)
            let result = try CompiledScenario(resolved).run()
            for series in ["researchers[big_tech]", "comp[big_tech]", "hires[big_tech]", "departures[big_tech]", "staff_budget[big_tech]",
                           "attractiveness[big_tech]", "net_researcher_flow[big_tech]"] {
                let values = try #require(result.series(series), "\(scenario): no \(series)")
                #expect(values.allSatisfy { $0.isFinite }, "\(scenario): \(series)")
            }
            let researchers = try #require(result.series("researchers[big_tech]"))
            #expect(researchers[0] == 4000 && researchers.allSatisfy { $0 > 0 }, "\(scenario)")
            // The new employer's researchers are counted with everyone else's.
            let total = try #require(result.series("total_researchers"))
            let employers = ["closed", "open", "applied", "academia", "big_tech"].map { result.series("researchers[\($0)]")! }
            for k in total.indices { #expect(abs(total[k] - employers.map { $0[k] }.reduce(0, +)) <= 1e-9 * total[k]) }
            try ConservationTests.expectPeopleConserved(resolved)
        }
    }
}
