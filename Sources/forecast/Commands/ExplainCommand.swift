import Dynamics
import Foundation
import Scenarios

/// `forecast explain NAME`: what a variable reads (to a depth) and what reads it, with equations.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain", summary: "show what a variable depends on and what depends on it, with each equation", positionals: ["NAME"],
        options: [.scenario, .assumptions, .init(name: "depth", value: "N", help: "levels of causes to show (default 2)"), .format, .help],
        examples: ["forecast explain capability_lag_months", "forecast explain comp_closed --depth 3"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = try Workspace.format(arguments)
        guard let depth = Int(arguments.value("depth") ?? "2"), depth >= 1 else {
            throw .usage(UsageError(message: "--depth must be a whole number of at least 1"))
        }
        let workspace = try Workspace.load(arguments)
        let scenario = try workspace.resolve(arguments.value("scenario") ?? "base").scenario
        let compiled = try workspace.compile(scenario)
        let name = arguments.positionals[0]
        let equations = Dictionary(compiled.model.equations.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let parameters = Dictionary(scenario.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let written = Dictionary(workspace.assumptions.variables.map { ($0.name, $0.equation.text) }, uniquingKeysWith: { a, _ in a })
        guard equations[name] != nil || parameters[name] != nil || scenario.tables.contains(where: { $0.name == name }) else {
            throw Failure("unknown name '\(name)'", hint: Suggestion.hint(for: name, in: Array(equations.keys.filter { !$0.contains("#") }) + Array(parameters.keys))
                              ?? "see `forecast list variables`")
        }
        // Hidden variables (smooths, delays) are shown through: their inputs count as the owner's.
        func visibleDependencies(_ name: String, _ seen: inout Set<String>) -> [String] {
            guard let equation = equations[name] else { return [] }
            var result: [String] = []
            for dependency in equation.dependencies + equation.inflows + equation.outflows where seen.insert(dependency).inserted {
                if dependency.contains("#") && equations[dependency] != nil && parameters[String(dependency.prefix { $0 != "#" })] == nil {
                    result += visibleDependencies(dependency, &seen)
                } else {
                    result.append(String(dependency.prefix { $0 != "#" }))
                }
            }
            return result
        }
        func describe(_ name: String) -> String {
            if let parameter = parameters[name] {
                return "parameter = \(parameter.value) \(parameter.unit ?? "")" + (parameter.source.map { "  (\($0))" } ?? "")
            }
            if let table = scenario.tables.first(where: { $0.name == name }) { return "table of \(table.xs.count) points" }
            guard let equation = equations[name] else { return "" }
            // The equation as the modeller wrote it, not as the compiler expanded it.
            let text = written[name] ?? ExpressionPrinter.print(equation.expression)
            switch equation.kind {
            case "stock":
                let flows = equation.inflows.map { "+ \($0)" } + equation.outflows.map { "- \($0)" }
                return "stock [\(equation.unit ?? "")], d/dt = \(flows.joined(separator: " ")), starts at \(text)"
            default:
                return "\(equation.kind) [\(equation.unit ?? "")] = \(text)"
            }
        }
        var causes: [(level: Int, name: String)] = []
        var visited: Set<String> = [name]
        var frontier = [name]
        for level in 1...depth {
            var next: [String] = []
            for item in frontier {
                var seen = visited
                for dependency in visibleDependencies(item, &seen) where visited.insert(dependency).inserted {
                    causes.append((level, dependency))
                    next.append(dependency)
                }
            }
            frontier = next
        }
        var effects: [String] = []
        for equation in compiled.model.equations where equation.isVisible && equation.name != name {
            var seen: Set<String> = [equation.name]
            if visibleDependencies(equation.name, &seen).contains(name) { effects.append(equation.name) }
        }
        if format == "json" {
            func item(_ n: String, level: Int? = nil) -> JSONValue {
                var members: [JSONValue.Member] = [.init(key: "name", value: .init(.string(n))), .init(key: "definition", value: .init(.string(describe(n))))]
                if let level { members.append(.init(key: "level", value: .init(.number(Double(level))))) }
                return JSONValue(.object(members))
            }
            let object = JSONValue(.object([
                .init(key: "schema", value: .init(.string("forecast.explain/1"))),
                .init(key: "name", value: .init(.string(name))),
                .init(key: "definition", value: .init(.string(describe(name)))),
                .init(key: "doc", value: .init(.string(compiled.model.columns.first { $0.name == name }?.doc ?? ""))),
                .init(key: "depends_on", value: .init(.array(causes.map { item($0.name, level: $0.level) }))),
                .init(key: "used_by", value: .init(.array(effects.map { item($0) }))),
            ]))
            Console.out(JSONWriter.write(object, style: .pretty) + "\n")
            return
        }
        var text = "\(name): \(describe(name))\n"
        if let doc = compiled.model.columns.first(where: { $0.name == name })?.doc { text += "  \(doc)\n" }
        text += "\ndepends on:\n"
        text += causes.isEmpty ? "  nothing\n" : causes.map { "\(String(repeating: "  ", count: $0.level))\($0.name): \(describe($0.name))\n" }.joined()
        text += "\nused by:\n"
        text += effects.isEmpty ? "  nothing\n" : effects.map { "  \($0): \(describe($0))\n" }.joined()
        Console.out(text)
    }
}
