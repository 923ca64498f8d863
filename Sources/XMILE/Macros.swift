import Dynamics

/// A `<macro>` (XMILE 1.0 §3.6, §4.8): a function defined by the model, with parameters, a
/// result equation and optionally variables of its own, stocks included.
struct MacroDefinition: Sendable {
    var name: String
    var display: String
    var parameters: [String]
    /// How many of the parameters have no default and must be given.
    var required: Int
    /// The parameters' defaults, by parameter, parsed in the macro's terms.
    var defaults: [String: Expression]
    /// The macro's variables, with the result as one more auxiliary, `resultName`; names local.
    var body: VariableReader.Output
    /// The declared kind of each parameter that the macro also declares as a variable (xmutil
    /// writes a parameter used as a flow as an equation-less `<flow>`).
    var parameterFlows: Set<String>

    static let resultName = "#result"

    var arity: ClosedRange<Int> { required...parameters.count }

    /// Every `<macro>` under the root, read with `reader`; problems go to `problems`.
    static func read(_ root: XMLElementNode, file: String?, reader: inout VariableReader, problems: inout [Diagnostic]) -> [String: MacroDefinition] {
        var macros: [String: MacroDefinition] = [:]
        let elements = root.children(named: "macro")
        // Every macro's arity first: a macro's body may call another.
        for element in elements {
            guard let written = element.attributes["name"] else { continue }
            let parameters = element.children(named: "parm")
            let required = parameters.firstIndex { $0.attributes["default"] != nil } ?? parameters.count
            reader.macros[XMILEName.canonical(written)] = required...parameters.count
        }
        for element in elements {
            guard let written = element.attributes["name"] else {
                problems.append(XMILEProblem.missingName(element: "macro").diagnostic(at: element.location(in: file)))
                continue
            }
            let name = XMILEName.canonical(written)
            let parameterElements = element.children(named: "parm")
            let parameters = parameterElements.map { XMILEName.canonical($0.text) }
            guard let eqn = element.child("eqn") else {
                problems.append(XMILEProblem.missingEquation(kind: "macro", name: XMILEName.display(written)).diagnostic(at: element.location(in: file)))
                continue
            }
            // The result is read as one more auxiliary of the macro's own variables.
            let result = XMLElementNode(name: "aux", attributes: ["name": resultName], text: "", children: [eqn],
                                        line: eqn.line, column: eqn.column, textLine: eqn.textLine, textColumn: eqn.textColumn)
            var container = element.child("variables") ?? XMLElementNode(name: "variables", attributes: [:], text: "", children: [],
                                                                          line: element.line, column: element.column,
                                                                          textLine: element.textLine, textColumn: element.textColumn)
            let flows = Set(container.children.filter { $0.name == "flow" }.compactMap { $0.attributes["name"] }.map(XMILEName.canonical))
            container.children.append(result)
            var defaults: [String: Expression] = [:]
            for parameter in parameterElements {
                guard let text = parameter.attributes["default"],
                      let parsed = try? Parser.parse(EquationText.prepared(text), dialect: .xmile) else { continue }
                defaults[XMILEName.canonical(parameter.text)] = parsed
            }
            let body = reader.read(container, parameters: Set(parameters))
            macros[name] = MacroDefinition(name: name, display: XMILEName.display(written), parameters: parameters,
                                           required: parameterElements.firstIndex { $0.attributes["default"] != nil } ?? parameters.count,
                                           defaults: defaults, body: body, parameterFlows: flows.intersection(parameters))
        }
        return macros
    }
}

/// Replaces every call of a macro by the macro's result, computed by an instance of the
/// macro's variables made for that call: `owner.macro1.x`, with its own stocks, and its
/// parameters as auxiliaries equal to the call's arguments. The instances' variables are
/// hidden from outputs. Macros may call macros, to a depth of 16.
struct MacroExpander {
    let macros: [String: MacroDefinition]
    private(set) var problems: [Diagnostic] = []
    private var counters: [String: Int] = [:]

    init(macros: [String: MacroDefinition]) {
        self.macros = macros
    }

