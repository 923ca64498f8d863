import Foundation
import Scenarios
import Testing
import TestSupport

/// Pay by employer × level × component: the starting medians agree with the shared pay data
/// (assumptions/history/pay.csv and pay_ranges.csv), rise with level at every employer, add up
/// to the total, and keep `comp` as the mid level's median total.
struct PayStructureTests {
    static let employers = ["closed", "open", "big_tech", "applied", "academia"]
    static let levels = ["early", "mid", "senior", "staff", "principal"]
    /// z of the 75th percentile of the standard normal.
    static let z75 = 0.6744897501960817

    static func start(_ series: String) throws -> Double {
        let result = try CompiledScenario(Scenario.resolve("base", in: RepositoryModel.assumptions())).run()
        return try #require(result.series(series)?.first, "no \(series)")
    }

    /// A cell with a published range: its median lies inside it.
    @Test(arguments: [
        // pay_ranges.csv 2023-07, Rora via TechCrunch: closed labs' new researchers (L3-L4), total.
        ("closed", "early", 700_000.0, 900_000.0),
        ("closed", "mid", 700_000.0, 900_000.0),
    ])
    func medianInsidePublishedRange(employer: String, level: String, low: Double, high: Double) throws {
        let median = try Self.start("pay_median_total[\(employer),\(level)]")
        #expect(median >= low && median <= high, "\(employer) \(level): \(median)")
    }

    /// A cell with a published median: the published figure lies inside the model's
    /// interquartile band of the cell (median × exp(±z75 × spread)).
    @Test(arguments: [
        // pay.csv 2023-04, Levels.fyi 2023 mid-year report: applied L3, L4, L5; 2024-04 Quartz: applied L6.
        ("applied", "early", 274_200.0),
        ("applied", "mid", 385_850.0),
        ("applied", "senior", 584_250.0),
        ("applied", "staff", 680_500.0),
        // pay.csv 2023-04 Levels.fyi closed L6; 2023-07 BestHub closed L7.
        ("closed", "staff", 925_000.0),
        ("closed", "principal", 925_000.0),
        // pay.csv 2024-03 Levels.fyi via VnExpress: Amazon ML engineer, L5 senior.
        ("big_tech", "senior", 427_500.0),
    ])
    func publishedMedianInsideInterquartileBand(employer: String, level: String, observed: Double) throws {
        let median = try Self.start("pay_median_total[\(employer),\(level)]")
        let base = try Scenario.resolve("base", in: RepositoryModel.assumptions()).scenario
        let spread = try #require(base.parameter("pay_spread[\(employer)]")?.value, "no pay_spread[\(employer)]")
        let p25 = median * exp(-Self.z75 * spread), p75 = median * exp(Self.z75 * spread)
        #expect(observed >= p25 && observed <= p75, "\(employer) \(level): \(observed) outside \(p25)...\(p75)")
    }

