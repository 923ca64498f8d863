import Foundation
import Testing
import Dynamics
import TestSupport

/// Test inputs and tables, including the edge cases the README documents.
struct BuiltinTests {
    func series(_ equation: String, to stop: Double = 4, dt: Double = 0.5) throws -> [Double] {
        try simulate([.auxiliary("x", Equation(equation))], to: stop, dt: dt, method: .euler).series("x")!
    }

    @Test func stepIsOnAtExactlyItsTime() throws {
        #expect(try series("step(3, 1)") == [0, 0, 3, 3, 3, 3, 3, 3, 3])
    }

    @Test func stepSwitchesOnTheIntendedStepDespiteRoundingInTheTimeGrid() throws {
        // 0.1 is not exact in binary; 3 × 0.1 = 0.30000000000000004 and 0.3 must still match.
        let values = try series("step(1, 0.3)", to: 0.5, dt: 0.1)
        #expect(values == [0, 0, 0, 1, 1, 1])
    }

    @Test func rampRisesFromStartAndHoldsAfterEnd() throws {
        #expect(try series("ramp(2, 1, 3)") == [0, 0, 0, 1, 2, 3, 4, 4, 4])
        #expect(try series("ramp(2, 1)") == [0, 0, 0, 1, 2, 3, 4, 5, 6])
    }

    @Test func pulseIsOneFromStartForItsWidth() throws {
        #expect(try series("pulse(1, 1.5)") == [0, 0, 1, 1, 1, 0, 0, 0, 0])
        // Width 0 means one step, as in Vensim.
        #expect(try series("pulse(1, 0)") == [0, 0, 1, 0, 0, 0, 0, 0, 0])
    }

    @Test func pulseTrainMovesItsMagnitudeEachInterval() throws {
        #expect(try series("pulse_train(3, 1, 1.5)") == [0, 0, 6, 0, 0, 6, 0, 0, 6])
        #expect(try series("pulse_train(3, 1)") == [0, 0, 6, 0, 0, 0, 0, 0, 0])
    }

    @Test func timeAndDt() throws {
        #expect(try series("time") == [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4])
        #expect(try series("dt").allSatisfy { $0 == 0.5 })
    }

    let curve = Table(name: "curve", xs: [0, 1, 3], ys: [10, 20, 0])

    @Test(arguments: [(-1.0, 10.0), (0, 10), (0.5, 15), (1, 20), (2, 10), (3, 0), (4, 0)])
    func tableInterpolatesAndClamps(x: Double, y: Double) {
        #expect(curve(x) == y)
    }

    @Test(arguments: [(-1.0, 0.0), (0.5, 15), (4, -10)])
    func tableExtrapolatesLinearly(x: Double, y: Double) {
        var extrapolating = curve
        extrapolating.mode = .extrapolate
        #expect(extrapolating(x) == y)
    }

    @Test func discreteTableHoldsEachValue() {
        let steps = Table(name: "steps", xs: [0, 1, 3], ys: [10, 20, 0], mode: .discrete)
        #expect([steps(-1), steps(0.5), steps(1), steps(2.9), steps(5)] == [10, 10, 20, 20, 0])
    }

    @Test func tablesAreCalledByName() throws {
        let result = try simulate([.auxiliary("y", "curve(time)")], tables: [curve], to: 3, dt: 0.5)
        #expect(result.series("y")! == [10, 15, 20, 15, 10, 5, 0])
    }

    @Test(arguments: [
        (Table(name: "t", xs: [], ys: []), "table 't' has no points"),
        (Table(name: "t", xs: [0, 2, 1], ys: [1, 2, 3]), "table 't' x values must increase, but x[2] = 1.0 follows 2.0"),
        (Table(name: "t", xs: [0, 0], ys: [1, 2]), "table 't' x values must increase, but x[1] = 0.0 follows 0.0"),
        (Table(name: "t", xs: [0, 1], ys: [1]), "table 't' has 2 x values but 1 y values"),
    ])
    func badTablesAreRejected(table: Table, message: String) {
        #expect(table.validate().first?.message == message)
        #expect(problems([.auxiliary("y", "t(1)")], tables: [table]).first?.hasPrefix("error: \(message)") == true)
    }
}
