import Analysis
import Dynamics
import Scenarios
import Testing
import TestSupport

/// The arguments of the debate move the model the way they say, read from model output.
@Suite(.serialized)
struct ScenarioDirectionTests {
    let base: RunResult
    let t2030 = 2030.75

    init() throws {
        base = try RepositoryModel.run()
    }

    @Test func removingDiffusionWidensTheGap() throws {
        let without = try RepositoryModel.run("base", ["diffusion_rate": 0])
        // The fitted diffusion rate is small (its interval reaches the prior's lower bound), so the
        // gap widens by a few hundredths of an order of magnitude, not more.
        #expect(without.at("capability_gap_oom", t2030) > base.at("capability_gap_oom", t2030) + 0.02)
    }

    @Test func aLowerSponsorThresholdWidensTheGap() throws {
        let threshold = try #require(Scenario.resolve("base", in: RepositoryModel.assumptions()).scenario.parameter("sponsor_release_threshold")?.value)
        let lower = try RepositoryModel.run("base", ["sponsor_release_threshold": threshold / 4])
        #expect(lower.at("capability_gap_oom", t2030) > base.at("capability_gap_oom", t2030))
    }

    @Test func aLargerDataStockRaises2030Compute() throws {
        let stock = try #require(Scenario.resolve("base", in: RepositoryModel.assumptions()).scenario.parameter("data_stock_tokens")?.value)
        let larger = try RepositoryModel.run("base", ["data_stock_tokens": stock * 3])
        #expect(larger.at("effective_compute_closed", t2030) > base.at("effective_compute_closed", t2030))
    }

    @Test func restrictionAndRetreatLowerOpenShareAndWidenTheLag() throws {
        for scenario in ["open-restriction", "sponsor-retreat"] {
            let run = try RepositoryModel.run(scenario)
            #expect(run.at("open_share_tokens", t2030) < base.at("open_share_tokens", t2030), "\(scenario)")
            #expect(run.at("capability_lag_months", t2030) > base.at("capability_lag_months", t2030), "\(scenario)")
        }
    }

    /// Averaged over 2027-2030, the years both scenarios act on: a one-off breakthrough moves when
    /// sponsors stop releasing, so at a single date the lags can meet again.
    @Test func sovereignOpenAndEfficiencyBreakthroughNarrowTheLag() throws {
        func meanLag(_ run: RunResult) -> Double {
            let lags = zip(run.times, run.series("capability_lag_months")!).filter { $0.0 >= 2027 && $0.0 < 2031 }.map(\.1)
            return lags.reduce(0, +) / Double(lags.count)
        }
        for scenario in ["sovereign-open", "efficiency-breakthrough"] {
            let run = try RepositoryModel.run(scenario)
            #expect(meanLag(run) < meanLag(base) - 1, "\(scenario)")
        }
    }

    @Test func scalingContinuesBringsTheFirstTenBillionDollarRunEarlier() throws {
        let spec = try #require(RepositoryModel.assumptions().report.milestones.first { $0.name == "first_10b_run" })
        let scaling = try #require(Milestones.evaluate([spec], in: RepositoryModel.run("scaling-continues"))[0].quarter)
        let baseQuarter = Milestones.evaluate([spec], in: base)[0].quarter
        #expect(baseQuarter == nil || scaling < baseQuarter!, "\(scaling) vs \(String(describing: baseQuarter))")
    }

    @Test func theDataWallLowers2030EffectiveCompute() throws {
        let wall = try RepositoryModel.run("data-wall")
        #expect(wall.at("effective_compute_closed", t2030) < base.at("effective_compute_closed", t2030))
    }

    @Test func multiModelRaisesTheLongTailOpenShare() throws {
        let multi = try RepositoryModel.run("multi-model")
        #expect(multi.at("open_share_long_tail", t2030) > base.at("open_share_long_tail", t2030))
    }

    @Test func cuttingRevenueReinvestmentLowers2030Compute() throws {
        let cut = try RepositoryModel.run("base", ["revenue_reinvestment_share": 0])
        #expect(cut.at("frontier_compute_closed", t2030) < base.at("frontier_compute_closed", t2030))
    }

    @Test func higherClosedLabPayElasticityRaisesThePayRatio() throws {
        let elastic = try RepositoryModel.run("base", ["pay_elasticity[closed]": 1.2])
        #expect(elastic.at("pay_ratio_closed_open", t2030) > base.at("pay_ratio_closed_open", t2030))
    }

    @Test func moreCommunityContributorsNarrowTheLag() throws {
        let more = try RepositoryModel.run("base", ["contributor_join_rate": 0.2])
        #expect(more.at("capability_lag_months", t2030) < base.at("capability_lag_months", t2030))
    }

    @Test func sponsorRetreatMovesResearchersOutOfOpenLabs() throws {
        let retreat = try RepositoryModel.run("sponsor-retreat")
        #expect(retreat.at("researchers_open", t2030) < base.at("researchers_open", t2030) * 0.9)
    }
}
