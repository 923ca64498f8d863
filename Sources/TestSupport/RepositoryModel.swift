import Dynamics
import Foundation
import Scenarios

/// The repository's own `assumptions/`, for tests that check the model's behaviour.
public enum RepositoryModel {
    public static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("assumptions").path

    public static func assumptions() throws -> Assumptions {
        try Assumptions.load(AssumptionFiles.read(directory: directory))
    }

    /// Runs a scenario with overrides, saving every quarter.
    public static func run(_ scenario: String = "base", _ overrides: [String: Double] = [:]) throws -> RunResult {
        let assumptions = try assumptions()
        let resolved = try Scenario.resolve(scenario, in: assumptions,
                                            overrides: overrides.map { Override(name: $0.key, value: $0.value) }).scenario
        return try CompiledScenario(resolved).run()
    }
}

extension RunResult {
    /// The value of `name` at a decimal year, which must be a saved time.
    public func at(_ name: String, _ time: Double) -> Double {
        guard let series = series(name), let k = times.firstIndex(where: { abs($0 - time) < 1e-9 }) else {
            preconditionFailure("\(name) at \(time) was not recorded")
        }
        return series[k]
    }

    /// Geometric mean growth factor per year of `name` from `start` to `end`.
    public func growthPerYear(_ name: String, from start: Double, to end: Double) -> Double {
        pow(at(name, end) / at(name, start), 1 / (end - start))
    }
}
