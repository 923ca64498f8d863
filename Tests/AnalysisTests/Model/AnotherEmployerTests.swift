import Dynamics
import Foundation
import Scenarios
import Testing
import TestSupport

/// The model is written over its employers, not for the five it ships: a copy of the repository's
/// assumptions with another employer, `national_lab`, added to the `employer` dimension and given
/// one value in each parameter over employers, and no other edit, loads without a problem,
/// runs every scenario and the backtest, records the new employer's series, and conserves
/// people.
@Suite(.serialized)
struct AnotherEmployerTests {
    /// The new employer's value in each parameter over employers, as written in base.json5:
    /// a national research lab, paid like a closed lab, funded half by frontier runs and
    /// half by spending on models, whose researchers advance closed algorithms and are paid in public
    /// stock on a front-loaded schedule.
    static let values: [String: String] = [
        "researchers_start": #"{ value: 4000, low: 2000, high: 8000, source: "judgement: a national research lab" }"#,
        "comp_start": #"{ value: 7e5, low: 5e5, high: 9e5, source: "judgement: national-lab research pay" }"#,
        "staff_budget_start": #"{ value: 3.1e9, low: 1.5e9, high: 6e9, distribution: "lognormal", source: "judgement: researchers_start[national_lab] × comp_start[national_lab] × 1.1" }"#,
        "pay_elasticity": #"{ value: 0.5, low: 0.2, high: 1.0, source: "judgement: bids pay up like applied industry" }"#,
        "publish_freedom": #"{ value: 0.5, low: 0.3, high: 0.7, source: "judgement: publishes more than closed labs" }"#,
        "remote_work": #"{ value: 0.3, low: 0.1, high: 0.5, source: "judgement: mostly on site" }"#,
        "capability_lead_exposure": "0.5",
        "phd_entry_share": "0",
        "staff_funding_share": #""national_lab,closed_runs": 0.5, "national_lab,open_runs": 0, "national_lab,llm_spending": 0.5, "national_lab,academic_funding": 0"#,
        "lab_research_share": #""national_lab,closed": 1, "national_lab,open": 0"#,
        "pay_level_ratio": #""national_lab,early": 0.7, "national_lab,mid": 1, "national_lab,senior": 1.4, "national_lab,staff": 1.8, "national_lab,principal": 2.4"#,
        "pay_component_share": #""national_lab,base": 0.45, "national_lab,bonus": 0.1, "national_lab,equity": 0.45"#,
        "pay_spread": "0.3",
        "equity_kind_of_employer": #""national_lab,lab_units": 0, "national_lab,public_stock": 1, "national_lab,startup_options": 0, "national_lab,none": 0"#,
        "employer_vesting_schedule": #""national_lab,even": 0, "national_lab,front_loaded": 1, "national_lab,back_loaded": 0"#,
        "refresh_grant_share": #"{ value: 0.25, low: 0.1, high: 0.5, source: "judgement: refreshes like closed labs" }"#,
    ]

    static let scenarios = ["base", "scaling-continues", "data-wall", "efficiency-breakthrough", "open-restriction",
                            "sponsor-retreat", "sovereign-open", "multi-model", "backtest"]

    /// The repository's assumptions with `national_lab` added: one element, one value per parameter.
    static func withAnotherEmployer() throws -> AssumptionFiles {
        var files = try AssumptionFiles.read(directory: RepositoryModel.directory)
        let declaring = files.files.keys.filter { $0.hasPrefix("model/") && files.files[$0]!.contains("employer: [") }
        try #require(declaring.count == 1, "\(declaring)")
        let model = declaring[0]
        let list = try #require(files.files[model]!.range(of: #"employer: \[[^\]]*"#, options: .regularExpression))
        files.files[model]!.insert(contentsOf: #", "national_lab""#, at: list.upperBound)
        var base = files.files["base.json5"]!
        for (parameter, value) in values {
            let start = try #require(base.range(of: "\n    \(parameter): {"), "\(parameter) is not in base.json5")
            let elements = try #require(base.range(of: "elements: {", range: start.upperBound..<base.endIndex))
            let entries = value.hasPrefix("\"") ? " \(value)," : " national_lab: \(value),"
            base.insert(contentsOf: entries, at: elements.upperBound)
        }
        files.files["base.json5"] = base
        return files
    }

    @Test func everyParameterOverEmployersIsGivenAValue() throws {
        let structure = try Scenario.resolve("base", in: RepositoryModel.assumptions()).structure
        let overEmployers = structure.arrays.filter { $0.dimensions.contains("employer") }.map(\.name)
        #expect(Set(overEmployers) == Set(Self.values.keys), "give national_lab a value in each parameter over employers")
    }

    @Test func anotherEmployerRunsInEveryScenarioAndConservesPeople() throws {
        let assumptions = try Assumptions.load(Self.withAnotherEmployer())
        // The model changed, so the shipped calibration is stale: the one warning.
        #expect(assumptions.warnings.map(\.description).allSatisfy { $0.contains("calibrated.json5 was fitted to other data") },
                "\(assumptions.warnings)")
        for scenario in Self.scenarios {
            let resolved = try Scenario.resolve(scenario, in: assumptions)
            let result = try CompiledScenario(resolved).run()
            for series in ["researchers[national_lab]", "comp[national_lab]", "hires[national_lab]", "departures[national_lab]", "staff_budget[national_lab]",
                           "attractiveness[national_lab]", "net_researcher_flow[national_lab]"] {
                let values = try #require(result.series(series), "\(scenario): no \(series)")
                #expect(values.allSatisfy { $0.isFinite }, "\(scenario): \(series)")
            }
            let researchers = try #require(result.series("researchers[national_lab]"))
            #expect(researchers[0] == 4000 && researchers.allSatisfy { $0 > 0 }, "\(scenario)")
            // The new employer's researchers are counted with everyone else's.
            let total = try #require(result.series("total_researchers"))
            let employers = ["closed", "open", "big_tech", "applied", "academia", "national_lab"].map { result.series("researchers[\($0)]")! }
            for k in total.indices { #expect(abs(total[k] - employers.map { $0[k] }.reduce(0, +)) <= 1e-9 * total[k]) }
            try ConservationTests.expectPeopleConserved(resolved)
        }
    }
}
