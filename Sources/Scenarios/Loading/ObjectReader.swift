import Dynamics

/// Typed access to the members of one JSON5 object, collecting a problem for each missing,
/// mistyped or unknown member instead of stopping at the first.
public struct ObjectReader {
    public let value: JSONValue
    public let file: String
    /// How messages name this object, e.g. "parameter 'hardware_growth'".
    public let context: String

    /// Nil (with a problem) when `value` is not an object.
    public init?(_ value: JSONValue, file: String, context: String, problems: inout [Diagnostic]) {
        guard value.members != nil else {
            problems.append(Diagnostic(.error, AssumptionProblem.notAnObject(context: context, found: value.typeName),
                                       at: SourceLocation(file: file, position: value.position)))
            return nil
        }
        self.value = value
        self.file = file
        self.context = context
    }

    public var members: [JSONValue.Member] { value.members ?? [] }
    public var location: SourceLocation { SourceLocation(file: file, position: value.position) }

    public func location(ofKey key: String) -> SourceLocation {
        SourceLocation(file: file, position: value.member(key)?.keyPosition ?? value.position)
    }

    public func location(of value: JSONValue) -> SourceLocation { SourceLocation(file: file, position: value.position) }

    /// Reports members not in `allowed`, with the closest allowed key as a hint.
    public func rejectUnknownKeys(_ allowed: [String], problems: inout [Diagnostic]) {
        for member in members where !allowed.contains(member.key) {
            let hint = Suggestion.hint(for: member.key, in: allowed) ?? "the keys here are \(allowed.joined(separator: ", "))"
            problems.append(Diagnostic(.error, AssumptionProblem.unknownKey(member.key, context: context, hint: hint),
                                       at: SourceLocation(file: file, position: member.keyPosition)))
        }
    }

    private func fetch(_ key: String, _ expected: String, required: Bool, problems: inout [Diagnostic]) -> JSONValue? {
        guard let found = value[key] else {
            if required {
                problems.append(Diagnostic(.error, AssumptionProblem.missingKey(key, context: context, expected: expected), at: location))
            }
            return nil
        }
        return found
    }

    private func mistyped(_ key: String, _ found: JSONValue, _ expected: String, problems: inout [Diagnostic]) {
        problems.append(Diagnostic(.error, AssumptionProblem.mistyped(key: key, context: context, expected: expected, found: found.typeName),
                                   at: location(of: found)))
    }

    public func string(_ key: String, required: Bool = false, problems: inout [Diagnostic]) -> String? {
        guard let found = fetch(key, "\"…\"", required: required, problems: &problems) else { return nil }
        guard let text = found.string else {
            mistyped(key, found, "a string", problems: &problems)
            return nil
        }
        return text
    }

    public func number(_ key: String, required: Bool = false, problems: inout [Diagnostic]) -> Double? {
        guard let found = fetch(key, "a number", required: required, problems: &problems) else { return nil }
        return ObjectReader.finiteNumber(found, file: file, what: "'\(key)' of \(context)", problems: &problems)
    }

    public func bool(_ key: String, problems: inout [Diagnostic]) -> Bool? {
        guard let found = value[key] else { return nil }
        guard let flag = found.bool else {
            mistyped(key, found, "true or false", problems: &problems)
            return nil
        }
        return flag
    }

    public func strings(_ key: String, problems: inout [Diagnostic]) -> [String]? {
        guard let found = value[key] else { return nil }
        guard let elements = found.array else {
            mistyped(key, found, "an array of strings", problems: &problems)
            return nil
        }
        var result: [String] = []
        for element in elements {
            guard let text = element.string else {
                mistyped(key, element, "an array of strings", problems: &problems)
                return nil
            }
            result.append(text)
        }
        return result
    }

    public func numbers(_ key: String, required: Bool = false, problems: inout [Diagnostic]) -> [Double]? {
        guard let found = fetch(key, "[numbers]", required: required, problems: &problems) else { return nil }
        guard let elements = found.array else {
            mistyped(key, found, "an array of numbers", problems: &problems)
            return nil
        }
        var result: [Double] = []
        for element in elements {
            guard let x = ObjectReader.finiteNumber(element, file: file, what: "'\(key)' of \(context)", problems: &problems) else {
                return nil
            }
            result.append(x)
        }
        return result
    }

    public func object(_ key: String, context: String, required: Bool = false, problems: inout [Diagnostic]) -> ObjectReader? {
        guard let found = fetch(key, "{ … }", required: required, problems: &problems) else { return nil }
        return ObjectReader(found, file: file, context: context, problems: &problems)
    }

    /// The elements of `value`, which must be an array; otherwise a problem naming `key` and
    /// what was expected (e.g. "an array of { at: \"2027Q1\", set: { … } }") and no elements.
    public static func elements(of value: JSONValue, key: String, expected: String = "an array", file: String,
                         problems: inout [Diagnostic]) -> [JSONValue] {
        guard let elements = value.array else {
            problems.append(Diagnostic(.error, AssumptionProblem.notAnArray(key: key, expected: expected, found: value.typeName),
                                       at: SourceLocation(file: file, position: value.position)))
            return []
        }
        return elements
    }

    public static func finiteNumber(_ value: JSONValue, file: String, what: String, problems: inout [Diagnostic]) -> Double? {
        guard let x = value.number else {
            problems.append(Diagnostic(.error, AssumptionProblem.notANumber(what: what, found: value.typeName),
                                       at: SourceLocation(file: file, position: value.position)))
            return nil
        }
        guard x.isFinite else {
            problems.append(Diagnostic(.error, AssumptionProblem.nonFiniteNumber(what: what, value: x),
                                       at: SourceLocation(file: file, position: value.position)))
            return nil
        }
        return x
    }
}
