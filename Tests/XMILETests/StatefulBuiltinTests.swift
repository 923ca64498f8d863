import Foundation
import Testing
import Dynamics
import XMILE

/// SMTH1, SMTH3, SMTHN, DELAY1, DELAY3, DELAYN, TREND, FORCST, INIT and PREVIOUS, imported
/// from XMILE text and compared with their closed forms (XMILE 1.0 §3.5.3, §3.5.6).
struct StatefulBuiltinTests {
    @Test func smth1UnderEulerFollowsItsRecurrenceExactly() throws {
        // S(n+1) = S(n) + dt·(1 − S(n))/τ from 0: S(n) = 1 − (1 − dt/τ)^n.
        let results = try simulate(xmile("""
            <aux name="smoothed"><eqn>SMTH1(1, 2, 0)</eqn></aux>
            """, stop: 5, dt: 0.25))
        for (n, value) in results.values("smoothed").enumerated() {
            #expect(abs(value - (1 - pow(1 - 0.25 / 2, Double(n)))) < 1e-12, "step \(n)")
        }
    }

    @Test func smth1StartsAtItsInputWithoutAnInitialValue() throws {
        let results = try simulate(xmile("""
            <aux name="smoothed"><eqn>SMTH1(5 + TIME, 1)</eqn></aux>
            """, stop: 1, dt: 0.25))
        #expect(results.values("smoothed")[0] == 5)
    }

    @Test func smth3OfAStepIsTheErlangResponse() throws {
        // Three stages of τ/3 from 4 towards 10: 10 − 6·e^(−u)(1 + u + u²/2), u = 3t/τ.
        let results = try simulate(xmile("""
            <aux name="smoothed"><eqn>SMTH3(10, 6, 4)</eqn></aux>
            """, stop: 12, dt: 1.0 / 64, method: "rk4"))
        for (t, value) in zip(results.times, results.values("smoothed")) {
            let u = 3 * t / 6
            #expect(abs(value - (10 - 6 * exp(-u) * (1 + u + u * u / 2))) < 1e-7, "t = \(t)")
        }
    }

    @Test func smthnTakesItsOrderFromAConstant() throws {
        // n stages of τ/n: 10 − 6·e^(−u)·Σ_{k<n} u^k/k!, u = n·t/τ.
        let results = try simulate(xmile("""
            <aux name="order"><eqn>4</eqn></aux>
            <aux name="smoothed"><eqn>SMTHN(10, 8, order, 4)</eqn></aux>
            """, stop: 16, dt: 1.0 / 64, method: "rk4"))
        for (t, value) in zip(results.times, results.values("smoothed")) {
            let u = 4 * t / 8
            let partial = (0..<4).reduce(0.0) { sum, k in sum + pow(u, Double(k)) / Double((1...max(k, 1)).reduce(1, *)) }
            #expect(abs(value - (10 - 6 * exp(-u) * partial)) < 1e-7, "t = \(t)")
        }
    }

    @Test func theOrderIsItsValueAtTheStart() throws {
        // As Vensim and PySD do: an order of 2 + STEP(1, 10) is 2 for the whole run.
        let results = try simulate(xmile("""
            <aux name="order"><eqn>2 + STEP(1, 10)</eqn></aux>
            <aux name="delayed"><eqn>DELAYN(10, 8, order, 4)</eqn></aux>
            """, stop: 16, dt: 1.0 / 64, method: "rk4"))
        for (t, value) in zip(results.times, results.values("delayed")) {
            let u = 2 * t / 8
            #expect(abs(value - (10 - 6 * exp(-u) * (1 + u))) < 1e-7, "t = \(t)")
        }
    }

    @Test func theOrderIsTheEnginesStartValueOfWhatItReads() throws {
        // A stock's initial value and another delay's start value: the model compiled at its start.
        let results = try simulate(xmile("""
            <stock name="stages"><eqn>1 + 1</eqn><inflow>more</inflow></stock>
            <flow name="more"><eqn>1</eqn></flow>
            <aux name="held"><eqn>DELAYN(TIME, 4, 1, 1)</eqn></aux>
            <aux name="delayed"><eqn>DELAYN(10, 8, stages * held, 4)</eqn></aux>
            """, stop: 16, dt: 1.0 / 64, method: "rk4"))
        for (t, value) in zip(results.times, results.values("delayed")) {
            let u = 2 * t / 8
            #expect(abs(value - (10 - 6 * exp(-u) * (1 + u))) < 1e-7, "t = \(t)")
        }
    }

    @Test func delay1OfAStepUnderEulerFollowsItsRecurrence() throws {
        // Stock from 0·τ, inflow 1, outflow S/τ: output(n) = 1 − (1 − dt/τ)^n.
        let results = try simulate(xmile("""
            <aux name="delayed"><eqn>DELAY1(1, 4, 0)</eqn></aux>
            """, stop: 6, dt: 0.5))
        for (n, value) in results.values("delayed").enumerated() {
            #expect(abs(value - (1 - pow(1 - 0.5 / 4, Double(n)))) < 1e-12, "step \(n)")
        }
    }

