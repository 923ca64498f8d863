import Foundation
import Testing
import Dynamics
import TestSupport

/// Smooths, delays, trend, initial and previous against closed forms and conservation.
struct StatefulBuiltinTests {
    @Test func smoothOfAStepApproachesOneExponentially() throws {
        // Input 1 from t = 0, smooth starting at 0: 1 − e^(−t/τ).
        let result = try simulate([.auxiliary("s", "smooth(step(1, 0), 2, 0)")], to: 10, dt: 1.0 / 32, saveEvery: 0.5)
        for (t, s) in zip(result.times, result.series("s")!) {
            #expect(abs(s - (1 - exp(-t / 2))) < 1e-8, "t = \(t)")
        }
    }

    @Test func smooth3OfAStepMatchesTheErlangResponse() throws {
        // Three stages of τ/3: 1 − e^(−u)(1 + u + u²/2), u = 3t/τ.
        let result = try simulate([.auxiliary("s", "smooth3(1, 3, 0)")], to: 10, dt: 1.0 / 32, saveEvery: 1)
        for (t, s) in zip(result.times, result.series("s")!) {
            let u = t
            #expect(abs(s - (1 - exp(-u) * (1 + u + u * u / 2))) < 1e-7, "t = \(t)")
        }
    }

    @Test func smoothStartsAtItsInput() throws {
        let result = try simulate([.auxiliary("s", "smooth(5 + time, 1)")], to: 1, dt: 0.25)
        #expect(result.series("s")![0] == 5)
    }

    @Test func delay1OfAConstantIsThatConstant() throws {
        let result = try simulate([.auxiliary("d", "delay1(7, 2)")], to: 5, dt: 0.25)
        #expect(result.series("d")!.allSatisfy { abs($0 - 7) < 1e-12 })
    }

    @Test func delay3ConservesMaterialInAClosedSystem() throws {
        // 100 units leave upstream and arrive downstream through a third-order delay; what is
        // in transit is never negative and everything arrives.
        let closed = try simulate([
            .stock("upstream", initial: "100", outflows: ["shipped"]),
            .flow("shipped", "upstream / 2"),
            .stock("downstream", initial: "0", inflows: ["received"]),
            .flow("received", "delay3(shipped, 4, 0)"),
            .auxiliary("in_transit", "100 - upstream - downstream"),
        ], to: 60, dt: 1.0 / 16, saveEvery: 1)
        #expect(closed.series("in_transit")!.allSatisfy { $0 >= -1e-9 })
        #expect(abs(closed.series("downstream")!.last! - 100) < 1e-6)
    }

    @Test func delay3MaterialBalanceIsExact() throws {
        // entered = left + in transit, where in transit is integrated separately.
        let result = try simulate([
            .stock("entered", initial: "0", inflows: ["input"]),
            .flow("input", "5 + 3 * sin(time)"),
            .stock("left", initial: "0", inflows: ["output"]),
            .flow("output", "delay3(input, 2, 0)"),
            .stock("transit", initial: "0", inflows: ["input_copy"], outflows: ["output_copy"]),
            .flow("input_copy", "input"),
            .flow("output_copy", "output"),
        ], to: 15, dt: 1.0 / 16, saveEvery: 1)
        let entered = result.series("entered")!, left = result.series("left")!, transit = result.series("transit")!
        for k in result.times.indices {
            #expect(abs(entered[k] - left[k] - transit[k]) < 1e-9)
        }
        // Material is in transit once input has started.
        #expect(transit.dropFirst().allSatisfy { $0 > 0 })
    }

    @Test func trendOfExponentialGrowthIsItsRate() throws {
        // For x = e^(gt) the smooth's steady path is x / (1 + gτ), so the trend
        // (x − S) / (τ·S) equals g; starting from initial trend g it holds from the first step.
        let result = try simulate([.auxiliary("x", "exp(0.1 * time)"), .auxiliary("g", "trend(x, 2, 0.1)")],
                                  to: 30, dt: 1.0 / 32, saveEvery: 1)
        #expect(result.series("g")!.allSatisfy { abs($0 - 0.1) < 1e-9 })
    }

    @Test func trendStartingFlatConvergesToTheRate() throws {
        let result = try simulate([.auxiliary("x", "exp(0.1 * time)"), .auxiliary("g", "trend(x, 2)")],
                                  to: 40, dt: 1.0 / 32, saveEvery: 1)
        #expect(result.series("g")![0] == 0)
        #expect(abs(result.series("g")!.last! - 0.1) < 1e-6)
    }

    @Test func trendOfANegativeAverageDividesByItsMagnitude() throws {
        // Vensim's TREND is (input − average) / (average time · ABS(average)), as PySD's `trend`:
        // for a constant −2 with initial trend 0.1 the average starts at −2/1.1, so the
        // trend starts at (−2 + 2/1.1) / (1 · 2/1.1) = −0.1 (XMILE's A·τ form gives +0.1).
        let result = try simulate([.auxiliary("x", "-2"), .auxiliary("g", "trend(x, 1, 0.1)")], to: 1, dt: 0.25)
        #expect(abs(result.series("g")![0] - -0.1) < 1e-12)
    }

    @Test func initialHoldsTheFirstValue() throws {
        let result = try simulate([.auxiliary("first_time", "initial(time)")], from: 2025, to: 2027, dt: 0.25)
        #expect(result.series("first_time")!.allSatisfy { $0 == 2025 })
    }

    @Test func previousGivesLastStepsValue() throws {
        let result = try simulate([.auxiliary("t2", "time * 2"), .auxiliary("before", "previous(t2, -1)")],
                                  to: 2, dt: 0.5, method: .rk4)
        #expect(result.series("before")! == [-1, 0, 1, 2, 3])
    }

    @Test func smoothInsideAnExpressionAndNested() throws {
        let result = try simulate([.auxiliary("s", "1 + smooth(smooth(2, 1), 1)")], to: 1, dt: 0.25)
        #expect(result.series("s")!.allSatisfy { abs($0 - 3) < 1e-12 })
    }
}

/// `delay_fixed`: a pipeline that repeats its input exactly τ later.
struct FixedDelayTests {
    @Test func repeatsTheInputOneDelayLater() throws {
        let result = try simulate([.auxiliary("late", "delay_fixed(time * 2, 1)")], to: 2, dt: 0.25, method: .rk4)
        // Before t = 1 the output is the input's value at the start (0); then 2·(t − 1).
        #expect(result.series("late")! == [0, 0, 0, 0, 0, 0.5, 1, 1.5, 2])
    }

    @Test func startsAtItsInitialValueAndReadsTheDelayAtTheStart() throws {
        let result = try simulate([.auxiliary("late", "delay_fixed(time, half, -1)")],
                                  parameters: [Parameter(name: "half", value: 0.5)], to: 1.5, dt: 0.25, method: .euler)
        #expect(result.series("late")! == [-1, -1, 0, 0.25, 0.5, 0.75, 1])
    }

    @Test func conservesWhatPassesThroughIt() throws {
        // Material entering a stock through a fixed delay arrives whole, τ later.
        let result = try simulate([
            .stock("arrived", initial: "0", inflows: ["arrivals"]),
            .flow("arrivals", "delay_fixed(10 * pulse(0, 1), 2, 0)"),
        ], to: 5, dt: 0.125, saveEvery: 1, method: .euler)
        #expect(result.series("arrived")! == [0, 0, 0, 10, 10, 10])
    }
}
