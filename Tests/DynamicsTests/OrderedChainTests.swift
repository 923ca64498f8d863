import Foundation
import Testing
import Dynamics
import TestSupport

/// `delayn` and `smoothn` to Vensim's rules for DELAY N and SMOOTH N: the order is reduced
/// while order × dt exceeds the delay time, and in `delayn` each stage keeps the delay time it
/// had when the delay time changes. Under Euler the chain's recurrence is exact, so each run is
/// compared with the recurrence written out here, stage by stage.
struct OrderedChainTests {
    /// Euler's recurrence for a chain of `stages` material delays from `initialOutput`; stage k
    /// runs on `delayTime` of k − 1 steps earlier when `stageWise`, else on the current one.
    static func delayRecurrence(input: (Double) -> Double, delayTime: (Double) -> Double, stages: Int, initialOutput: Double,
                                dt: Double, steps: Int, stageWise: Bool = true) -> [Double] {
        var times = [Double](repeating: delayTime(0), count: stages)
        var contents = [Double](repeating: initialOutput * delayTime(0) / Double(stages), count: stages)
        var outputs: [Double] = []
        for n in 0...steps {
            let t = Double(n) * dt
            if stageWise {
                times = [delayTime(t)] + times.dropLast()
            } else {
                times = [Double](repeating: delayTime(t), count: stages)
            }
            var outflows: [Double] = []
            for k in 0..<stages { outflows.append(contents[k] / (times[k] / Double(stages))) }
            outputs.append(outflows[stages - 1])
            for k in 0..<stages {
                let inflow = k == 0 ? input(t) : outflows[k - 1]
                contents[k] += dt * (inflow - outflows[k])
            }
        }
        return outputs
    }

    /// Euler's recurrence for a chain of `stages` smooths, all on the current averaging time.
    static func smoothRecurrence(input: (Double) -> Double, averagingTime: (Double) -> Double, stages: Int, initial: Double,
                                 dt: Double, steps: Int) -> [Double] {
        var values = [Double](repeating: initial, count: stages)
        var outputs: [Double] = []
        for n in 0...steps {
            let t = Double(n) * dt
            outputs.append(values[stages - 1])
            let stageTime = averagingTime(t) / Double(stages)
            var next = values
            for k in 0..<stages {
                let upstream = k == 0 ? input(t) : values[k - 1]
                next[k] = values[k] + dt * (upstream - values[k]) / stageTime
            }
            values = next
        }
        return outputs
    }

    static func input(_ t: Double) -> Double { t >= 5 ? 4 : -1 }

    @Test func delaynReducesItsOrderWhileOrderTimesDtExceedsTheDelayTime() throws {
        // Order 3 with τ = 1.25 and dt = 0.5: 3 × 0.5 > 1.25, so the run uses order 2 (Vensim).
        // Order 3 with τ = 1.5 keeps order 3 (3 × 0.5 = 1.5 does not exceed it).
        let result = try simulate([
            .auxiliary("input", "-1 + step(5, 5)"),
            .auxiliary("reduced", "delayn(input, 1.25, 3, 6)"),
            .auxiliary("kept", "delayn(input, 1.5, 3, 6)"),
        ], to: 20, dt: 0.5, method: .euler)
        let reduced = Self.delayRecurrence(input: Self.input, delayTime: { _ in 1.25 }, stages: 2, initialOutput: 6, dt: 0.5, steps: 40)
        let kept = Self.delayRecurrence(input: Self.input, delayTime: { _ in 1.5 }, stages: 3, initialOutput: 6, dt: 0.5, steps: 40)
        for n in 0...40 {
            #expect(abs(result.series("reduced")![n] - reduced[n]) < 1e-12, "step \(n)")
            #expect(abs(result.series("kept")![n] - kept[n]) < 1e-12, "step \(n)")
        }
        // The third-order recurrence differs from the reduced run, so the check above can fail.
        let unreduced = Self.delayRecurrence(input: Self.input, delayTime: { _ in 1.25 }, stages: 3, initialOutput: 6, dt: 0.5, steps: 40)
        #expect(abs(unreduced[12] - reduced[12]) > 0.1)
    }

