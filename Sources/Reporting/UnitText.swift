import Foundation

/// Units as a reader says them: `$/people/year` is "$ per person per year", `FLOP/$` is
/// "FLOP per $", `$/Mtok` is "$ per million tokens"; a dimensionless ratio has no unit to say.
public enum UnitText {
    public static func spelled(_ unit: String?) -> String {
        guard let unit, !unit.isEmpty, unit != "dimensionless", unit != "1" else { return "" }
        let parts = unit.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let head = parts[0] == "1" ? "" : plural[parts[0]] ?? parts[0]
        let pers = parts.dropFirst().map { "per " + (singular[$0] ?? $0) }
        return ([head] + pers).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A unit's word where it counts something ("12 months"), and after "per" ("per person").
    private static let plural = ["Mtok": "million tokens", "tok": "tokens", "token": "tokens", "month": "months", "year": "years",
                                 "person": "people", "quarter": "quarters"]
    private static let singular = ["Mtok": "million tokens", "tok": "token", "tokens": "token", "people": "person", "persons": "person",
                                   "years": "year", "months": "month"]
}
