/// "Did you mean" by edit distance.
public enum Suggestion {
    /// Names longer than this (in Unicode scalars) get no suggestion: no typo of a real name is
    /// that long, and comparing very long names would cost time quadratic in their length.
    public static let maximumNameLength = 100

    /// The candidate closest to `name`, if it is close enough to be a likely typo:
    /// at most a third of the name's length in edits (and at least one).
    ///
    /// The work is bounded: candidates whose length alone puts them out of reach are skipped,
    /// and each comparison stops as soon as it cannot come within the limit.
    /// A candidate that begins with the name (`capability_lag` → `capability_lag_months`) is
    /// preferred to any typo: the shortest such one, then the first alphabetically.
    public static func closest<S: Sequence>(to name: String, in candidates: S) -> String? where S.Element == String {
        let target = Array(name.lowercased().unicodeScalars)
        guard target.count <= maximumNameLength else { return nil }
        if target.count >= 3 {
            let lowered = name.lowercased()
            var prefixed: String?
            for candidate in candidates where candidate != name && candidate.utf8.count <= 4 * maximumNameLength
                && candidate.count > name.count && candidate.lowercased().hasPrefix(lowered) {
                if let best = prefixed, (best.count, best) <= (candidate.count, candidate) { continue }
                prefixed = candidate
            }
            if let prefixed { return prefixed }
        }
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            // Edits cannot change the length by more than their number (and a scalar takes at
            // most four bytes), so a candidate much longer than the name is skipped unread.
            guard candidate.utf8.count <= 4 * (target.count + limit) else { continue }
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= limit,
                  let distance = editDistance(target, other, atMost: min(limit, (best?.distance ?? .max)))
            else { continue }
            if distance < (best?.distance ?? .max) || (distance == best?.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// A hint of the form `did you mean 'x'?`, or nil.
    public static func hint<S: Sequence>(for name: String, in candidates: S) -> String? where S.Element == String {
        closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        return editDistance(a, b, atMost: max(a.count, b.count))!
    }

    /// The distance between `a` and `b` if it is at most `bound`, else nil. Only cells within
    /// `bound` of the diagonal can stay within it, so the work is about `a.count × 2·bound`,
    /// and it stops at the first row whose every cell is past the bound.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
        if abs(a.count - b.count) > bound { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let outside = bound + 1
        var previous2 = [Int](repeating: outside, count: b.count + 1)
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - bound), high = min(b.count, i + bound)
            current[0] = min(i, outside)
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    current[j] = min(value, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = outside }
            if rowMinimum > bound { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