    @Test func delay3StartsAtItsInitialOutputAndApproachesItsInput() throws {
        let results = try simulate(xmile("""
            <aux name="delayed"><eqn>DELAY3(10, 6, 4)</eqn></aux>
            <aux name="constant"><eqn>DELAY3(7, 2)</eqn></aux>
            """, stop: 12, dt: 1.0 / 64, method: "rk4"))
        for (t, value) in zip(results.times, results.values("delayed")) {
            let u = 3 * t / 6
            #expect(abs(value - (10 - 6 * exp(-u) * (1 + u + u * u / 2))) < 1e-7, "t = \(t)")
        }
        #expect(results.values("constant").allSatisfy { abs($0 - 7) < 1e-12 })
    }

    @Test func delaynConservesWhatEntersIt() throws {
        // A pulse of 12 enters a 5th-order delay; by t = 60 all of it has come out.
        let results = try simulate(xmile("""
            <stock name="arrived"><eqn>0</eqn><inflow>leaving</inflow></stock>
            <flow name="leaving"><eqn>DELAYN(PULSE(12, 1), 4, 5, 0)</eqn></flow>
            """, stop: 60, dt: 0.125))
        #expect(abs(results.values("arrived").last! - 12) < 1e-9)
    }

    @Test func trendOfExponentialGrowthIsItsRate() throws {
        // With initial trend g the average stays at x/(1 + g·τ), so TREND = g throughout.
        let results = try simulate(xmile("""
            <aux name="input"><eqn>100 * EXP(0.1 * TIME)</eqn></aux>
            <aux name="growth"><eqn>TREND(input, 3, 0.1)</eqn></aux>
            <aux name="forecast"><eqn>FORCST(input, 3, 2, 0.1)</eqn></aux>
            """, stop: 10, dt: 1.0 / 128, method: "rk4"))
        for (k, t) in results.times.enumerated() {
            #expect(abs(results.values("growth")[k] - 0.1) < 1e-8, "t = \(t)")
            #expect(abs(results.values("forecast")[k] - 100 * exp(0.1 * t) * 1.2) < 1e-5, "t = \(t)")
        }
    }

    @Test func trendWithoutInitialTrendStartsAtZero() throws {
        // A(0) = x(0): A = x0·e^(gt)/(1 + gτ) + x0·gτ/(1 + gτ)·e^(−t/τ); TREND = (x − A)/(A·τ).
        let results = try simulate(xmile("""
            <aux name="growth"><eqn>TREND(50 * EXP(0.2 * TIME), 2)</eqn></aux>
            """, stop: 10, dt: 1.0 / 128, method: "rk4"))
        for (t, value) in zip(results.times, results.values("growth")) {
            let x = 50 * exp(0.2 * t)
            let average = 50 * exp(0.2 * t) / 1.4 + 50 * 0.4 / 1.4 * exp(-t / 2)
            #expect(abs(value - (x - average) / (average * 2)) < 1e-8, "t = \(t)")
        }
    }

    @Test func trendOfANegativeSeriesFollowsTheXMILEFormula() throws {
        // (input − A)/(A·τ) keeps the sign of the growth rate when both are negative.
        let results = try simulate(xmile("""
            <aux name="growth"><eqn>TREND(-100 * EXP(0.1 * TIME), 3, 0.1)</eqn></aux>
            """, stop: 5, dt: 1.0 / 128, method: "rk4"))
        #expect(results.values("growth").allSatisfy { abs($0 - 0.1) < 1e-8 })
    }

    @Test func xmileTrendOfANegativeAverageIsTheEngineTrendWithItsSign() throws {
        // XMILE 1.0 §3.5.3 divides by average·τ: a constant −2 with initial trend 0.1 starts the
        // average at −2/1.1, so TREND starts at (−2 + 2/1.1) / (−2/1.1) = 0.1, where the
        // engine's trend (Vensim's, dividing by τ·|average|) gives −0.1.
        let results = try simulate(xmile("""
            <aux name="growth"><eqn>TREND(-2, 1, 0.1)</eqn></aux>
            """, stop: 1, dt: 0.25))
        #expect(abs(results.values("growth")[0] - 0.1) < 1e-12)
    }

    @Test func trendOfZeroIsZero() throws {
        let results = try simulate(xmile("<aux name=\"growth\"><eqn>TREND(0, 3)</eqn></aux>", stop: 2))
        #expect(results.values("growth").allSatisfy { $0 == 0 })
    }

    @Test func initHoldsTheStartValueAndPreviousLagsOneStep() throws {
        let results = try simulate(xmile("""
            <aux name="clock"><eqn>TIME + 5</eqn></aux>
            <aux name="at start"><eqn>INIT(clock)</eqn></aux>
            <aux name="before"><eqn>PREVIOUS(clock, -1)</eqn></aux>
            """, stop: 2, dt: 0.5))
        #expect(results.values("at start").allSatisfy { $0 == 5 })
        #expect(results.values("before") == [-1, 5, 5.5, 6, 6.5])
    }
}
