import Foundation
import Testing
import Dynamics
import TestSupport

/// Integrators against analytic and exact discrete solutions.
struct IntegratorTests {
    let growth: [Variable] = [
        .stock("x", initial: "1", inflows: ["growth"]),
        .flow("growth", "x * ln(4)"),
    ]

    @Test func rk4ReproducesItsExactDiscreteSolution() throws {
        let result = try simulate(growth, to: 10, dt: 1.0 / 16, saveEvery: 1)
        let z = log(4.0) / 16
        let perStep = 1 + z + z * z / 2 + z * z * z / 6 + z * z * z * z / 24
        let exact = pow(perStep, 160)
        let x = result.series("x")!.last!
        #expect(relativeError(x, exact) < 1e-12)
        // RK4's local error is O(h⁵): at h = 1/16 the result is within 1e-5 of 4¹⁰.
        #expect(relativeError(x, pow(4, 10)) < 1e-5)
    }

    @Test func eulerReproducesItsExactDiscreteSolution() throws {
        let result = try simulate(growth, to: 10, dt: 1.0 / 16, saveEvery: 1, method: .euler)
        let z = log(4.0) / 16
        let x = result.series("x")!.last!
        #expect(relativeError(x, pow(1 + z, 160)) < 1e-12)
        // Euler at 1/16 year ends 43.3% below 4¹⁰ = 1048576 after ten years of 4x growth:
        // (1 + z)¹⁶ = 3.78 a year instead of 4.
        #expect(abs(x / pow(4, 10) - 0.56667) < 0.00001)
    }

    @Test func firstOrderDecay() throws {
        let result = try simulate([
            .stock("x", initial: "100", outflows: ["decay"]),
            .flow("decay", "x / 4"),
        ], to: 20, dt: 1.0 / 16, saveEvery: 1)
        for (t, x) in zip(result.times, result.series("x")!) {
            #expect(relativeError(x, 100 * exp(-t / 4)) < 1e-8, "t = \(t)")
        }
    }

    @Test func logisticGrowth() throws {
        // x' = r·x·(1 − x/K): x(t) = K / (1 + (K/x₀ − 1)·e^(−rt)).
        let result = try simulate([
            .stock("x", initial: "10", inflows: ["net_growth"]),
            .flow("net_growth", "0.8 * x * (1 - x / 1000)"),
        ], to: 20, dt: 1.0 / 16, saveEvery: 0.5)
        for (t, x) in zip(result.times, result.series("x")!) {
            let exact = 1000 / (1 + 99 * exp(-0.8 * t))
            #expect(relativeError(x, exact) < 1e-7, "t = \(t)")
        }
    }

    @Test func savesEveryMultipleOfTheStep() throws {
        let result = try simulate(growth, from: 2025, to: 2027, dt: 0.0625, saveEvery: 0.25)
        #expect(result.times.count == 9)
        #expect(result.times.first == 2025)
        #expect(result.times.last == 2027)
        #expect(result.times[1] == 2025.25)
    }

    @Test func recordsStocksFlowsAndAuxiliariesAsNamedColumns() throws {
        let result = try simulate(growth + [.auxiliary("doubled", "2 * x")], to: 1, dt: 0.5)
        #expect(result.columns.map(\.name) == ["x", "growth", "doubled"])
        #expect(result.columns.map(\.kind) == [.stock, .flow, .auxiliary])
        #expect(result.series("growth")![0] == log(4.0))
        #expect(result.series("doubled")![0] == 2)
    }

    @Test func aParameterChangesWithoutRecompiling() throws {
        let model = try Compiler.compile(ModelDefinition(
            variables: [.stock("x", initial: "1", inflows: ["g"]), .flow("g", "x * ln(rate)")],
            parameters: [Parameter(name: "rate", value: 2)]))
        let settings = RunSettings(start: 0, stop: 1, dt: 1.0 / 64)
        let two = try model.run(settings).series("x")!.last!
        let three = try model.run(settings, parameters: [3]).series("x")!.last!
        #expect(relativeError(two, 2) < 1e-9)
        #expect(relativeError(three, 3) < 1e-9)
    }

    @Test func nonNegativeStockIsHeldAtZero() throws {
        let result = try simulate([
            .stock("water", initial: "1", outflows: ["drain"], nonNegative: true),
            .flow("drain", "2"),
        ], to: 2, dt: 0.25, method: .euler)
        #expect(result.series("water")! == [1, 0.5, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test(arguments: [
        (RunSettings(start: 0, stop: 1, dt: 0.25), nil),
        (RunSettings(start: 0, stop: 1, dt: 0.3), "the run from 0.0 to 1.0 is not a whole number of steps of 0.3"),
        (RunSettings(start: 0, stop: 1, dt: 0.25, saveEvery: 0.3), "the save interval 0.3 is not a whole multiple of the step 0.25"),
        (RunSettings(start: 0, stop: 1, dt: 0), "the time step must be positive, not 0.0"),
        (RunSettings(start: 2, stop: 1, dt: 0.5), "the run stops at 1.0, not after its start 2.0"),
    ] as [(RunSettings, String?)])
    func settingsAreValidated(settings: RunSettings, expected: String?) {
        #expect(settings.validate().first?.message == expected)
    }
}

/// Work the compiler moves out of the step loop.
struct HoistingTests {
    @Test func parameterOnlySubexpressionsAreComputedOncePerRun() throws {
        let model = try Compiler.compile(ModelDefinition(
            variables: [.auxiliary("x", "time * (a / b + 1)")],
            parameters: [Parameter(name: "a", value: 6), Parameter(name: "b", value: 3)]))
        // Only `time * hoisted` remains in the rate program.
        #expect(model.rateInstructionCount == 1)
        let settings = RunSettings(start: 0, stop: 2, dt: 0.5)
        #expect(try model.run(settings).series("x")!.last == 6)
        #expect(try model.run(settings, parameters: [8, 2]).series("x")!.last == 10)
    }
}

/// Outputs nothing integrated depends on are computed once a step, at the step's own time.
struct OutputProgramTests {
    @Test func outputsAreRecordedAtTheirStepsTimeAndStocks() throws {
        let result = try simulate([
            .stock("x", initial: "1", inflows: ["g"]),
            .flow("g", "x * 0.5"),
            .auxiliary("clock", "time"),
            .auxiliary("twice_x", "2 * x"),
        ], to: 2, dt: 0.25, method: .rk4)
        #expect(result.series("clock")! == result.times)
        #expect(zip(result.series("twice_x")!, result.series("x")!).allSatisfy { $0 == 2 * $1 })
    }
}
