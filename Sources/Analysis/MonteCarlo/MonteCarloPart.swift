import Dynamics
import Scenarios

/// The raw results of one shard of a Monte Carlo job: for each of its runs, the values of the
/// selected series at every saved time (series-major; empty when the run stopped) and the saved
/// time index at which each milestone was first crossed (−1 if never).
public struct MonteCarloPart: Sendable, Equatable {
    public var runs: [Int]
    public var values: [[Double]]
    public var crossings: [[Int32]]

    public init(runs: [Int], values: [[Double]], crossings: [[Int32]]) {
        self.runs = runs
        self.values = values
        self.crossings = crossings
    }
}

extension PartFile {
    /// A Monte Carlo part: one item per run, indexed by the run's number in the whole job.
    public static func monteCarlo(_ part: MonteCarloPart, shard: Shard, digest: String, seed: UInt64, settings: JSONValue) -> PartFile {
        let items = part.runs.indices.map { slot in
            (part.runs[slot], JSONValue(.object([
                .init(key: "values", value: JSONValue(.array(part.values[slot].map { JSONValue(.number($0)) }))),
                .init(key: "crossings", value: JSONValue(.array(part.crossings[slot].map { JSONValue(.number(Double($0))) }))),
            ])))
        }
        return PartFile(job: "montecarlo", shard: shard, digest: digest, seed: seed, settings: settings, items: items)
    }

    /// The runs of merged Monte Carlo items, in run order; nil when an item is not one.
    public static func monteCarloPart(_ items: [JSONValue]) -> MonteCarloPart? {
        var part = MonteCarloPart(runs: [], values: [], crossings: [])
        for (run, item) in items.enumerated() {
            guard let values = item["values"]?.array, let crossings = item["crossings"]?.array else { return nil }
            let numbers = values.compactMap(\.number), marks = crossings.compactMap(\.number)
            guard numbers.count == values.count, marks.count == crossings.count,
                  marks.allSatisfy({ $0 >= -1 && $0 <= Double(Int32.max) && $0 == $0.rounded() }) else { return nil }
            part.runs.append(run)
            part.values.append(numbers)
            part.crossings.append(marks.map { Int32($0) })
        }
        return part
    }
}
