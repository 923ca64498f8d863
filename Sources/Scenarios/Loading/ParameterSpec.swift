import Dynamics

/// How Monte Carlo draws a parameter between its `low` and `high`; `fixed` is never drawn.
public enum Distribution: String, CaseIterable, Hashable, Sendable {
    case uniform, triangular, normal, lognormal, fixed
}

/// A parameter of `base.json5`, or one element of an arrayed parameter (named `p[e]`).
///
/// An arrayed parameter is written once, with what its elements share at the top and a value
/// (and, where they differ, a range, distribution or source) per element:
///
/// ```json5
/// pay_elasticity: {
///   dimensions: ["employer"], unit: "dimensionless", distribution: "triangular", source: "judgement: …",
///   elements: { closed: { value: 0.5, low: 0.2, high: 1 }, open: { value: 0.8, low: 0.3, high: 1.2 }, academia: 0.1 },
/// }
/// ```
struct ParameterSpec {
    var name: String
    var value: Double
    var low: Double?
    var high: Double?
    var distribution: Distribution?
    var unit: String?
    var source: String?
    var note: String?
    var nameLocation: SourceLocation
    var valueLocation: SourceLocation
    /// For an element of an arrayed parameter, which one, and where the array's name is.
    var element: ArrayElement?
    var arrayLocation: SourceLocation?

    static let keys = ["value", "low", "high", "distribution", "unit", "source", "note"]

    /// The parameter `member` declares: one spec, or one per element of an arrayed one.
    static func read(_ member: JSONValue.Member, file: String, dimensions: [String: ArrayDimension],
                     problems: inout [Diagnostic]) -> (specs: [ParameterSpec], array: ArrayDeclaration?) {
        let nameLocation = SourceLocation(file: file, position: member.keyPosition)
        guard let entry = ObjectReader(member.value, file: file, context: "parameter '\(member.key)'", problems: &problems) else { return ([], nil) }
        if !ModelFile.isValidName(member.key) {
            problems.append(Diagnostic(.error, AssumptionProblem.invalidName(member.key), at: nameLocation))
        }
        guard entry.value["dimensions"] != nil else {
            entry.rejectUnknownKeys(keys, problems: &problems)
            var fields = Fields()
            fields.overlay(entry, name: member.key, problems: &problems)
            return (fields.spec(named: member.key, at: nameLocation, entry: entry, problems: &problems).map { [$0] } ?? [], nil)
        }
        entry.rejectUnknownKeys(keys + ["dimensions", "elements"], problems: &problems)
        guard let names = DimensionList.read(entry, dimensions: dimensions, problems: &problems) else { return ([], nil) }
        var shared = Fields()
        shared.overlay(entry, name: member.key, problems: &problems)
        let declared = ArrayDeclaration(name: member.key, dimensions: names)
        guard let elements = entry.object("elements", context: "the elements of '\(member.key)'", required: true, problems: &problems) else {
            return ([], declared)
        }
        var specs: [ParameterSpec] = []
        let byElement = ElementKeys.read(elements, array: member.key, dimensions: names.map { dimensions[$0]! }, requireAll: true,
                                         at: nameLocation, problems: &problems)
        for (tuple, element) in byElement {
            var fields = shared
            let elementLocation = SourceLocation(file: file, position: element.keyPosition)
            let name = ArrayElement.name(member.key, tuple)
            if element.value.number != nil {
                fields.value = ObjectReader.finiteNumber(element.value, file: file, what: "the value of '\(name)'", problems: &problems)
                fields.valueLocation = SourceLocation(file: file, position: element.value.position)
                if var spec = fields.spec(named: name, at: elementLocation, entry: entry, problems: &problems) {
                    spec.element = ArrayElement(array: member.key, elements: tuple)
                    spec.arrayLocation = nameLocation
                    specs.append(spec)
                }
                continue
            }
            guard let reader = ObjectReader(element.value, file: file, context: "parameter '\(name)'", problems: &problems) else { continue }
            reader.rejectUnknownKeys(keys.filter { $0 != "unit" }, problems: &problems)
            fields.overlay(reader, name: name, problems: &problems)
            if var spec = fields.spec(named: name, at: elementLocation, entry: reader, problems: &problems) {
                spec.element = ArrayElement(array: member.key, elements: tuple)
                spec.arrayLocation = nameLocation
                specs.append(spec)
            }
        }
        return (specs, declared)
    }

