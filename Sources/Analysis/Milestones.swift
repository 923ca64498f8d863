import Dynamics
import Scenarios

/// When a milestone was reached in a run: the first saved quarter at which its series is above
/// (or below) the threshold, or nil if never by the run's end.
public struct MilestoneResult: Hashable, Sendable {
    public var name: String
    public var label: String
    public var quarter: Quarter?
}

public enum Milestones {
    public static func evaluate(_ specs: [MilestoneSpec], in result: RunResult) -> [MilestoneResult] {
        specs.map { spec in
            MilestoneResult(name: spec.name, label: spec.label,
                            quarter: result.series(spec.series).flatMap { firstCrossing($0, times: result.times, spec) })
        }
    }

    static func firstCrossing(_ values: [Double], times: [Double], _ spec: MilestoneSpec) -> Quarter? {
        for (time, value) in zip(times, values) where spec.isAbove ? value > spec.threshold : value < spec.threshold {
            return Quarter(containing: time)
        }
        return nil
    }
}
