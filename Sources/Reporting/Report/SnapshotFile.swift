import Analysis
import Dynamics
import Scenarios

/// `forecast.json` beside each report: the snapshot the next quarter's report compares against.
public enum SnapshotFile {
    public static func write(_ snapshot: ReportSnapshot) -> String {
        func number(_ x: Double?) -> JSONValue { x.map { JSONValue(.number($0)) } ?? JSONValue(.null) }
        func string(_ s: String?) -> JSONValue { s.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
        func object(_ pairs: [(String, JSONValue)]) -> JSONValue { JSONValue(.object(pairs.map { .init(key: $0.0, value: $0.1) })) }
        let indicators = snapshot.indicators.keys.sorted().map { name in
            (name, object([("unit", string(snapshot.units[name])),
                           ("values", object(snapshot.indicators[name]!.keys.sorted().map { ($0, number(snapshot.indicators[name]![$0])) }))]))
        }
        let milestones = snapshot.milestones.keys.sorted().map { scenario in
            (scenario, object(snapshot.milestones[scenario]!.keys.sorted().map { ($0, string(snapshot.milestones[scenario]![$0]!)) }))
        }
        let parameters = snapshot.parameters.keys.sorted().map { name in
            let p = snapshot.parameters[name]!
            return (name, object([("value", number(p.value)), ("low", number(p.low)), ("high", number(p.high)),
                                  ("unit", string(p.unit)), ("source", string(p.source))]))
        }
        return JSONWriter.write(object([
            ("schema", string("forecast.snapshot/1")), ("quarter", string(snapshot.quarter.label)), ("digest", string(snapshot.digest)),
            ("indicators", object(indicators)), ("milestones", object(milestones)), ("parameters", object(parameters)),
        ]), style: .pretty) + "\n"
    }

    /// Reads a snapshot; a file that is not one gives a problem naming it.
    public static func read(_ text: String, file: String) throws(Diagnostic) -> ReportSnapshot {
        let root = try JSON5Reader.parse(text, file: file)
        func fail(_ what: String) -> Diagnostic {
            Diagnostic(.error, ReportingProblem.notASnapshot(file: file, what: what), at: SourceLocation(file: file, position: root.position))
        }
        guard root["schema"]?.string == "forecast.snapshot/1" else { throw fail("its schema is not forecast.snapshot/1") }
        guard let label = root["quarter"]?.string, let quarter = Quarter(label) else { throw fail("no quarter") }
        var indicators: [String: [String: Double]] = [:], units: [String: String] = [:]
        for member in root["indicators"]?.members ?? [] {
            var values: [String: Double] = [:]
            for point in member.value["values"]?.members ?? [] { values[point.key] = point.value.number }
            indicators[member.key] = values
            units[member.key] = member.value["unit"]?.string
        }
        var milestones: [String: [String: String?]] = [:]
        for scenario in root["milestones"]?.members ?? [] {
            milestones[scenario.key] = Dictionary((scenario.value.members ?? []).map { ($0.key, $0.value.string) }, uniquingKeysWith: { a, _ in a })
        }
        var parameters: [String: ReportSnapshot.ParameterRecord] = [:]
        for member in root["parameters"]?.members ?? [] {
            guard let value = member.value["value"]?.number else { continue }
            parameters[member.key] = .init(value: value, low: member.value["low"]?.number, high: member.value["high"]?.number,
                                           unit: member.value["unit"]?.string, source: member.value["source"]?.string)
        }
        return ReportSnapshot(quarter: quarter, digest: root["digest"]?.string ?? "", indicators: indicators, units: units,
                              milestones: milestones, parameters: parameters)
    }
}
