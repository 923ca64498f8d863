import Analysis
import Dynamics
import Scenarios
import Testing
import TestSupport

/// MODEL.md §4: the base scenario meets the calibration targets, read from the model's output.
@Suite(.serialized)
struct CalibrationTests {
    let base: RunResult

    init() throws {
        base = try RepositoryModel.run()
    }

    /// MODEL.md §4.1 states the target over 2025-2027; single years differ as installed capacity
    /// catches up with what spending pays for, but stay within Epoch AI's range widened by a half.
    @Test func closedFrontierComputeGrowsFourToFiveTimesAYear() {
        let growth = base.growthPerYear("frontier_compute_closed", from: 2025, to: 2027)
        #expect(growth >= 4 && growth <= 5, "\(growth)")
        for year in [2025.0, 2026.0] {
            let yearly = base.growthPerYear("frontier_compute_closed", from: year, to: year + 1)
            #expect(yearly >= 3 && yearly <= 6, "\(year): \(yearly)")
        }
    }

    @Test func costOfTheLargestRunGrowsTwoToThreeTimesAYear() {
        let growth = base.growthPerYear("frontier_training_cost_closed", from: 2025, to: 2027)
        #expect(growth >= 2.0 && growth <= 2.9, "\(growth)")
    }

    @Test func theFirstBillionDollarRunFallsIn2026To2028() throws {
        let spec = try #require(RepositoryModel.assumptions().report.milestones.first { $0.name == "first_1b_run" })
        let quarter = try #require(Milestones.evaluate([spec], in: base)[0].quarter)
        #expect(quarter.year >= 2026 && quarter.year <= 2028, "\(quarter)")
    }

    /// The backward lag in 2025 sits inside the evidence: Epoch AI (Nov 2024) "about 1 year on
    /// benchmarks (5-22 months)", and the Elo lags of history/benchmarks.csv, 2-5 months in 2024.
    @Test func openModelsLagTwoToTwentyTwoMonthsIn2025() {
        for time in [2025.0, 2025.25, 2025.5, 2025.75] {
            let lag = base.at("capability_lag_months", time)
            #expect(lag >= 2 && lag <= 22, "\(time): \(lag)")
        }
    }

    @Test func hardwarePricePerformanceGrowsAsTheTrend() {
        let growth = base.growthPerYear("hardware_flop_per_dollar", from: 2025, to: 2027)
        #expect(growth >= 1.25 && growth <= 1.57, "\(growth)")
    }

    @Test func theLargestRunStaysBelow3e29Through2030() {
        let through2030 = zip(base.times, base.series("frontier_compute_closed")!).filter { $0.0 < 2031 }.map(\.1)
        #expect(through2030.max()! < 3e29, "\(through2030.max()!)")
    }

    @Test func openModelsServeAFifthToTwoFifthsOfTokensIn2025() {
        for time in [2025.0, 2025.25, 2025.5, 2025.75] {
            let share = base.at("open_share_tokens", time)
            #expect(share >= 0.2 && share <= 0.4, "\(time): \(share)")
        }
    }

    @Test func talentAndPayAtTheStart() {
        #expect(abs(base.at("ml_practitioners", 2025) / 500_000 - 1) < 0.1)
        #expect(abs(base.at("software_developers", 2025) / 25_000_000 - 1) < 0.1)
        let pay = base.at("comp_closed", 2025)
        #expect(pay >= 700_000 && pay <= 1_000_000, "\(pay)")
        #expect(base.series("pay_ratio_closed_open")!.allSatisfy { $0 > 1 })
    }

    /// MODEL.md §4.8: fitted to 2020-2024, the backtest is within a factor of 2 (0.3 in log10) of
    /// the published maxima of closed and open compute and closed cost. Open cost is the known
    /// miss: its running maxima come from other models than open compute's in 2020-2022 (their
    /// FLOP per $ is flat while closed labs' rose 17-fold), which one FLOP per $ cannot follow.
    @Test func theBacktestTracksThePublishedMaxima() throws {
        let (_, scores) = try Backtest.run(RepositoryModel.assumptions())
        #expect(scores.count == 4)
        for score in scores {
            let limit = score.series == "frontier_training_cost_open" ? 0.6 : 0.3
            #expect(score.meanAbsoluteLog10Error <= limit, "\(score.series): \(score.meanAbsoluteLog10Error)")
            #expect(score.shareAtOrAbove >= 0.3, "\(score.series): \(score.shareAtOrAbove)")
        }
    }
}
