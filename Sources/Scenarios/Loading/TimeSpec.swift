import Dynamics

/// The clock: `time: { start: "2025Q1", end: "2035Q4", step: 0.0625, method: "rk4", unit: "year" }`.
struct TimeSpec {
    var start: (value: Double, location: SourceLocation)?
    var end: (value: Double, location: SourceLocation)?
    var step: Double?
    var method: IntegrationMethod?
    var location: SourceLocation
    /// The keys the file writes, valid or not (an invalid one is reported where it is read).
    var written: Set<String> = []

    static func read(_ reader: ObjectReader, problems: inout [Diagnostic]) -> TimeSpec {
        reader.rejectUnknownKeys(["start", "end", "step", "method", "unit"], problems: &problems)
        var spec = TimeSpec(location: reader.location)
        spec.written = Set(["start", "end", "step"].filter { reader.value[$0] != nil })
        func time(_ key: String) -> (Double, SourceLocation)? {
            guard let found = reader.value[key] else { return nil }
            if let label = found.string {
                guard let quarter = Quarter(label) else {
                    problems.append(Diagnostic(.error, AssumptionProblem.badQuarter(key: key, label: label), at: reader.location(of: found)))
                    return nil
                }
                return (quarter.time, reader.location(of: found))
            }
            guard let year = reader.number(key, problems: &problems) else { return nil }
            // A quarter's label has a four-digit year; past that, times are not years.
            guard year >= 1, year < 10_000 else {
                problems.append(Diagnostic(.error, AssumptionProblem.yearOutOfRange(key: key, value: year), at: reader.location(of: found)))
                return nil
            }
            return (year, reader.location(of: found))
        }
        spec.start = time("start")
        spec.end = time("end")
        spec.step = reader.number("step", problems: &problems)
        if let method = reader.string("method", problems: &problems) {
            spec.method = IntegrationMethod(rawValue: method.lowercased())
            if spec.method == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.unknownMethod(method, hint: Suggestion.hint(for: method, in: IntegrationMethod.allCases.map(\.rawValue))),
                                           at: reader.location(of: reader.value["method"]!)))
            }
        }
        if let unit = reader.string("unit", problems: &problems), unit != "year" {
            problems.append(Diagnostic(.error, AssumptionProblem.timeUnit(unit), at: reader.location(of: reader.value["unit"]!)))
        }
        return spec
    }
}
