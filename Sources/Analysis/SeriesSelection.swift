import Dynamics

/// Picks series by name or glob (`frontier_*`, `*gap*`, `comp_?losed`).
public enum SeriesSelection {
    /// The names in `available` that match any pattern, in the order of `available`.
    /// A pattern that matches nothing is an error, with a did-you-mean for plain names.
    public static func select(_ patterns: [String], from available: [String]) throws(Diagnostic) -> [String] {
        var chosen = Set<String>()
        for pattern in patterns {
            let found = available.filter { matches($0, pattern) }
            if found.isEmpty {
                let isGlob = pattern.contains("*") || pattern.contains("?")
                throw (isGlob ? AnalysisProblem.noMatch(pattern) : AnalysisProblem.unknownSeries(pattern, candidates: available)).diagnostic
            }
            chosen.formUnion(found)
        }
        return available.filter(chosen.contains)
    }

    /// Splits `a,b` arguments and drops empty parts; a comma inside brackets separates
    /// subscripts (`pay_median_total[closed,*]`), not patterns.
    public static func patterns(_ arguments: [String]) -> [String] {
        var parts: [String] = []
        for argument in arguments {
            var depth = 0, part = ""
            for character in argument {
                if character == "[" { depth += 1 } else if character == "]" { depth = max(0, depth - 1) }
                if character == ",", depth == 0 {
                    parts.append(part)
                    part = ""
                } else {
                    part.append(character)
                }
            }
            parts.append(part)
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Shell-style matching of `*` (any run) and `?` (one character).
    public static func matches(_ name: String, _ pattern: String) -> Bool {
        let n = Array(name), p = Array(pattern)
        var i = 0, j = 0, star = -1, mark = 0
        while i < n.count {
            if j < p.count, p[j] == "?" || p[j] == n[i] {
                i += 1
                j += 1
            } else if j < p.count, p[j] == "*" {
                star = j
                mark = i
                j += 1
            } else if star >= 0 {
                j = star + 1
                mark += 1
                i = mark
            } else {
                return false
            }
        }
        while j < p.count, p[j] == "*" { j += 1 }
        return j == p.count
    }
}

import Foundation
