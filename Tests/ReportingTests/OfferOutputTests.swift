import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios
import Testing

/// `forecast offer`'s outputs on a small market of its own (two employers, one level, a lab whose
/// units grow 1.5x a year and pay 5% a year, 1.8x and 10% in scenario `fast`), against snapshots: the table, the
/// `forecast.offer/1` JSON, the Markdown brief and its chart.
@Suite(.serialized)
struct OfferOutputTests {
    static let files: [String: String] = [
        "base.json5": """
        {
          schema: 1,
          name: "base",
          time: { start: "2025Q1", end: "2029Q4", step: 0.25, method: "rk4", unit: "year" },
          parameters: {
            valuation_growth: { value: 1.5, low: 1.2, high: 2, distribution: "uniform", unit: "dimensionless", source: "judgement: a guess" },
            pay_start: { dimensions: ["employer", "level"], unit: "$/people/year", distribution: "fixed", source: "a source",
                         elements: { "closed,mid": 500000, "academia,mid": 150000 } },
            pay_growth: { value: 1.05, unit: "dimensionless", source: "a source" },
            pay_spread: { dimensions: ["employer"], unit: "dimensionless", distribution: "fixed", source: "a source",
                          elements: { closed: 0.3, academia: 0.3 } },
            equity_liquidity_discount: { dimensions: ["equity_kind"], unit: "dimensionless", distribution: "fixed", source: "a source",
                                         elements: { lab_units: 0.1, none: 0 } },
            equity_failure_probability: { dimensions: ["equity_kind"], unit: "dimensionless", distribution: "fixed", source: "a source",
                                          elements: { lab_units: 0.1, none: 0 } },
            equity_outcome_variance: { dimensions: ["equity_kind"], unit: "dimensionless", distribution: "fixed", source: "a source",
                                       elements: { lab_units: 0.04, none: 0 } },
            equity_kind_of_employer: { dimensions: ["employer", "equity_kind"], unit: "dimensionless", distribution: "fixed", source: "a source",
                                       elements: { "closed,lab_units": 1, "closed,none": 0, "academia,lab_units": 0, "academia,none": 1 } },
            employer_vesting_schedule: { dimensions: ["employer", "vesting_schedule"], unit: "dimensionless", distribution: "fixed",
                                         source: "a source", elements: { "closed,even": 1, "academia,even": 1 } },
            vest_share: { dimensions: ["vesting_schedule", "vest_year"], unit: "dimensionless", distribution: "fixed", source: "a source",
                          elements: { "even,year1": 0.5, "even,year2": 0.5 } },
            refresh_grant_share: { dimensions: ["employer"], unit: "dimensionless", distribution: "fixed", source: "a source",
                                   elements: { closed: 0.5, academia: 0 } },
            top_offer_threshold_start: { value: 2e6, unit: "$/people/year", source: "a source" },
            top_offer_pareto_index: { value: 3, unit: "dimensionless", source: "a source" },
          },
        }
        """,
        "model/pay.json5": """
        {
          schema: 1,
          sector: "pay",
          dimensions: { employer: ["closed", "academia"], level: ["mid"], equity_kind: ["lab_units", "none"],
                        vesting_schedule: ["even"], vest_year: ["year1", "year2"] },
          auxiliaries: {
            equity_price_index: { dimensions: ["equity_kind"], unit: "dimensionless", doc: "Unit prices.",
                                  elements: { lab_units: "valuation_growth ^ (time - initial(time))", none: "0" } },
            equity_realisable_index: { dimensions: ["equity_kind"], unit: "dimensionless", doc: "What a unit realises.",
                                       equation: "equity_price_index * (1 - equity_liquidity_discount) * (1 - equity_failure_probability)" },
            pay_median_total: { dimensions: ["employer", "level"], unit: "$/people/year", doc: "Median pay.",
                                equation: "pay_start * pay_growth ^ (time - initial(time))" },
            pay_p10: { dimensions: ["employer", "level"], unit: "$/people/year", doc: "P10.",
                       equation: "pay_median_total * exp(-1.2815515655446004 * pay_spread)" },
            pay_p90: { dimensions: ["employer", "level"], unit: "$/people/year", doc: "P90.",
                       equation: "pay_median_total * exp(1.2815515655446004 * pay_spread)" },
            top_offer_threshold: { equation: "top_offer_threshold_start", unit: "$/people/year", doc: "Tail." },
            top_offer_median: { equation: "top_offer_threshold * 2 ^ (1 / top_offer_pareto_index)", unit: "$/people/year", doc: "Median offer." },
            top_offer_p90: { equation: "top_offer_threshold * 10 ^ (1 / top_offer_pareto_index)", unit: "$/people/year", doc: "P90 offer." },
            usual_terms: { dimensions: ["employer"], unit: "dimensionless", doc: "Reads the employers' usual terms.",
                           equation: "sum(equity_kind_of_employer[employer, *]) + sum(employer_vesting_schedule[employer, *]) + refresh_grant_share + sum(vest_share[even, *]) + sum(equity_outcome_variance[*])" },
          },
        }
        """,
        "scenarios/fast.json5": """
        { extends: "base", name: "fast", description: "Lab units and pay grow faster.", set: { valuation_growth: 1.8, pay_growth: 1.1 } }
        """,
    ]