    @Test func mediansRiseWithLevelAtEveryEmployer() throws {
        let result = try CompiledScenario(Scenario.resolve("base", in: RepositoryModel.assumptions())).run()
        for employer in Self.employers {
            let medians = try Self.levels.map { try #require(result.series("pay_median_total[\(employer),\($0)]")?.first) }
            for (lower, higher) in zip(medians, medians.dropFirst()) { #expect(higher > lower, "\(employer): \(medians)") }
        }
    }

    /// The closed labs' component weights are fitted (calibration.json5) to OpenAI's Levels.fyi
    /// median; the equity share they give lies between the two published OpenAI packages
    /// (pay.csv rows 2023-06: an offer of 500000 equity in 800000, the median 625000 in 925000).
    @Test func closedEquityShareLiesBetweenThePublishedPackages() throws {
        let equity = try Self.start("pay_median[closed,staff,equity]"), total = try Self.start("pay_median_total[closed,staff]")
        #expect(equity / total >= 500_000.0 / 800_000 && equity / total <= 625_000.0 / 925_000, "\(equity / total)")
    }

    /// Components add up to the total, and comp is the mid level's median total, at every saved time.
    @Test func componentsAddUpAndCompIsTheMidLevel() throws {
        let result = try CompiledScenario(Scenario.resolve("scaling-continues", in: RepositoryModel.assumptions())).run()
        for employer in Self.employers {
            let comp = try #require(result.series("comp[\(employer)]"))
            let mid = try #require(result.series("pay_median_total[\(employer),mid]"))
            for k in comp.indices { #expect(abs(comp[k] - mid[k]) <= 1e-9 * comp[k]) }
            for level in Self.levels {
                let total = try #require(result.series("pay_median_total[\(employer),\(level)]"))
                let parts = try ["base", "bonus", "equity"].map { try #require(result.series("pay_median[\(employer),\(level),\($0)]")) }
                for k in total.indices {
                    #expect(abs(parts.map { $0[k] }.reduce(0, +) - total[k]) <= 1e-9 * total[k], "\(employer) \(level)")
                }
            }
        }
        // The lognormal band: P10 × P90 = median².
        let p10 = try Self.start("pay_p10[open,staff]"), p90 = try Self.start("pay_p90[open,staff]")
        let median = try Self.start("pay_median_total[open,staff]")
        #expect(abs(p10 * p90 - median * median) <= 1e-9 * median * median && p10 < median && median < p90)
        // Academia pays no equity.
        #expect(try Self.start("pay_median[academia,senior,equity]") == 0)
    }
}

/// Lab units are marked to the closed labs' valuation: revenue to a power, at a multiple that
/// e-folds with revenue growth (the closed form of equity_price_index[lab_units]).
struct LabValuationTests {
    @Test func labUnitsFollowRevenueAndItsGrowth() throws {
        let assumptions = try RepositoryModel.assumptions()
        let scenario = try Scenario.resolve("base", in: assumptions).scenario
        let result = try CompiledScenario(scenario).run()
        let elasticity = try #require(scenario.parameter("lab_valuation_revenue_elasticity")?.value)
        let response = try #require(scenario.parameter("lab_valuation_growth_response")?.value)
        #expect(response == 0.8)
        let index = try #require(result.series("equity_price_index[lab_units]"))
        let revenue = try #require(result.series("closed_revenue"))
        let growth = try #require(result.series("closed_revenue_growth"))
        for k in [0, 8, 20, index.count - 1] {
            let expected = pow(revenue[k] / revenue[0], elasticity) * exp(response * (growth[k] - growth[0]))
            #expect(abs(index[k] / expected - 1) < 1e-12, "at \(result.times[k])")
        }
        // Growth does move: by the end it has changed by more than a tenth of a unit.
        #expect(abs(growth.last! - growth[0]) > 0.1)
    }

    @Test func equityIsPricedAtTheLastLiquidityEventAndHeld() throws {
        let scenario = try Scenario.resolve("base", in: RepositoryModel.assumptions()).scenario
        let dt = scenario.settings.dt
        let result = try CompiledScenario(scenario).run(saveEvery: dt)
        for kind in ["lab_units", "public_stock"] {
            let interval = try #require(scenario.parameter("equity_liquidity_interval[\(kind)]")?.value)
            let price = try #require(result.series("equity_price_index[\(kind)]"))
            let held = try #require(result.series("equity_liquidity_price[\(kind)]"))
            var last = price[0]
            var events = 0
            for k in price.indices {
                // An event at the step nearest each multiple of the interval from the start.
                if (Double(k) * dt + dt / 2).truncatingRemainder(dividingBy: interval) < dt {
                    last = price[k]
                    events += 1
                }
                #expect(held[k] == last, "\(kind) at step \(k)")
            }
            #expect(events == Int((Double(price.count - 1) * dt / interval).rounded(.down)) + 1, "\(kind)")
        }
    }
}
