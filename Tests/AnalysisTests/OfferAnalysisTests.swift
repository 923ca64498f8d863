import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing
import TestSupport

/// Offers valued on the repository's model: closed-lab equity follows closed revenue, an
/// academic offer depends on no valuation, and the Monte Carlo is the same for the same seed.
struct OfferAnalysisTests {
    static let assumptions = try! RepositoryModel.assumptions()

    static func compiled(_ name: String, _ overrides: [String: Double] = [:]) throws -> CompiledScenario {
        try CompiledScenario(Scenario.resolve(name, in: assumptions, overrides: overrides.map { Override(name: $0.key, value: $0.value) }).scenario)
    }

    static func file(scenarios: [String], runs: Int = 40, seed: UInt64 = 1) throws -> OfferFile {
        let base = try compiled("base")
        let market = OfferMarket(base: base, dimensions: assumptions.dimensions, scenarios: assumptions.scenarioNames)
        let scenarioList = scenarios.map { "\"\($0)\"" }.joined(separator: ", ")
        return try OfferFileReader.read(Data("""
        {
          options: { scenarios: [\(scenarioList)], runs: \(runs), seed: \(seed) },
          offers: [
            { name: "lab", employer: "closed", level: "mid", base: 300000, equity: { dollars: 2000000 }, start: "2026Q1" },
            { name: "professor", employer: "academia", level: "mid", base: 160000, bonus: 25000, start: "2026Q1" },
          ],
        }
        """.utf8), file: "offers.json5", market: market)
    }

    @Test func closedLabEquityIsWorthMoreWhereClosedRevenueGrowsFaster() throws {
        let names = Self.assumptions.scenarioNames
        var growth: [String: Double] = [:]
        for name in names {
            let result = try Self.compiled(name).run(saveEvery: 0.25)
            growth[name] = result.growthPerYear("closed_revenue", from: 2026, to: 2030)
        }
        let fastest = names.max { growth[$0]! < growth[$1]! }!, slowest = names.min { growth[$0]! < growth[$1]! }!
        #expect(growth[fastest]! > growth[slowest]! * 1.01, "scenarios should differ in closed revenue growth")
        let file = try Self.file(scenarios: [slowest, fastest], runs: 4)
        let analysis = try OfferAnalysis.run(file, compiled: [try Self.compiled(slowest), try Self.compiled(fastest)])
        let lab = analysis.offers[0]
        #expect(lab.scenarios[1].total > lab.scenarios[0].total, "\(fastest) grows closed revenue faster than \(slowest)")
        // The base and bonus are the same in both: the difference is all equity.
        #expect(lab.scenarios[1].years[0] >= lab.scenarios[0].years[0])
    }

    @Test func anAcademicOfferDependsOnNoValuation() throws {
        let file = try Self.file(scenarios: ["base", "sponsor-retreat"], runs: 30)
        let analysis = try OfferAnalysis.run(file, compiled: [try Self.compiled("base"), try Self.compiled("sponsor-retreat")])
        let professor = analysis.offers[1]
        // 185K a year for four years, in every scenario and every run.
        for scenario in professor.scenarios {
            #expect(scenario.years == [185_000, 185_000, 185_000, 185_000])
            #expect(scenario.total == 740_000)
        }
        #expect(professor.total == [740_000, 740_000, 740_000])
        #expect(professor.drivers.isEmpty)
        // Steeper lab valuations move the lab's offer and leave the professor's alone.
        let steep = try OfferAnalysis.run(file, compiled: [try Self.compiled("base", ["lab_valuation_revenue_elasticity": 1.2]),
                                                           try Self.compiled("sponsor-retreat")])
        #expect(steep.offers[1].scenarios[0].total == 740_000)
        #expect(steep.offers[0].scenarios[0].total > analysis.offers[0].scenarios[0].total)
        #expect(analysis.offers[0].drivers.contains { $0.parameter == "lab_valuation_revenue_elasticity" })
    }

    /// The same package in London sits against the cell's band scaled by London's factor
    /// (Levels.fyi's 2023 city medians: 117000 over the Bay Area's 249000, base.json5), so it sits
    /// higher in it (a place is matched whatever its case); the tail of exceptional offers does not move.
    @Test func aLocationScalesTheMarketBand() throws {
        let base = try Self.compiled("base")
        let market = OfferMarket(base: base, dimensions: Self.assumptions.dimensions, scenarios: Self.assumptions.scenarioNames)
        #expect(market.locationFactor["london"] == 0.47 && market.locationFactor["bay_area"] == 1)
        let file = try OfferFileReader.read(Data("""
        { options: { scenarios: ["base"], runs: 4 },
          offers: [
            { name: "here", employer: "big_tech", level: "senior", base: 250000, bonus: 30000, start: "2026Q1" },
            { name: "london", employer: "big_tech", level: "senior", base: 250000, bonus: 30000, start: "2026Q1", location: "London" },
          ] }
        """.utf8), file: "offers.json5", market: market)
        let analysis = try OfferAnalysis.run(file, compiled: [base])
        let here = analysis.offers[0].bandAtStart, london = analysis.offers[1].bandAtStart
        #expect(abs(london.median / here.median - 0.47) < 1e-12 && abs(london.p90 / here.p90 - 0.47) < 1e-12)
        #expect(london.percentile > here.percentile)
        // Φ(ln(value / median) / spread) against the scaled median.
        let spread = try #require(base.scenario.parameter("pay_spread[big_tech]")?.value)
        #expect(abs(london.percentile - StandardNormal.cdf(log(280_000 / london.median) / spread)) < 1e-12)
        #expect(analysis.offers[0].scenarios[0].total == analysis.offers[1].scenarios[0].total)
    }

    @Test func theMonteCarloIsTheSameForTheSameSeed() throws {
        let compiled = [try Self.compiled("base")]
        let first = try OfferAnalysis.run(try Self.file(scenarios: ["base"], seed: 7), compiled: compiled)
        let again = try OfferAnalysis.run(try Self.file(scenarios: ["base"], seed: 7), compiled: compiled)
        let other = try OfferAnalysis.run(try Self.file(scenarios: ["base"], seed: 8), compiled: compiled)
        #expect(first.offers[0].total == again.offers[0].total)
        #expect(first.pairs[0].firstWins == again.pairs[0].firstWins)
        #expect(first.offers[0].total != other.offers[0].total)
        // The lab beats the professor in nearly every run; its cash alone is worth more, so no equity growth evens them.
        #expect(first.pairs[0].firstWins > 0.8)
        #expect(first.pairs[0].breakEvenOffer == "lab")
        #expect(first.pairs[0].breakEvenGrowth == nil)
    }
}