    static let offers = """
    {
      options: { horizon_years: 2, discount_rate: 0.1, scenarios: ["base", "fast"], runs: 30, seed: 5 },
      offers: [
        { name: "lab", employer: "closed", level: "mid", base: 200000, sign_on: 20000, equity: { dollars: 600000 }, start: "2025Q3" },
        { name: "professor", employer: "academia", level: "mid", base: 150000, bonus: 10000, start: "2025Q3", location: "Boston" },
      ],
    }
    """

    static func analysis() throws -> OfferAnalysis {
        let assumptions = try Assumptions.load(AssumptionFiles(root: "assumptions", files: files))
        let base = try CompiledScenario(Scenario.resolve("base", in: assumptions))
        let fast = try CompiledScenario(Scenario.resolve("fast", in: assumptions))
        let market = OfferMarket(base: base, dimensions: assumptions.dimensions, scenarios: assumptions.scenarioNames)
        let file = try OfferFileReader.read(Data(offers.utf8), file: "offers.json5", market: market)
        return try OfferAnalysis.run(file, compiled: [base, fast])
    }

    @Test func theValuesFollowTheMarketsPaths() throws {
        let analysis = try Self.analysis()
        let lab = analysis.offers[0], professor = analysis.offers[1]
        // Year 1: 200K base, the 20K sign-on, and at the one-year cliff half the grant (300K) at the
        // price a year on (×1.5) less the discount and failure (×0.81).
        #expect(abs(lab.scenarios[0].years[0] - (220_000 + 300_000 * 0.81 * 1.5)) < 1e-3)
        #expect(lab.scenarios[1].total > lab.scenarios[0].total)
        #expect(professor.scenarios.allSatisfy { $0.years == [160_000, 160_000] })
        #expect(professor.total == [320_000, 320_000, 320_000])
        #expect(lab.drivers.map(\.parameter) == ["valuation_growth"])
        #expect(analysis.winners.map(\.offer) == ["lab", "lab"])
    }

    @Test func snapshots() throws {
        let analysis = try Self.analysis()
        assertSnapshot(OfferOutput.table(analysis), named: "offer.txt")
        assertSnapshot(JSONWriter.write(OfferOutput.json(analysis, digest: "sha256:fixture", warnings: []), style: .pretty) + "\n",
                       named: "offer.json")
        let brief = OfferBrief(analysis)
        expectWellFormedSVG(brief.chart)
        assertSnapshot(brief.markdown, named: "offer-brief.md")
        assertSnapshot(brief.chart, named: "offer-brief.svg")
    }
}
