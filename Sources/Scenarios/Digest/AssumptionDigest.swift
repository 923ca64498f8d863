import Dynamics

/// A SHA-256 digest of a resolved scenario in a canonical form: every variable's equation,
/// every parameter's value, range and source, every table and event, and the clock, each sorted
/// by name and written as compact JSON. It covers the files, not the command-line overrides:
/// outputs carry it (`sha256:…`) with the overrides beside it, so a reader can tell exactly
/// which assumptions produced them.
extension Scenario {
    public var digest: String { "sha256:" + SHA256.hex(canonicalText) }

    var canonicalText: String {
        func number(_ x: Double?) -> JSONValue { x.map { JSONValue(.number($0)) } ?? JSONValue(.null) }
        func string(_ s: String?) -> JSONValue { s.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
        func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
            JSONValue(.object(pairs.map { JSONValue.Member(key: $0.0, value: $0.1) }))
        }
        let variables = self.variables.sorted { $0.name < $1.name }.map { variable -> JSONValue in
            var flows: [(String, JSONValue)] = []
            if case let .stock(inflows, outflows, nonNegative) = variable.role {
                flows = [("inflows", JSONValue(.array(inflows.map { JSONValue(.string($0)) }))),
                         ("outflows", JSONValue(.array(outflows.map { JSONValue(.string($0)) }))),
                         ("non_negative", JSONValue(.bool(nonNegative)))]
            }
            return object([("name", string(variable.name)), ("equation", string(variable.equation.text)),
                           ("unit", string(variable.unit))] + flows)
        }
        let parameters = zip(self.parameters, fileValues).sorted { $0.0.name < $1.0.name }.map { parameter, value in
            (parameter, value)
        }.map {
            object([("name", string($0.0.name)), ("value", number($0.1)), ("low", number($0.0.low)), ("high", number($0.0.high)),
                    ("distribution", string($0.0.distribution?.rawValue)), ("unit", string($0.0.unit)), ("source", string($0.0.source))])
        }
        let tables = self.tables.sorted { $0.name < $1.name }.map {
            object([("name", string($0.name)), ("x", JSONValue(.array($0.xs.map { JSONValue(.number($0)) }))),
                    ("y", JSONValue(.array($0.ys.map { JSONValue(.number($0)) }))), ("mode", string($0.mode.rawValue))])
        }
        let events = fileEvents.map {
            object([("parameter", string($0.parameter)), ("at", string($0.at.label)), ("value", number($0.value))])
        }
        let time = object([("start", number(settings.start)), ("stop", number(settings.stop)), ("dt", number(settings.dt)),
                           ("method", string(settings.method.rawValue))])
        return JSONWriter.write(object([("variables", JSONValue(.array(variables))), ("parameters", JSONValue(.array(parameters))),
                                        ("tables", JSONValue(.array(tables))), ("events", JSONValue(.array(events))), ("time", time)]),
                                style: .compact)
    }
}
