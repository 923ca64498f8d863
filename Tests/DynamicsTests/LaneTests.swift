import Foundation
import Testing
import Dynamics

/// Runs stepped together in lanes give each run's numbers, to the bit, and fail one by one.
struct LaneTests {
    /// Every builtin family the evaluator has a lane form of, a delay whose length is a
    /// parameter, random draws that depend on the seed and a stock kept non-negative.
    static let definition = ModelDefinition(
        variables: [
            .stock("level", initial: "k", inflows: ["inflow"], outflows: ["drain"]),
            .flow("inflow", "k * (1 + sin(time)) + pulse(2, 1) + step(height, 3) + ramp(0.5, 2, 6)"),
            .flow("drain", "min(level, max(0.2 * level, k)) + safediv(level, k - 1, 0.5)", nonNegative: true),
            .stock("floor", initial: "0", inflows: ["wobble"], nonNegative: true),
            .flow("wobble", "if time > 2 and not(time > 7) or k = 1 then -abs(level - 3) else uniform(-1, 1) + normal(0, 0.5)"),
            .auxiliary("late", "delay_fixed(level, lag, -level)"),
            .auxiliary("shaped", "curve(clamp(level / 10, 0, 3)) + level ^ k - (k ^ 0.5) ^ time + exp(-time) * ln(1 + level)"),
            .auxiliary("compared", "(level < k) + (level <= k) + (level >= k) + (level <> k) + (level = level) + int(level) + sign(-k)"),
        ],
        parameters: [Parameter(name: "k", value: 1.5), Parameter(name: "lag", value: 1), Parameter(name: "height", value: 4)],
        tables: [Table(name: "curve", xs: [0, 1, 3], ys: [10, 20, 0])])

    static func bits(_ result: RunResult) -> [UInt64] { result.values.map(\.bitPattern) }

    @Test(arguments: [IntegrationMethod.rk4, .euler])
    func eachLaneIsItsRunAlone(method: IntegrationMethod) throws {
        let model = try Compiler.compile(Self.definition)
        let settings = RunSettings(start: 0, stop: 10, dt: 0.125, saveEvery: 0.5, method: method)
        // Three runs (the other lanes repeat the last): different parameters, seeds, delays.
        let lanes: [(parameters: [Double]?, seed: UInt64)] = [([1.5, 1, 4], 1), ([0.7, 2.25, 0], 2), (nil, 99)]
        let columns = Array(model.columns.indices)
        let together = model.run(settings, lanes: lanes, recording: columns)
        #expect(together.count == 3)
        for (lane, outcome) in zip(lanes, together) {
            var alone = settings
            alone.seed = lane.seed
            let expected = try model.run(alone, parameters: lane.parameters)
            let result = try outcome.get()
            #expect(Self.bits(result) == Self.bits(expected))
            #expect(result.times == expected.times)
        }
        // The runs really differ: the lanes did not all compute the first.
        let values = try together.map { try $0.get().values }
        #expect(values[0] != values[1] && values[1] != values[2])
    }

    @Test func everyLaneHoldingARunGivesThatRun() throws {
        // All lanes in use, parameters a little apart, only some columns recorded.
        let model = try Compiler.compile(Self.definition)
        let settings = RunSettings(start: 0, stop: 4, dt: 0.0625, saveEvery: 0.25, method: .rk4)
        let lanes = (0..<CompiledModel.laneCount).map { lane -> (parameters: [Double]?, seed: UInt64) in
            ([1.5 + 0.01 * Double(lane), 0.5 + 0.25 * Double(lane), Double(lane)], UInt64(lane))
        }
        let subset = [2, 0]
        for (lane, outcome) in zip(lanes, model.run(settings, lanes: lanes, recording: subset)) {
            var alone = settings
            alone.seed = lane.seed
            let expected = try model.run(alone, parameters: lane.parameters, recording: subset)
            #expect(try Self.bits(outcome.get()) == Self.bits(expected))
            #expect(try outcome.get().columns.map(\.name) == expected.columns.map(\.name))
        }
    }

    @Test func aLaneThatTurnsNonFiniteFailsAloneWithItsRunsError() throws {
        // ln of a negative number once time passes k: lane 2 at t = 2, lane 0 never.
        let model = try Compiler.compile(ModelDefinition(
            variables: [.stock("s", initial: "1", inflows: ["f"]), .flow("f", "ln(k + 0.01 - time / 10) + s / 100")],
            parameters: [Parameter(name: "k", value: 5)]))
        let settings = RunSettings(start: 0, stop: 5, dt: 0.25)
        let lanes: [(parameters: [Double]?, seed: UInt64)] = [([5], 0), ([0.2], 0), ([0.3], 0)]
        let outcomes = model.run(settings, lanes: lanes, recording: Array(model.columns.indices))
        #expect(throws: Never.self) { try outcomes[0].get() }
        // ln turns NaN inside the step past t = 10(k + 0.01), which the stock takes on at its end.
        let messages = ["'s' became not a number (NaN) at time 2.25", "'s' became not a number (NaN) at time 3.25"]
        for ((lane, outcome), message) in zip(zip(lanes, outcomes).dropFirst(), messages) {
            var expected: Diagnostic?
            do { _ = try model.run(settings, parameters: lane.parameters) } catch { expected = error }
            guard case .failure(let failure) = outcome else {
                Issue.record("lane with k = \(lane.parameters![0]) should have failed")
                continue
            }
            #expect(failure == expected)
            #expect(failure.message == message)
        }
    }

    @Test func aLaneWithAnUnusableDelayTimeFailsAlone() throws {
        let model = try Compiler.compile(ModelDefinition(
            variables: [.auxiliary("late", "delay_fixed(time, lag, 0)")], parameters: [Parameter(name: "lag", value: 1)]))
        let settings = RunSettings(start: 0, stop: 3, dt: 0.5)
        let outcomes = model.run(settings, lanes: [([1], 0), ([-1], 0)], recording: [0])
        #expect(try outcomes[0].get().series("late") == [0, 0, 0, 0.5, 1, 1.5, 2])
        var expected: Diagnostic?
        do { _ = try model.run(settings, parameters: [-1]) } catch { expected = error }
        guard case .failure(let failure) = outcomes[1] else {
            Issue.record("a negative delay time should fail")
            return
        }
        #expect(failure == expected)
    }
}