    mutating func expand(_ output: VariableReader.Output) -> VariableReader.Output {
        guard !macros.isEmpty else { return output }
        var result = output
        var pending = Array(output.variables.indices)
        var depth: [String: Int] = [:]
        while let k = pending.popLast() {
            let owner = result.variables[k].name
            var added: [Variable] = []
            var tables: [Table] = []
            var variable = result.variables[k]
            variable.equation.parsed = variable.equation.parsed.map { expand($0, owner: owner, depth: depth[owner] ?? 0, into: &added, tables: &tables) }
            variable.elementEquations = variable.elementEquations.map { element in
                var element = element
                element.equation.parsed = element.equation.parsed.map { expand($0, owner: owner, depth: depth[owner] ?? 0, into: &added, tables: &tables) }
                return element
            }
            result.variables[k] = variable
            for new in added { depth[new.name] = (depth[owner] ?? 0) + 1 }
            let start = result.variables.count
            result.variables += added
            result.tables += tables
            pending += Array(start..<result.variables.count)
        }
        return result
    }

    private mutating func expand(_ e: Expression, owner: String, depth: Int, into added: inout [Variable], tables: inout [Table]) -> Expression {
        func recurse(_ e: Expression) -> Expression { expand(e, owner: owner, depth: depth, into: &added, tables: &tables) }
        switch e.kind {
        case .number, .name: return e
        case .unary(let op, let operand): return Expression(.unary(op, recurse(operand)), at: e.position)
        case .binary(let op, let a, let b): return Expression(.binary(op, recurse(a), recurse(b)), at: e.position)
        case .subscript(let name, let indices):
            return Expression(.subscript(name, indices.map { index in
                switch index {
                case .index(let e): .index(recurse(e))
                case .range(let a, let b): .range(recurse(a), recurse(b))
                case .wildcard, .dimensionPosition: index
                }
            }), at: e.position)
        case .call(let name, let arguments):
            let arguments = arguments.map(recurse)
            guard let macro = macros[name] else { return Expression(.call(name, arguments), at: e.position) }
            guard depth < 16 else {
                problems.append(XMILEProblem.macrosTooDeep(macro.display).diagnostic(at: nil))
                return Expression(.number(0), at: e.position)
            }
            counters[owner, default: 0] += 1
            let prefix = "\(owner).\(name)\(counters[owner]!)."
            // The macro's own variables, renamed for this call; its parameters become variables too.
            var body = macro.body
            let at = e.position
            for parameter in macro.parameters {
                body.variables.append(Variable(name: parameter, role: macro.parameterFlows.contains(parameter) ? .flow(nonNegative: false) : .auxiliary,
                                               equation: Equation("")))
            }
            var instance = ModuleFlattener.prefixed(body, prefix, display: prefix)
            // Each parameter is the call's argument, in the caller's terms, or its default.
            for (k, parameter) in macro.parameters.enumerated() {
                let value = k < arguments.count ? arguments[k]
                    : macro.defaults[parameter].map { rename($0, to: prefix, names: Set(macro.parameters)) } ?? Expression(.number(0), at: at)
                if let index = instance.variables.firstIndex(where: { $0.name == prefix + parameter }) {
                    instance.variables[index].equation = Equation(ExpressionPrinter.print(value), parsed: value)
                }
            }
            for index in instance.variables.indices {
                instance.variables[index].provenance = .expanded(owner: owner, function: macro.display)
            }
            added += instance.variables
            tables += instance.tables
            return Expression(.name(prefix + MacroDefinition.resultName), at: at)
        }
    }

    /// `e` with each of `names` prefixed: a default given in terms of earlier parameters.
    private func rename(_ e: Expression, to prefix: String, names: Set<String>) -> Expression {
        switch e.kind {
        case .name(let name) where names.contains(name): return Expression(.name(prefix + name), at: e.position)
        case .number, .name, .subscript: return e
        case .unary(let op, let operand): return Expression(.unary(op, rename(operand, to: prefix, names: names)), at: e.position)
        case .binary(let op, let a, let b):
            return Expression(.binary(op, rename(a, to: prefix, names: names), rename(b, to: prefix, names: names)), at: e.position)
        case .call(let name, let arguments): return Expression(.call(name, arguments.map { rename($0, to: prefix, names: names) }), at: e.position)
        }
    }
}
