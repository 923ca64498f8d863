/// Units as a reader says them: `$/people/year` is "$ per person per year", `FLOP/$` is
/// "FLOP per $", `$/Mtok` is "$ per million tokens"; a dimensionless ratio has no unit to say.
public enum UnitText {
    public static func spelled(_ unit: String?) -> String {
        guard let unit, !unit.isEmpty, unit != "dimensionless", unit != "1" else { return "" }
        let parts = unit.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        let head = parts[0] == "1" ? "" : plural(parts[0])
        let pers = parts.dropFirst().map { "per " + singular($0) }
        return ([head] + pers).filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static let words = ["Mtok": "million tokens", "tok": "tokens", "token": "tokens"]

    private static func plural(_ word: String) -> String {
        if let spelled = words[word] { return spelled }
        return ["month": "months", "year": "years", "person": "people", "quarter": "quarters"][word] ?? word
    }

    private static func singular(_ word: String) -> String {
        if word == "Mtok" { return "million tokens" }
        return ["people": "person", "persons": "person", "years": "year", "months": "month", "tok": "token", "tokens": "token"][word] ?? word
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
