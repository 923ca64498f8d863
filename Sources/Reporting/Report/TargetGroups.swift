/// The rows of a table of calibration targets: in the report's body the targets on elements of
/// one series (`pay_median_total[closed,early]`, `…[applied,staff]`) share a row, weighted by
/// their observations; in the appendix each target has its own.
struct TargetGroups {
    struct Row {
        var label: String
        var members: [Int]
    }

    let rows: [Row]

    /// `series` are the targets' model series and `names` their labels, in order.
    init(series: [String], names: [String], grouped: Bool) {
        guard grouped else {
            rows = names.enumerated().map { Row(label: Markdown.readable($1), members: [$0]) }
            return
        }
        var roots: [String] = [], members: [String: [Int]] = [:]
        for (k, name) in series.enumerated() {
            let root = name.split(separator: "[", maxSplits: 1).first.map(String.init) ?? name
            if members[root] == nil { roots.append(root) }
            members[root, default: []].append(k)
        }
        rows = roots.map { root in
            let indices = members[root]!
            return indices.count == 1 ? Row(label: Markdown.readable(names[indices[0]]), members: indices)
                : Row(label: "\(Markdown.readable(root)) (\(indices.count) targets)", members: indices)
        }
    }

    /// The mean of the values that exist, each weighted; nil when no weight remains.
    static func weightedMean(_ values: [(value: Double?, weight: Double)]) -> Double? {
        let present = values.compactMap { pair in pair.value.map { ($0, pair.weight) } }.filter { $0.1 > 0 }
        let total = present.reduce(0) { $0 + $1.1 }
        return total > 0 ? present.reduce(0) { $0 + $1.0 * $1.1 } / total : nil
    }
}
