/// The rows of a table of calibration targets: in the report's body the targets on one series,
/// or on elements of one arrayed series (`pay_median_total[closed,early]`, `…[applied,staff]`),
/// with one observation model share a row, weighted by their observations times their weights;
/// in the appendix each target has its own.
struct TargetGroups {
    struct Row {
        var label: String
        var members: [Int]
    }

    let rows: [Row]

    /// `series` are the targets' model series, `observations` their observation models and
    /// `names` their labels, in order.
    init(series: [String], observations: [String], names: [String], grouped: Bool) {
        guard grouped else {
            rows = names.enumerated().map { Row(label: Markdown.readable($1), members: [$0]) }
            return
        }
        func root(_ k: Int) -> String { series[k].split(separator: "[", maxSplits: 1).first.map(String.init) ?? series[k] }
        var keys: [String] = [], members: [String: [Int]] = [:]
        for k in series.indices {
            let key = "\(root(k))\u{0}\(observations[k])"
            if members[key] == nil { keys.append(key) }
            members[key, default: []].append(k)
        }
        rows = keys.map { key in
            let indices = members[key]!
            return indices.count == 1 ? Row(label: Markdown.readable(names[indices[0]]), members: indices)
                : Row(label: "\(Markdown.readable(root(indices[0]))) (\(indices.count) targets)", members: indices)
        }
    }

    /// The mean of the values that exist, each weighted; nil when no weight remains.
    static func weightedMean(_ values: [(value: Double?, weight: Double)]) -> Double? {
        let present = values.compactMap { pair in pair.value.map { ($0, pair.weight) } }.filter { $0.1 > 0 }
        let total = present.reduce(0) { $0 + $1.1 }
        return total > 0 ? present.reduce(0) { $0 + $1.0 * $1.1 } / total : nil
    }
}
