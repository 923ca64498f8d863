import Dynamics

/// A `<module>`: an instance of another `<model>` of the file, with the connections that feed
/// its inputs (XMILE 1.0 §3.7.4, §4.7).
struct ModuleDeclaration: Sendable {
    var name: String
    var display: String
    /// `(to, from)` as written, both possibly qualified (`hares.area`, `.area`).
    var connections: [(to: String, from: String)]
    var element: XMLElementNode

    init(_ element: XMLElementNode, name written: String) {
        name = XMILEName.canonical(written)
        display = XMILEName.display(written)
        connections = element.children(named: "connect").compactMap { connect in
            guard let to = connect.attributes["to"], let from = connect.attributes["from"] else { return nil }
            return (to, from)
        }
        self.element = element
    }
}

/// Modules flattened into one model: each instance's variables, tables and stocks get the
/// instance's name as a prefix (`hares.births`), so every instance keeps its own state, and
/// each connected input becomes an auxiliary equal to what it is connected to.
enum ModuleFlattener {
    /// The parts of a qualified name, split on dots outside quotes, each canonical:
    /// `a."module/output"` → `["a", "module/output"]`; a leading dot (the root model) gives an
    /// empty first part.
    static func parts(_ written: String) -> [String] {
        var parts: [String] = [], current = "", quoted = false
        for character in written {
            if character == "\"" { quoted.toggle(); current.append(character); continue }
            if character == ".", !quoted {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts.map { $0.isEmpty ? "" : XMILEName.canonical($0) }
    }

    /// `output` with every name it defines prefixed by `prefix` (`hares.`), in its variables'
    /// names, equations and flows and in its tables.
    static func prefixed(_ output: VariableReader.Output, _ prefix: String, display displayPrefix: String) -> VariableReader.Output {
        guard !prefix.isEmpty else { return output }
        let local = Set(output.variables.map(\.name)).union(output.tables.map(\.name)).union(output.arrays.map(\.name))
        func rename(_ name: String) -> String { local.contains(name) ? prefix + name : name }
        func rewrite(_ e: Expression) -> Expression {
            switch e.kind {
            case .number: return e
            case .name(let name): return Expression(.name(rename(name)), at: e.position)
            case .unary(let op, let operand): return Expression(.unary(op, rewrite(operand)), at: e.position)
            case .binary(let op, let a, let b): return Expression(.binary(op, rewrite(a), rewrite(b)), at: e.position)
            case .call(let name, let arguments): return Expression(.call(rename(name), arguments.map(rewrite)), at: e.position)
            case .subscript(let name, let indices):
                return Expression(.subscript(rename(name), indices.map { index in
                    switch index {
                    case .index(let e): .index(rewrite(e))
                    case .range(let a, let b): .range(rewrite(a), rewrite(b))
                    case .wildcard, .dimensionPosition: index
                    }
                }), at: e.position)
            }
        }
        func equation(_ equation: Equation) -> Equation {
            var equation = equation
            equation.parsed = equation.parsed.map(rewrite)
            return equation
        }
        var result = output
        result.variables = output.variables.map { variable in
            var variable = variable
            variable.name = prefix + variable.name
            variable.equation = equation(variable.equation)
            variable.elementEquations = variable.elementEquations.map { ElementEquation($0.elements, equation($0.equation)) }
            if case let .stock(inflows, outflows, nonNegative) = variable.role {
                variable.role = .stock(inflows: inflows.map(rename), outflows: outflows.map(rename), nonNegative: nonNegative)
            }
            return variable
        }
        result.tables = output.tables.map { table in
            var table = table
            table.name = prefix + table.name
            if case .graphicalFunction(let owner) = table.provenance { table.provenance = .graphicalFunction(owner: prefix + owner) }
            return table
        }
        result.arrays = output.arrays.map { ArrayDeclaration(name: prefix + $0.name, dimensions: $0.dimensions) }
        result.displayNames = Dictionary(output.displayNames.map { (local.contains($0.key) ? prefix + $0.key : $0.key,
                                                                     local.contains($0.key) ? displayPrefix + $0.value : $0.value) },
                                         uniquingKeysWith: { a, _ in a })
        result.inputs = Set(output.inputs.map { prefix + $0 })
        return result
    }
}

/// The root model with every module instantiated in it, recursively, and the connections
/// between them resolved.
struct ModelAssembly {
    private let models: [String: XMLElementNode]
    private let file: String?
    private(set) var problems: [Diagnostic] = []
    /// Input → what it is connected to, both as flattened names.
    private var connections: [(target: String, source: String, element: XMLElementNode)] = []
    private var depth = 0

    init(models: [XMLElementNode], file: String?) {
        var named: [String: XMLElementNode] = [:]
        for model in models {
            if let name = model.attributes["name"], !name.isEmpty { named[XMILEName.canonical(name)] = model }
        }
        self.models = named
        self.file = file
    }

    /// The variables of `model` (under `<variables>`, or directly under `<model>` as Stella 10
    /// writes them), prefixed, with those of every module it holds.
    mutating func instantiate(_ model: XMLElementNode, prefix: String, display: String, reader: inout VariableReader) -> VariableReader.Output {
        let container = model.child("variables") ?? model
        var output = ModuleFlattener.prefixed(reader.read(container), prefix, display: display)
        let modules = output.modules
        output.modules = []
        for module in modules {
            guard let submodel = models[module.name] else {
                problems.append(XMILEProblem.moduleWithoutModel(module.display).diagnostic(at: module.element.location(in: file)))
                continue
            }
            guard depth < 32 else {
                problems.append(XMILEProblem.modulesTooDeep(module.display).diagnostic(at: module.element.location(in: file)))
                continue
            }
            depth += 1
            let inner = instantiate(submodel, prefix: prefix + module.name + ".", display: display + module.display + ".", reader: &reader)
            depth -= 1
            output.variables += inner.variables
            output.tables += inner.tables
            output.arrays += inner.arrays
            output.displayNames.merge(inner.displayNames) { outer, _ in outer }
            output.inputs.formUnion(inner.inputs)
            let names = Set(modules.map(\.name))
            for (to, from) in module.connections {
                let target = ModuleFlattener.parts(to), source = ModuleFlattener.parts(from)
                // `to` names the input in this module, or qualified, in the module named first.
                let targetName = target.count > 1 && names.contains(target[0]) ? prefix + target.joined(separator: ".")
                    : prefix + module.name + "." + target.joined(separator: ".")
                // `.x` is the root model's x; `m.x` is x in module m of this model; `x` is this model's.
                let sourceName = source.first == "" ? source.dropFirst().joined(separator: ".") : prefix + source.joined(separator: ".")
                if !connections.contains(where: { $0.target == targetName && $0.source == sourceName }) {
                    connections.append((targetName, sourceName, module.element))
                }
            }
        }
        return output
    }

    /// `output` with each connected input equal to its source.
    mutating func connected(_ output: VariableReader.Output) -> VariableReader.Output {
        var output = output
        let index = Dictionary(output.variables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        for connection in connections {
            guard let k = index[connection.target] else {
                problems.append(XMILEProblem.unknownConnection(connection.target, hint: Suggestion.hint(for: connection.target, in: index.keys))
                    .diagnostic(at: connection.element.location(in: file)))
                continue
            }
            var variable = output.variables[k]
            let at = SourcePosition(line: 1, column: 1)
            variable.role = .auxiliary
            variable.equation = Equation(connection.source, origin: connection.element.location(in: file),
                                         parsed: Expression(.name(connection.source), at: at))
            variable.elementEquations = []
            output.variables[k] = variable
        }
        let connectedTargets = Set(connections.map(\.target))
        for variable in output.variables where output.inputs.contains(variable.name) && !connectedTargets.contains(variable.name)
            && variable.equation.text.isEmpty && variable.equation.parsed == nil {
            problems.append(XMILEProblem.unconnectedInput(output.displayNames[variable.name] ?? variable.name).diagnostic(at: variable.origin))
        }
        return output
    }
}
