import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast compare A B`: two scenarios side by side with absolute and relative differences.
enum CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare", summary: "two scenarios side by side, with differences", positionals: ["A", "B"],
        options: [.assumptions,
                  .init(name: "set", value: "NAME=VALUE", help: "override a parameter in both (repeatable)", repeatable: true),
                  .init(name: "select", value: "GLOB", help: "series to compare (default: the headline series)", repeatable: true),
                  .init(name: "from", value: "QUARTER", help: "first quarter shown"),
                  .init(name: "to", value: "QUARTER", help: "last quarter shown"),
                  .init(name: "every", value: "quarter|year|step", help: "rows per year (default), quarter or step"),
                  .init(name: "format", value: "table|json|csv", help: "output format (default: table)"), .help],
        examples: ["forecast compare base sponsor-retreat", "forecast compare base data-wall --select 'effective_*' --format json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = try Workspace.format(arguments, ["table", "json", "csv"])
        let sampling = try Workspace.sampling(arguments, default: .year)
        let from = try Workspace.quarter(arguments.value("from"), option: "from")
        let to = try Workspace.quarter(arguments.value("to"), option: "to")
        let workspace = try Workspace.load(arguments)
        let overrides = try Workspace.overrides(arguments)
        var views: [RunView] = []
        var warnings = workspace.assumptions.warnings
        for name in arguments.positionals {
            let (scenario, found) = try workspace.resolve(name, overrides: overrides)
            warnings += found
            views.append(try RunCommand.makeView(try workspace.compile(scenario), workspace: workspace, arguments: arguments,
                                                 sampling: sampling, from: from, to: to, warnings: found))
        }
        ProblemReport.printWarnings(warnings, format: format)
        let (a, b) = (views[0], views[1])
        func relative(_ x: Double, _ y: Double) -> Double { x == 0 ? (y == 0 ? 0 : .nan) : (y - x) / abs(x) }
        switch format {
        case "json":
            func numbers(_ xs: [Double]) -> JSONValue { JSONValue(.array(xs.map { JSONValue(.number($0)) })) }
            let series = a.series.indices.map { k -> JSONValue.Member in
                let (x, y) = (a.series[k].values, b.series[k].values)
                return .init(key: a.series[k].name, value: JSONValue(.object([
                    .init(key: "unit", value: a.series[k].unit.map { JSONValue(.string($0)) } ?? JSONValue(.null)),
                    .init(key: a.scenario, value: numbers(x)), .init(key: b.scenario, value: numbers(y)),
                    .init(key: "difference", value: numbers(zip(x, y).map { $1 - $0 })),
                    .init(key: "relative_difference", value: numbers(zip(x, y).map(relative))),
                ])))
            }
            let object = JSONValue(.object([
                .init(key: "schema", value: .init(.string("forecast.compare/1"))),
                .init(key: "scenarios", value: .init(.array([JSONValue(.string(a.scenario)), JSONValue(.string(b.scenario))]))),
                .init(key: "time", value: .init(.object([.init(key: "labels", value: .init(.array(a.labels.map { JSONValue(.string($0)) }))),
                                                         .init(key: "values", value: numbers(a.times))]))),
                .init(key: "series", value: .init(.object(series))),
            ]))
            Console.out(JSONWriter.write(object, style: .pretty) + "\n")
        case "csv":
            var rows: [[String]] = []
            for k in a.series.indices {
                for row in a.labels.indices {
                    let (x, y) = (a.series[k].values[row], b.series[k].values[row])
                    rows.append([a.series[k].name, a.labels[row], CSVWriter.number(x), CSVWriter.number(y),
                                 CSVWriter.number(y - x), CSVWriter.number(relative(x, y))])
                }
            }
            Console.out(CSVWriter.write(header: ["series", "time", a.scenario, b.scenario, "difference", "relative_difference"], rows: rows))
        default:
            var text = "\(a.scenario) vs \(b.scenario)    (money in constant 2023 US$)\n"
            for k in a.series.indices {
                let unit = a.series[k].unit
                let (x, y) = (a.series[k].values, b.series[k].values)
                text += "\n\(a.series[k].name)" + (unit.map { " [\($0)]" } ?? "") + "\n"
                let table = TextTable(labelHeader: "time", columns: [(a.scenario, nil), (b.scenario, nil), ("difference", nil), ("relative", nil)],
                                      labels: a.labels, cells: [
                                        x.map { ValueFormatter.format($0, unit: unit) }, y.map { ValueFormatter.format($0, unit: unit) },
                                        zip(x, y).map { ValueFormatter.format($1 - $0, unit: unit) },
                                        zip(x, y).map { let r = relative($0, $1); return r.isFinite ? String(format: "%+.1f%%", r * 100) : "n/a" },
                                      ])
                text += table.render()
            }
            Console.out(text)
        }
    }
}
