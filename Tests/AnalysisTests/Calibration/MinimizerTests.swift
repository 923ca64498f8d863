import Foundation
import Testing
@testable import Analysis

struct MinimizerTests {
    static func rosenbrock(_ x: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<(x.count - 1) { sum += 100 * (x[i + 1] - x[i] * x[i]) * (x[i + 1] - x[i] * x[i]) + (1 - x[i]) * (1 - x[i]) }
        return sum
    }

    @Test func rosenbrockTwoDimensions() throws {
        let bounds = try Bounds(lower: [-5, -5], upper: [5, 5])
        let result = try Minimizer.minimize(objective: Self.rosenbrock, start: [-1.2, 1], bounds: bounds)
        #expect(result.converged)
        #expect(result.value < 1e-10)
        for x in result.point { #expect(abs(x - 1) < 1e-5) }
    }

    /// From SciPy's example start; a start with x₀ < 0 can end, correctly, in the 5-D
    /// function's local minimum near (−0.96, 0.94, 0.88, 0.78, 0.61), f ≈ 3.93.
    @Test func rosenbrockFiveDimensions() throws {
        let bounds = try Bounds(lower: [Double](repeating: -5, count: 5), upper: [Double](repeating: 5, count: 5))
        let result = try Minimizer.minimize(objective: Self.rosenbrock, start: [1.3, 0.7, 0.8, 1.9, 1.2], bounds: bounds,
                                            settings: MinimizerSettings(maxEvaluations: 50_000))
        #expect(result.converged)
        #expect(result.value < 1e-8)
        for x in result.point { #expect(abs(x - 1) < 1e-4) }
    }

    /// Minimum of (x − 3)² + (y + 1)² + (z − 0.5)² over [0, 2] × [0, 1] × [0, 1]: x on its upper
    /// bound 2, y on its lower bound 0, z interior at 0.5; value 1 + 1 = 2.
    @Test func boundedQuadraticWithMinimumOnBounds() throws {
        let bounds = try Bounds(lower: [0, 0, 0], upper: [2, 1, 1])
        let result = try Minimizer.minimize(objective: { x in
            (x[0] - 3) * (x[0] - 3) + (x[1] + 1) * (x[1] + 1) + (x[2] - 0.5) * (x[2] - 0.5)
        }, start: [1, 0.5, 0.9], bounds: bounds)
        #expect(abs(result.point[0] - 2) < 1e-7)
        #expect(abs(result.point[1]) < 1e-7)
        #expect(abs(result.point[2] - 0.5) < 1e-4)
        #expect(abs(result.value - 2) < 1e-8)
    }

    /// Log-scale parameter: minimum of (log10 x − log10 0.003)² over [1e-6, 10], from 5.
    @Test func logScaleParameter() throws {
        let bounds = try Bounds(lower: [1e-6], upper: [10], logScale: [true])
        let result = try Minimizer.minimize(objective: { x in
            let d = Foundation.log10(x[0]) - Foundation.log10(0.003)
            return d * d
        }, start: [5], bounds: bounds)
        #expect(abs(result.point[0] / 0.003 - 1) < 1e-5)
    }

    /// NaN on half the box counts as worst, so the search stays in the half where f is defined.
    @Test func nonFiniteObjectiveIsWorst() throws {
        let bounds = try Bounds(lower: [-4, -4], upper: [4, 4])
        let result = try Minimizer.minimize(objective: { x in
            x[0] < 0.5 ? .nan : (x[0] - 1) * (x[0] - 1) + x[1] * x[1]
        }, start: [3, 3], bounds: bounds)
        #expect(abs(result.point[0] - 1) < 1e-5 && abs(result.point[1]) < 1e-5)
        #expect(result.value.isFinite)
    }

    @Test func badInputIsAnErrorNotATrap() throws {
        #expect(throws: CalibrationError.invalidBounds(parameter: 1, lower: 2, upper: 1)) {
            _ = try Bounds(lower: [0, 2], upper: [1, 1])
        }
        #expect(throws: CalibrationError.logScaleNeedsPositiveLower(parameter: 0, lower: 0)) {
            _ = try Bounds(lower: [0], upper: [1], logScale: [true])
        }
        let bounds = try Bounds(lower: [0, 0], upper: [1, 1])
        #expect(throws: CalibrationError.outsideBounds(parameter: 1, value: 3, lower: 0, upper: 1)) {
            _ = try Minimizer.minimize(objective: { _ in 0 }, start: [0.5, 3], bounds: bounds)
        }
        #expect(throws: CalibrationError.dimensionMismatch(what: "start", expected: 2, got: 1)) {
            _ = try Minimizer.minimize(objective: { _ in 0 }, start: [0.5], bounds: bounds)
        }
        #expect(CalibrationError.outsideBounds(parameter: 1, value: 3, lower: 0, upper: 1).description
                == "parameter 1 is 3.0, outside its bounds [0.0, 1.0]")
    }

    /// (x² − 1)² + 0.3x + y²: a local minimum near x = 0.96 and the global one near x = −1.04.
    static func doubleWell(_ p: [Double]) -> Double {
        (p[0] * p[0] - 1) * (p[0] * p[0] - 1) + 0.3 * p[0] + p[1] * p[1]
    }

    @Test func multiStartFindsTheGlobalBasinAndIsBitIdentical() throws {
        let bounds = try Bounds(lower: [-3, -3], upper: [3, 3])
        let first = try MultiStart.minimize(objective: Self.doubleWell, start: [1, 1], bounds: bounds, starts: 8, seed: 42)
        let second = try MultiStart.minimize(objective: Self.doubleWell, start: [1, 1], bounds: bounds, starts: 8, seed: 42)
        #expect(first == second)
        #expect(first.runs.count == 8 && first.starts.count == 8 && first.starts[0] == [1, 1])
        // The given start falls into the local basin; another start finds the global one.
        #expect(first.runs[0].point[0] > 0.9)
        #expect(first.bestIndex != 0)
        #expect(first.best.point[0] < -1 && first.best.point[0] > -1.1)
        #expect(abs(first.best.point[1]) < 1e-5)
        #expect(first.best.value < first.runs[0].value - 0.5)
        // Every run's value is at least the best, the best being the first of the lowest.
        #expect(first.runs.allSatisfy { $0.value >= first.best.value })
        #expect(first.runs.firstIndex { $0.value == first.best.value } == first.bestIndex)
        // The parallel runs are exactly the serial runs from the same starts.
        for k in [0, 3, 7] {
            #expect(first.runs[k] == (try Minimizer.minimize(objective: Self.doubleWell, start: first.starts[k], bounds: bounds)))
        }
        let other = try MultiStart.minimize(objective: Self.doubleWell, start: [1, 1], bounds: bounds, starts: 8, seed: 43)
        #expect(other.starts != first.starts)
    }
}
