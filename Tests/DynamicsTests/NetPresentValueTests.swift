import Foundation
import Testing
import Dynamics
import TestSupport

/// `npv` to Vensim's definition of NPV: `(A + stream·dt·D)·factor` with `A = ∫ stream·D` from
/// the initial value and `D′ = −D·rate / (1 + rate·dt)` from 1. Under Euler D after n steps is
/// (1 + rate·dt)^−n, so NPV(n) = (initial + dt·Σₖ≤ₙ streamₖ·(1 + rate·dt)^−k)·factor.
struct NetPresentValueTests {
    @Test func discountsEachStepByOnePlusRateTimesDt() throws {
        let result = try simulate([.auxiliary("value", "npv(100, 0.1, 5, 2)")], to: 10, dt: 0.5, method: .euler)
        var sum = 0.0
        for n in 0...20 {
            sum += 100 * pow(1 + 0.1 * 0.5, -Double(n))
            #expect(relativeError(result.series("value")![n], (5 + 0.5 * sum) * 2) < 1e-12, "step \(n)")
        }
    }

    @Test func initialValueAndFactorDefaultToZeroAndOne() throws {
        let result = try simulate([
            .auxiliary("short", "npv(time, 0.05)"),
            .auxiliary("long", "npv(time, 0.05, 0, 1)"),
        ], to: 5, dt: 1, method: .euler)
        #expect(result.series("short")! == result.series("long")!)
        #expect(result.series("short")![0] == 0)
        #expect(relativeError(result.series("short")![2], 1 / 1.05 + 2 / (1.05 * 1.05)) < 1e-12)
    }

    @Test func reproducesVensimsRunOfAnInvestment() throws {
        // SDEverywhere's npv model: 100 invested at t = 12, 3 a month after, 10% a year.
        let result = try simulate([
            .auxiliary("stream", "-100 / dt * pulse(12, dt) + step(3, 12)"),
            .auxiliary("value", "npv(stream, 10 / 12 / 100, 0, 1)"),
        ], to: 100, dt: 1, method: .euler)
        let vensim: [(Int, Double)] = [(11, 0), (12, -87.8056), (13, -85.1124), (49, -1.647), (50, 0.334138), (58, 15.605)]
        for (t, value) in vensim {
            #expect(abs(result.series("value")![t] - value) <= 1e-4 * abs(value) + 1e-6, "t = \(t)")
        }
    }
}