    @Test func delaynOrderFallsToOneWhenTheDelayIsShorterThanTwoSteps() throws {
        let result = try simulate([.auxiliary("d", "delayn(step(1, 1), 1.5, 4, 0)")], to: 6, dt: 1, method: .euler)
        let expected = Self.delayRecurrence(input: { $0 >= 1 ? 1 : 0 }, delayTime: { _ in 1.5 }, stages: 1, initialOutput: 0, dt: 1, steps: 6)
        for n in 0...6 { #expect(abs(result.series("d")![n] - expected[n]) < 1e-12, "step \(n)") }
    }

    @Test func eachDelaynStageKeepsTheDelayTimeItHad() throws {
        // The delay time steps from 4 to 6 at t = 15; stage k sees the change k − 1 steps later.
        let result = try simulate([
            .auxiliary("input", "-1 + step(5, 5)"),
            .auxiliary("delay_time", "4 + step(2, 15)"),
            .auxiliary("second", "delayn(input, delay_time, 2, 6)"),
            .auxiliary("third", "delayn(input, delay_time, 3, 6)"),
        ], to: 40, dt: 1, method: .euler)
        let tau: (Double) -> Double = { $0 >= 15 ? 6 : 4 }
        for (name, stages) in [("second", 2), ("third", 3)] {
            let expected = Self.delayRecurrence(input: Self.input, delayTime: tau, stages: stages, initialOutput: 6, dt: 1, steps: 40)
            for n in 0...40 { #expect(abs(result.series(name)![n] - expected[n]) < 1e-12, "\(name), step \(n)") }
        }
        // Vensim's run of the second-order case (SDXorg test-models, tests/delays): the output
        // at t = 15 still reads the old delay time, and falls at t = 16.
        let vensim: [(Int, Double)] = [(14, 3.90875), (15, 3.94971), (16, 2.20442), (17, 2.50596), (20, 3.29333)]
        for (t, value) in vensim { #expect(relativeError(result.series("second")![t], value) < 1e-5, "t = \(t)") }
        // All stages on the current delay time (DELAY3's rule) would fall already at t = 15.
        let current = Self.delayRecurrence(input: Self.input, delayTime: tau, stages: 2, initialOutput: 6, dt: 1, steps: 40, stageWise: false)
        #expect(abs(current[15] - 3.94971) > 0.5)
    }

    @Test func delaynConservesMaterialWhileTheDelayTimeChanges() throws {
        // 100 units leave upstream through a fourth-order delay whose time halves mid-run: all arrive.
        let result = try simulate([
            .stock("upstream", initial: "100", outflows: ["shipped"]),
            .flow("shipped", "upstream / 2"),
            .stock("downstream", initial: "0", inflows: ["received"]),
            .flow("received", "delayn(shipped, 8 - step(4, 3), 4, 0)"),
        ], to: 80, dt: 1.0 / 8, method: .euler)
        #expect(abs(result.series("downstream")!.last! - 100) < 1e-6)
    }

    @Test func smoothnReducesItsOrderAndRunsOnTheCurrentAveragingTime() throws {
        let result = try simulate([
            .auxiliary("input", "-1 + step(5, 5)"),
            .auxiliary("reduced", "smoothn(input, 1.25, 3, 6)"),
            .auxiliary("changing", "smoothn(input, 4 + step(2, 15), 3, 6)"),
        ], to: 30, dt: 0.5, method: .euler)
        let reduced = Self.smoothRecurrence(input: Self.input, averagingTime: { _ in 1.25 }, stages: 2, initial: 6, dt: 0.5, steps: 60)
        let changing = Self.smoothRecurrence(input: Self.input, averagingTime: { $0 >= 15 ? 6 : 4 }, stages: 3, initial: 6, dt: 0.5, steps: 60)
        for n in 0...60 {
            #expect(abs(result.series("reduced")![n] - reduced[n]) < 1e-12, "step \(n)")
            #expect(abs(result.series("changing")![n] - changing[n]) < 1e-12, "step \(n)")
        }
    }
}