    var isJudgement: Bool { source?.lowercased().hasPrefix("judgement") ?? false }
}

/// The fields of a parameter as read so far: an arrayed parameter's shared fields, then an
/// element's on top.
private struct Fields {
    var value: Double?
    var valueLocation: SourceLocation?
    var low: Double?
    var lowLocation: SourceLocation?
    var high: Double?
    var distribution: Distribution?
    var unit: String?
    var hasUnit = false
    var source: String?
    var note: String?

    mutating func overlay(_ entry: ObjectReader, name: String, problems: inout [Diagnostic]) {
        if let found = entry.value["value"] {
            value = entry.number("value", problems: &problems)
            valueLocation = entry.location(of: found)
        }
        if let found = entry.value["low"] {
            low = entry.number("low", problems: &problems)
            lowLocation = entry.location(of: found)
        }
        if entry.value["high"] != nil { high = entry.number("high", problems: &problems) }
        if entry.value["unit"] != nil {
            unit = entry.string("unit", problems: &problems)
            hasUnit = true
        }
        if entry.value["source"] != nil { source = entry.string("source", problems: &problems) }
        if entry.value["note"] != nil { note = entry.string("note", problems: &problems) }
        if let text = entry.string("distribution", problems: &problems) {
            distribution = Distribution(rawValue: text)
            if distribution == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.unknownDistribution(text, parameter: name,
                                                                                          hint: Suggestion.hint(for: text, in: Distribution.allCases.map(\.rawValue))),
                                           at: entry.location(of: entry.value["distribution"]!)))
            }
        }
    }

    /// The finished parameter, after the checks every parameter passes.
    func spec(named name: String, at nameLocation: SourceLocation, entry: ObjectReader, problems: inout [Diagnostic]) -> ParameterSpec? {
        guard let value else {
            problems.append(Diagnostic(.error, AssumptionProblem.missingKey("value", context: "parameter '\(name)'", expected: "a number"),
                                       at: nameLocation))
            return nil
        }
        var spec = ParameterSpec(name: name, value: value, nameLocation: nameLocation, valueLocation: valueLocation ?? nameLocation)
        spec.low = low
        spec.high = high
        spec.unit = unit
        spec.source = source
        spec.note = note
        spec.distribution = distribution
        if !hasUnit {
            problems.append(Diagnostic(.error, AssumptionProblem.parameterWithoutUnit(name), at: nameLocation))
        }
        if source == nil || source?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            problems.append(Diagnostic(.error, AssumptionProblem.parameterWithoutSource(name), at: nameLocation))
        }
        if (low == nil) != (high == nil) {
            problems.append(Diagnostic(.error, AssumptionProblem.halfRange(name), at: nameLocation))
        }
        if let low, let high {
            if low > high {
                problems.append(Diagnostic(.error, AssumptionProblem.lowAboveHigh(name, low: low, high: high), at: lowLocation ?? nameLocation))
            } else if value < low || value > high {
                problems.append(Diagnostic(.error, AssumptionProblem.valueOutsideRange(name, value: value, low: low, high: high), at: spec.valueLocation))
            }
            if distribution == .lognormal, low <= 0 {
                problems.append(Diagnostic(.error, AssumptionProblem.lognormalNotPositive(name, low: low), at: lowLocation ?? nameLocation))
            }
        }
        if distribution != nil, distribution != .fixed, low == nil {
            problems.append(Diagnostic(.error, AssumptionProblem.distributionWithoutRange(name), at: nameLocation))
        }
        return spec
    }
}
