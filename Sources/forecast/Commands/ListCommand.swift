import Dynamics
import Reporting
import Scenarios

/// `forecast list scenarios|parameters|variables`: what there is, with one-line docs.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list", summary: "list scenarios, parameters or variables with one-line docs", positionals: ["scenarios|parameters|variables"],
        options: [.assumptions, .format, .help],
        examples: ["forecast list scenarios", "forecast list parameters --format json", "forecast list variables"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = try Workspace.format(arguments)
        let kinds = ["scenarios", "parameters", "variables"]
        let kind: String
        do {
            kind = try ArgumentParser.choice(arguments.positionals[0], of: kinds, option: "list", default: "scenarios")
        } catch {
            throw .usage(UsageError(message: "`forecast list` lists scenarios, parameters or variables, not '\(arguments.positionals[0])'",
                                    hint: error.hint))
        }
        let workspace = try Workspace.load(arguments)
        let assumptions = workspace.assumptions
        let base = try workspace.resolve("base").scenario
        var rows: [[(String, JSONValue)]] = []
        switch kind {
        case "scenarios":
            for name in assumptions.scenarioNames {
                let scenario = try workspace.resolve(name).scenario
                rows.append([("name", .init(.string(name))), ("extends", .init(.string(scenario.chain.dropLast().last ?? ""))),
                             ("description", .init(.string(scenario.description ?? "")))])
            }
        case "parameters":
            for p in base.parameters {
                let range = p.low.map { "\(ValueFormatter.format($0, unit: p.unit)) to \(ValueFormatter.format(p.high!, unit: p.unit))" } ?? ""
                rows.append([("name", .init(.string(p.name))), ("value", .init(.number(p.value))),
                             ("range", .init(.string(range))), ("unit", .init(.string(p.unit ?? ""))), ("source", .init(.string(p.source ?? "")))])
            }
        default:
            for v in assumptions.variables {
                let role = switch v.role { case .stock: "stock"; case .flow: "flow"; case .auxiliary: "auxiliary" }
                rows.append([("name", .init(.string(v.name))), ("kind", .init(.string(role))), ("unit", .init(.string(v.unit ?? ""))),
                             ("doc", .init(.string(v.doc ?? "")))])
            }
        }
        if format == "json" {
            let items = rows.map { JSONValue(.object($0.map { JSONValue.Member(key: $0.0, value: $0.1) })) }
            let object = JSONValue(.object([.init(key: "schema", value: .init(.string("forecast.list/1"))),
                                            .init(key: kind, value: .init(.array(items)))]))
            Console.out(JSONWriter.write(object, style: .pretty) + "\n")
            return
        }
        var text = ""
        let width = min(40, (rows.map { $0[0].1.string?.count ?? 0 }.max() ?? 0) + 2)
        for row in rows {
            let name = row[0].1.string ?? ""
            let rest: String
            switch kind {
            case "parameters":
                let value = ValueFormatter.format(row[1].1.number ?? 0, unit: row[3].1.string)
                rest = "\(value) \(row[3].1.string ?? "")" + ((row[2].1.string ?? "").isEmpty ? "" : "  (\(row[2].1.string!))") + "\n"
                    + String(repeating: " ", count: width + 2) + (row[4].1.string ?? "")
            case "variables":
                rest = "[\(row[2].1.string ?? "")] \(row[3].1.string ?? "")"
            default:
                rest = row[2].1.string ?? ""
            }
            text += "  \(name.padding(toLength: width, withPad: " ", startingAt: 0))\(rest)\n"
        }
        Console.out(text)
    }
}
