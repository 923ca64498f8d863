import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing
import TestSupport

/// The mechanisms of the model's second version, each checked on its own against what its
/// equations must give: capacity built over a lead time and retired at the end of its life,
/// distillation that closes a share of the gap and never passes the teacher, a release switch
/// with hysteresis, and a backward lag read from the run's own history.
@Suite(.serialized)
struct MechanismTests {
    static func parameter(_ name: String) throws -> Double {
        try #require(Scenario.resolve("base", in: RepositoryModel.assumptions()).scenario.parameter(name)?.value)
    }

    /// With no training spending nothing is ordered, so installed capacity only retires:
    /// K(t) = K₀·exp(−(t − t₀)/lifetime), the analytic solution of dK/dt = −K/lifetime.
    @Test func capacityRetiresAtTheEndOfItsLife() throws {
        let run = try RepositoryModel.run("base", ["training_compute_share": 0])
        let lifetime = try Self.parameter("hardware_lifetime")
        let start = run.times[0], k0 = run.at("training_capacity", start)
        #expect(run.at("capacity_under_construction", start) == 0)
        for time in [2026.0, 2028.5, 2032.0] {
            let expected = k0 * exp(-(time - start) / lifetime)
            #expect(abs(run.at("training_capacity", time) / expected - 1) < 1e-6, "\(time)")
        }
    }

    /// The repository's assumptions plus one scenario that doubles the training share of compute
    /// spending from 2027Q1, with the given overrides.
    static func shock(_ overrides: [String: Double]) throws -> (shocked: RunResult, base: RunResult) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("capacity-shock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: RepositoryModel.directory, toPath: folder.path)
        let share = try parameter("training_compute_share")
        try """
        { schema: 1, extends: "base", name: "capacity-shock", description: "Training spending doubles in 2027Q1.",
          events: [{ at: "2027Q1", set: { training_compute_share: \(2 * share) } }] }
        """.write(to: folder.appendingPathComponent("scenarios/capacity-shock.json5"), atomically: true, encoding: .utf8)
        let assumptions = try Assumptions.load(AssumptionFiles.read(directory: folder.path))
        func run(_ name: String) throws -> RunResult {
            try CompiledScenario(Scenario.resolve(name, in: assumptions, overrides: overrides.map { Override(name: $0.key, value: $0.value) }).scenario).run()
        }
        return (try run("capacity-shock"), try run("base"))
    }

    /// Capacity comes into service a lead time after it is ordered: after spending steps up, the
    /// capacity wanted jumps at once while installed capacity follows over the lead and
    /// adjustment times, later with a longer lead time.
    @Test func capacityFollowsSpendingAfterItsLeadTime() throws {
        func followed(_ lead: Double, at time: Double) throws -> Double {
            let (shocked, base) = try Self.shock(["capacity_lead_time": lead])
            let wanted = shocked.at("desired_training_capacity", time) / base.at("desired_training_capacity", time) - 1
            let installed = shocked.at("training_capacity", time) / base.at("training_capacity", time) - 1
            return installed / wanted
        }
        // A quarter after the step, installed capacity has made up a small part of the jump in
        // wanted capacity, and less the longer the lead time (a third-order delay has almost no
        // immediate response). Later both runs meet the power and chip ceiling, so the ratio is
        // read early only.
        let short = try followed(0.5, at: 2027.25), medium = try followed(1, at: 2027.25), long = try followed(2, at: 2027.25)
        #expect(medium < 0.25)
        #expect(long < medium && medium < short, "\(long) \(medium) \(short)")
        #expect(try followed(1, at: 2027.75) > medium)
    }

    /// Distillation closes `reach` of the gap in orders of magnitude: the gap after it is
    /// (1 − reach) × the gap in own effective compute, so open approaches and never passes closed.
    @Test(arguments: [0.0, 0.3, 0.6])
    func distillationClosesAShareOfTheGapAndNeverPasses(_ reach: Double) throws {
        let run = try RepositoryModel.run("base", ["distillation_reach": reach])
        let own = try #require(run.series("own_gap_oom")), gap = try #require(run.series("capability_gap_oom"))
        #expect(own.contains { $0 > 0 })
        for (k, ownGap) in own.enumerated() where ownGap > 0 {
            #expect(abs(gap[k] - (1 - reach) * ownGap) < 1e-9, "\(run.times[k])")
            #expect(gap[k] > 0)
        }
    }

    /// The big-tech sponsor stops releasing once a frontier-class run costs more than
    /// release_stop_ratio × its limit and resumes only below release_resume_ratio; between the two
    /// it keeps what it did. A limit that starts low and grows fast sends the ratio up past the
    /// stop, then back down through the band and below the resume threshold.
    @Test func theReleaseSwitchHasHysteresis() throws {
        let run = try RepositoryModel.run("base", ["sponsor_release_threshold": 3e8, "sponsor_threshold_growth": 3])
        let stop = try Self.parameter("release_stop_ratio"), resume = try Self.parameter("release_resume_ratio")
        let ratio = try #require(run.series("release_cost_ratio[big_tech]"))
        let decision = try #require(run.series("release_decision[big_tech]"))
        let releasing = try #require(run.series("releasing[big_tech]"))
        var offInBand = false, resumed = false
        for k in run.times.indices {
            if ratio[k] > stop { #expect(decision[k] == 0, "\(run.times[k])") }
            if ratio[k] < resume { #expect(decision[k] == 1, "\(run.times[k])") }
            if ratio[k] > resume && ratio[k] < stop {
                // Inside the band the decision repeats the present state.
                #expect(decision[k] == (releasing[k] >= 0.5 ? 1 : 0), "\(run.times[k])")
                if releasing[k] < 1e-3, ratio[..<k].contains(where: { $0 > stop }) { offInBand = true }
            }
            if ratio[k] < resume, releasing[k] > 0.99 { resumed = true }
        }
        #expect(offInBand, "the ratio should fall back into the band while the sponsor stays closed")
        #expect(resumed)
    }

    /// The backward lag is how long ago closed capability stood at open's current level: read
    /// back from the run's own closed capability (linear between quarters; before the start, the
    /// straight line at the pre-start pace), closed capability `lag` earlier equals open's now.
    @Test func theBackwardLagReadsTheRunsOwnHistory() throws {
        let run = try RepositoryModel.run()
        let closed = try #require(run.series("capability[closed]")), open = try #require(run.series("capability[open]"))
        let lags = try #require(run.series("capability_lag_months"))
        let pace = try #require(run.series("closed_capability_pace_before_start"))[0]
        let start = run.times[0]
        func closedCapability(at time: Double) -> Double {
            if time <= start { return closed[0] - pace * (start - time) }
            let upper = run.times.firstIndex { $0 >= time }!
            let fraction = (time - run.times[upper - 1]) / (run.times[upper] - run.times[upper - 1])
            return closed[upper - 1] + fraction * (closed[upper] - closed[upper - 1])
        }
        var checked = 0
        for k in run.times.indices where lags[k] > 0 && lags[k] < 119 {
            let then = run.times[k] - lags[k] / 12
            #expect(abs(closedCapability(at: then) - open[k]) < 1e-6 * abs(open[k]), "\(run.times[k])")
            checked += 1
        }
        #expect(checked > 20)
        // Open at or above closed: no lag.
        let even = try RepositoryModel.run("base", ["distillation_reach": 0, "algorithmic_efficiency_start[open]": 20])
        #expect(even.at("capability_lag_months", even.times[0]) == 0)
    }
}
