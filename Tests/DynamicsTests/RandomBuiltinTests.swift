import Foundation
import Testing
import Dynamics
import TestSupport

/// The random builtins: a draw each step from the run's seed. Reproducible (same seed, same
/// run), and over a long run the sample moments match the distribution's, within five
/// standard errors; truncated draws stay inside their bounds.
struct RandomBuiltinTests {
    static func run(_ equation: String, steps: Int = 200_000, seed: UInt64 = 1, dt: Double = 1,
                    method: IntegrationMethod = .euler) throws -> [Double] {
        let model = try Compiler.compile(ModelDefinition(variables: [.auxiliary("x", Equation(equation))]))
        let result = try model.run(RunSettings(start: 0, stop: Double(steps) * dt, dt: dt, method: method, seed: seed))
        return result.series("x")!
    }

    static func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        var squares = 0.0
        for value in values { squares += (value - mean) * (value - mean) }
        return (mean, squares / Double(values.count - 1))
    }

    @Test func theSameSeedGivesTheSameRunAndAnotherSeedAnother() throws {
        let first = try Self.run("normal(0, 1) + uniform(0, 1)", steps: 1000, seed: 7)
        let again = try Self.run("normal(0, 1) + uniform(0, 1)", steps: 1000, seed: 7)
        let other = try Self.run("normal(0, 1) + uniform(0, 1)", steps: 1000, seed: 8)
        #expect(first == again)
        #expect(first != other)
        #expect(Set(first).count == first.count, "a new draw each step")
    }

    @Test func aDrawHoldsForTheWholeStepWhateverTheMethod() throws {
        // RK4 evaluates inside each step; the recorded values are the step's draws, as under Euler.
        let euler = try Self.run("uniform(0, 1)", steps: 100, method: .euler)
        let rk4 = try Self.run("uniform(0, 1)", steps: 100, method: .rk4)
        #expect(euler == rk4)
        // A stock integrating the draw moves by dt·u each step under RK4 too.
        let model = try Compiler.compile(ModelDefinition(variables: [
            .auxiliary("u", "uniform(0, 1)"), .stock("s", initial: "0", inflows: ["f"]), .flow("f", "u"),
        ]))
        let result = try model.run(RunSettings(start: 0, stop: 10, dt: 0.5, method: .rk4, seed: 3))
        let u = result.series("u")!, s = result.series("s")!
        for n in 1..<u.count { #expect(abs(s[n] - s[n - 1] - 0.5 * u[n - 1]) < 1e-12, "step \(n)") }
    }

    @Test func aCallsOwnSeedGivesItsOwnStreamTheSameInEveryRun() throws {
        let model = try Compiler.compile(ModelDefinition(variables: [
            .auxiliary("a", "uniform(0, 1, 42)"), .auxiliary("b", "uniform(0, 1, 42)"),
            .auxiliary("c", "uniform(0, 1)"), .auxiliary("d", "uniform(0, 1)"),
        ]))
        let one = try model.run(RunSettings(start: 0, stop: 50, dt: 1, seed: 1))
        let two = try model.run(RunSettings(start: 0, stop: 50, dt: 1, seed: 2))
        #expect(one.series("a")! == one.series("b")!)
        #expect(one.series("a")! == two.series("a")!)
        #expect(one.series("c")! != one.series("d")!, "calls without a seed of their own are independent")
        #expect(one.series("c")! != two.series("c")!)
    }

    /// (equation, mean, variance): uniform and exponential from their formulas; the truncated
    /// normals from the expected moments SDXorg's test-models publish for Vensim's RANDOM
    /// NORMAL(min, max, mean, sd) (tests/random); the log-normal from its mean and sd.
    static let distributions: [(String, Double, Double)] = [
        ("uniform(2, 5)", 3.5, 0.75),
        ("normal(3, 2)", 3, 4),
        ("normal(5, 5, 0, 3, 6.9)", 4.952483963817546, 1.2419794838579716),
        ("normal(0, 1, 0, 0, 1000)", 0.7978845608028654, 0.3633802276324186),
        ("normal(2, 0.5, 0, 1, 3)", 2, 0.1934353258874808),
        ("normal(5, 5, 0, -100, 10)", 3.562000145304108, 15.742157144415136),
        ("exprnd(2)", 2, 4),
        ("lognormal(3, 1.5)", 3, 2.25),
        ("poisson(4)", 4, 4),
        ("poisson(0.3)", 0.3, 0.3),
        ("poisson(2500)", 2500, 2500),
        ("poisson(4e8)", 4e8, 4e8),
    ]

    @Test(arguments: 0..<distributions.count)
    func sampleMomentsMatchTheDistribution(_ index: Int) throws {
        let (equation, mean, variance) = Self.distributions[index]
        let values = try Self.run(equation)
        let sample = Self.moments(values)
        let n = Double(values.count)
        #expect(abs(sample.mean - mean) < 5 * (variance / n).squareRoot(), "\(equation): mean \(sample.mean)")
        #expect(abs(sample.variance / variance - 1) < 0.03, "\(equation): variance \(sample.variance)")
    }

    @Test func truncationBoundsAreRespected() throws {
        let values = try Self.run("normal(0, 10, 0, -1, 2)", steps: 50_000)
        #expect(values.allSatisfy { $0 >= -1 && $0 <= 2 })
        #expect(values.min()! < -0.99 && values.max()! > 1.99, "the draws reach both ends")
        let onlyLow = try Self.run("normal(0, 1, 0, 1)", steps: 50_000)
        #expect(onlyLow.allSatisfy { $0 >= 1 })
        let uniform = try Self.run("uniform(-3, -1)", steps: 50_000)
        #expect(uniform.allSatisfy { $0 >= -3 && $0 < -1 })
        let counts = try Self.run("poisson(3)", steps: 50_000)
        #expect(counts.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
        // A mean too large to count to still gives a whole number at once.
        let huge = try Self.run("poisson(1e300)", steps: 10)
        #expect(huge.allSatisfy { $0 > 0 && $0.isFinite && $0 == $0.rounded() })
    }

    @Test func poissonCountsEventsInOneStep() throws {
        // Rate 8 a year with dt = 1/4: Poisson(2) each step.
        let values = try Self.run("poisson(8)", steps: 100_000, dt: 0.25)
        let sample = Self.moments(values)
        #expect(abs(sample.mean - 2) < 5 * (2 / 100_000.0).squareRoot())
        #expect(abs(sample.variance / 2 - 1) < 0.03)
    }
}
