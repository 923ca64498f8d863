import Dynamics
import Scenarios

/// What `forecast list` shows: scenarios, parameters or variables with one-line docs, as the
/// `forecast.list/1` JSON object or as an aligned terminal list.
public struct ListOutput {
    public enum Kind: String, CaseIterable, Sendable {
        case scenarios, parameters, variables
    }

    public let kind: Kind
    /// One row per item: named fields in a fixed order, the name first.
    let rows: [[(String, JSONValue)]]

    public init(_ kind: Kind, assumptions: Assumptions) throws(DiagnosticList) {
        self.kind = kind
        var rows: [[(String, JSONValue)]] = []
        switch kind {
        case .scenarios:
            for name in assumptions.scenarioNames {
                let scenario = try Scenario.resolve(name, in: assumptions)
                rows.append([("name", .init(.string(name))), ("extends", .init(.string(scenario.chain.dropLast().last ?? ""))),
                             ("description", .init(.string(scenario.description ?? "")))])
            }
        case .parameters:
            for p in try Scenario.resolve("base", in: assumptions).parameters {
                // Inputs as written; a fitted value and its interval to three figures.
                let show = { (x: Double) in p.fitted == nil ? ValueFormatter.exact(x, unit: p.unit) : ValueFormatter.format(x, unit: p.unit) }
                let range = p.low.map { "\(show($0)) to \(show(p.high!))" } ?? ""
                // A fitted value says so; its range is then the fitted 95% interval, and its
                // source the prior's.
                let fitted = p.fitted.map { _ in "fitted by forecast calibrate to data up to \(assumptions.calibrated?.until ?? "")" } ?? ""
                rows.append([("name", .init(.string(p.name))), ("value", .init(.number(p.value))),
                             ("range", .init(.string(range))), ("unit", .init(.string(p.unit ?? ""))), ("source", .init(.string(p.source ?? ""))),
                             ("fitted", .init(.string(fitted)))])
            }
        case .variables:
            for v in assumptions.variables {
                let role = switch v.role { case .stock: "stock"; case .flow: "flow"; case .auxiliary: "auxiliary" }
                rows.append([("name", .init(.string(v.name))), ("kind", .init(.string(role))), ("unit", .init(.string(v.unit ?? ""))),
                             ("doc", .init(.string(v.doc ?? "")))])
            }
        }
        self.rows = rows
    }

    /// `forecast.list/1`.
    public var json: JSONValue {
        let items = rows.map { JSONValue(.object($0.map { JSONValue.Member(key: $0.0, value: $0.1) })) }
        return JSONValue(.object([.init(key: "schema", value: .init(.string("forecast.list/1"))),
                                  .init(key: kind.rawValue, value: .init(.array(items)))]))
    }

    public var text: String {
        var text = ""
        let width = min(40, (rows.map { $0[0].1.string?.count ?? 0 }.max() ?? 0) + 2)
        for row in rows {
            let name = row[0].1.string ?? ""
            let lead = "  " + name.padding(toLength: width, withPad: " ", startingAt: 0)
            // Continuation lines hang under the name, so long sources keep most of the line.
            let indent = 6
            func prose(_ text: String) -> String { TextColumns.paragraph(text, first: String(repeating: " ", count: indent), indent: indent) }
            switch kind {
            case .parameters:
                let number = row[1].1.number ?? 0, unit = row[3].1.string
                let value = (row[5].1.string ?? "").isEmpty ? ValueFormatter.exact(number, unit: unit) : ValueFormatter.format(number, unit: unit)
                text += TextColumns.paragraph("\(value) \(row[3].1.string ?? "")" + ((row[2].1.string ?? "").isEmpty ? "" : "  (\(row[2].1.string!))"),
                                              first: lead, indent: indent) + "\n"
                if let source = row[4].1.string, !source.isEmpty { text += prose(source) + "\n" }
                if let fitted = row[5].1.string, !fitted.isEmpty { text += prose(fitted + " (range: its 95% interval)") + "\n" }
            case .variables:
                text += TextColumns.paragraph("[\(row[2].1.string ?? "")] \(row[3].1.string ?? "")", first: lead, indent: indent) + "\n"
            case .scenarios:
                text += TextColumns.paragraph(row[2].1.string ?? "", first: lead, indent: indent) + "\n"
            }
        }
        return text
    }
}
