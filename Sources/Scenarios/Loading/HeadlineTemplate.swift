import Dynamics

/// A sentence of the report's headline with placeholders filled from the numbers.
///
/// Placeholders, in braces:
/// - `{series@when}`: the base scenario's value; `when` is a quarter (`2030Q4`), `start` (the
///   report's quarter), `end` (the horizon) or `+Ny` (the fourth quarter N years after the start).
/// - `{series@when|range}`: lowest to highest across the report's scenarios;
///   `|lowest` and `|highest` name the scenario; `|p10`, `|p50`, `|p90` are Monte Carlo percentiles.
/// - `{series@from~to|rising|falling}`: the first word if the value rises from `from` to `to`, else the second.
/// - `{milestone}`: the quarter the base scenario reaches it, or `not by <horizon>`;
///   `{milestone|range}`: earliest to latest across scenarios; `{milestone|earliest}` names the scenario.
/// - A trailing `|percent` shows a value as a percentage.
public struct HeadlineTemplate: Sendable {
    public enum Part: Sendable, Hashable {
        case text(String)
        case value(series: String, when: String, until: String?, modifiers: [String])
        case milestone(name: String, modifiers: [String])
    }

    public var parts: [Part]

    /// Parses `text`; `milestones` tells milestone names from series names.
    public init(_ text: String, milestones: Set<String>) throws(Diagnostic) {
        parts = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw Diagnostic(.error, AssumptionProblem.headlineBraceNotClosed)
            }
            let inside = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let target = inside[0], modifiers = Array(inside.dropFirst())
            if let at = target.firstIndex(of: "@") {
                let series = String(target[..<at])
                let times = target[target.index(after: at)...].split(separator: "~").map(String.init)
                guard times.count == 1 || times.count == 2 else {
                    throw Diagnostic(.error, AssumptionProblem.headlineTwoRanges(target))
                }
                parts.append(.value(series: series, when: times[0], until: times.count == 2 ? times[1] : nil, modifiers: modifiers))
            } else if milestones.contains(target) {
                parts.append(.milestone(name: target, modifiers: modifiers))
            } else {
                throw Diagnostic(.error, AssumptionProblem.headlinePlaceholder(target, hint: Suggestion.hint(for: target, in: milestones)))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
    }

    /// The series named in the template.
    public var seriesNames: [String] {
        parts.compactMap { if case .value(let series, _, _, _) = $0 { series } else { nil } }
    }

    /// The quarter `when` stands for, relative to the report's `start` and the run's `end`.
    public static func quarter(_ when: String, start: Quarter, end: Quarter) -> Quarter? {
        switch when {
        case "start": return start
        case "end": return end
        default:
            if when.hasPrefix("+"), when.hasSuffix("y"), let years = Int(when.dropFirst().dropLast()) {
                // Past the years a quarter can name, there is no such quarter (and no overflow).
                guard (0...10_000).contains(years) else { return nil }
                return Quarter(year: start.year + years, quarter: 4)
            }
            return Quarter(when)
        }
    }
}
