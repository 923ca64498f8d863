/// Turns a `ModelDefinition` into a `CompiledModel`: parse, check calls, expand stateful
/// functions, resolve names, order equations, generate instructions.
///
/// Every problem is collected before failing, so a user sees all of them at once.
public enum Compiler {
    /// Names every equation can read without defining them.
    public static let reservedNames: Set<String> = ["time", "dt"]

    public static func compile(_ definition: ModelDefinition, dialect: Parser.Dialect = .forecast) throws(DiagnosticList) -> CompiledModel {
        var problems: [Diagnostic] = []
        // Callers that read files say where; the engine only refuses.
        guard !definition.variables.isEmpty else { throw DiagnosticList([Diagnostic(.error, CompileProblem.noVariables)]) }

        // 1. Parse, then flatten arrays into scalar variables.
        let flat = flattened(definition, dialect: dialect, problems: &problems)

        var nodes: [Node] = []
        for variable in flat.variables {
            let kind: Node.Kind
            switch variable.role {
            case let .stock(inflows, outflows, nonNegative): kind = .stock(inflows: inflows, outflows: outflows, nonNegative: nonNegative)
            case let .flow(nonNegative): kind = .flow(nonNegative: nonNegative)
            case .auxiliary: kind = .auxiliary
            }
            let expression = variable.equation.parsed ?? Expression(.number(0), at: SourcePosition(line: 1, column: 1))
            var node = Node(name: variable.name, kind: kind, expression: expression, origin: variable.equation.origin,
                            declaration: variable.origin, provenance: variable.provenance, unit: variable.unit, doc: variable.doc,
                            element: variable.element, written: expression)
            node.initialExpression = variable.isStock ? nil : variable.initialEquation?.parsed
            nodes.append(node)
        }

        // 2. Names: duplicates and reserved words.
        var declared: [String: SourceLocation?] = [:]
        func declare(_ name: String, _ location: SourceLocation?) {
            if reservedNames.contains(name) {
                problems.append(Diagnostic(.error, CompileProblem.reservedName(name), at: location))
            } else if let earlier = declared[name] {
                problems.append(Diagnostic(.error, CompileProblem.definedTwice(name, first: earlier), at: location))
            } else {
                declared[name] = location
            }
        }
        for node in nodes { declare(node.name, node.declaration) }
        for parameter in definition.parameters { declare(parameter.name, parameter.origin) }
        for alias in definition.aliases { declare(alias.name, alias.origin) }
        for table in definition.tables {
            declare(table.name, table.origin)
            problems += table.validate()
        }
        for parameter in definition.parameters where !parameter.value.isFinite {
            problems.append(Diagnostic(.error, CompileProblem.nonFiniteParameter(parameter.name, value: parameter.value), at: parameter.origin))
        }

        // 3. Calls: known functions with the right number of arguments.
        let tableNames = Set(definition.tables.map(\.name))
        for node in nodes {
            problems += CallChecker.check(node, tables: tableNames)
        }
        guard !problems.contains(where: \.isError) else { throw DiagnosticList(problems) }

        // 4. Expand stateful functions into hidden stocks.
        var expansion = StatefulExpansion()
        for index in nodes.indices {
            nodes[index].expression = expansion.expand(nodes[index].expression, in: nodes[index])
            nodes[index].initialExpression = nodes[index].initialExpression.map { expansion.expand($0, in: nodes[index]) }
        }
        problems += expansion.problems
        nodes += expansion.nodes

        // 5. Resolve names; check each stock's flows.
        let variableIndex = Dictionary(nodes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let parameterNames = Set(definition.parameters.map(\.name))
        // Suggestions name what a modeller wrote: arrays, not their elements.
        let known = Array(Set(nodes.filter(\.isVisible).map(\.writtenName) + definition.parameters.filter { !$0.name.contains("[") }.map(\.name)
                        + definition.arrays.map(\.name)).union(reservedNames))
        var hints: [String: String?] = [:]
        func hint(for name: String) -> String? {
            if let found = hints[name] { return found }
            let found = Suggestion.hint(for: name, in: known)
            hints[name] = found
            return found
        }
        // A pipeline's source and delay time are names the expanded equations no longer hold.
        for spec in expansion.pipelines {
            for name in [spec.source] + (spec.delay.flatMap { if case .name(let name) = $0.kind { [name] } else { nil } } ?? [])
            where variableIndex[name] == nil && !parameterNames.contains(name) && !reservedNames.contains(name) {
                let problem = tableNames.contains(name) ? CompileProblem.tableWithoutArgument(name, equation: spec.variable)
                    : .unknownName(name, equation: spec.variable, hint: hint(for: name))
                problems.append(Diagnostic(.error, problem, at: spec.location))
            }
        }
        for node in nodes {
            for (name, position) in node.expression.references() + (node.initialExpression?.references() ?? [])
            where variableIndex[name] == nil && !parameterNames.contains(name) && !reservedNames.contains(name) {
                let problem = tableNames.contains(name) ? CompileProblem.tableWithoutArgument(name, equation: node.writtenName)
                    : .unknownName(name, equation: node.writtenName, hint: hint(for: name))
                problems.append(Diagnostic(.error, problem, at: node.location(of: position)))
            }
            if case let .stock(inflows, outflows, _) = node.kind {
                for flow in inflows + outflows {
                    if let index = variableIndex[flow] {
                        if nodes[index].isStock {
                            problems.append(Diagnostic(.error, CompileProblem.stockListsStock(stock: node.writtenName, flow: nodes[index].writtenName),
                                                       at: node.declaration))
                        }
                    } else {
                        problems.append(Diagnostic(.error, CompileProblem.unknownFlow(stock: node.writtenName, flow: flow,
                                                                                      hint: Suggestion.hint(for: flow, in: known)),
                                                   at: node.declaration))
                    }
                }
            }
        }
        guard !problems.contains(where: \.isError) else { throw DiagnosticList(problems) }

        // 6. Order and generate.
        var aliasProblems: [Diagnostic] = []
        for alias in definition.aliases where variableIndex[alias.target] == nil || !nodes[variableIndex[alias.target]!].isVisible {
            aliasProblems.append(Diagnostic(.error, CompileProblem.aliasTarget(alias: alias.name, target: alias.target,
                                                                              hint: Suggestion.hint(for: alias.target, in: nodes.filter(\.isVisible).map(\.name))),
                                            at: alias.origin))
        }
        guard aliasProblems.isEmpty else { throw DiagnosticList(problems + aliasProblems) }
        var generator = CodeGenerator(nodes: nodes, parameters: definition.parameters, tables: definition.tables,
                                      pipelines: expansion.pipelines, aliases: definition.aliases)
        do {
            return try generator.generate()
        } catch {
            throw DiagnosticList(problems + error.diagnostics)
        }
    }

    /// `definition` with every equation parsed and every array flattened into scalar variables
    /// (`hires[open]`, each with its `element`), as the compiler sees it after its first stage.
    public static func flatten(_ definition: ModelDefinition, dialect: Parser.Dialect = .forecast) throws(DiagnosticList) -> ModelDefinition {
        var problems: [Diagnostic] = []
        let flat = flattened(definition, dialect: dialect, problems: &problems)
        if problems.contains(where: \.isError) { throw DiagnosticList(problems) }
        return flat
    }

    private static func flattened(_ definition: ModelDefinition, dialect: Parser.Dialect, problems: inout [Diagnostic]) -> ModelDefinition {
        var unparsed = definition
        for index in unparsed.variables.indices {
            let variable = unparsed.variables[index]
            func parsed(_ equation: Equation) -> Equation {
                guard equation.parsed == nil, !(equation.text.isEmpty && !variable.dimensions.isEmpty) else { return equation }
                var equation = equation
                do {
                    equation.parsed = try Parser.parse(equation.text, dialect: dialect)
                } catch {
                    var diagnostic = error.diagnostic(equationStart: equation.origin).inContext(.equation(variable.name))
                    if equation.origin == nil { diagnostic.location = variable.origin }
                    problems.append(diagnostic)
                    equation.parsed = Expression(.number(0), at: SourcePosition(line: 1, column: 1))
                }
                return equation
            }
            unparsed.variables[index].equation = parsed(variable.equation)
            unparsed.variables[index].initialEquation = variable.initialEquation.map(parsed)
            unparsed.variables[index].elementEquations = variable.elementEquations.map { ElementEquation($0.elements, parsed($0.equation)) }
        }
        var flattener = ArrayFlattener(unparsed)
        let flat = flattener.flatten()
        problems += flattener.problems
        return flat
    }
}

/// Checks that every call names a builtin or a table and passes the right number of arguments.
enum CallChecker {
    static func check(_ node: Node, tables: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        node.expression.visit { expression in
            guard case .call(let name, let arguments) = expression.kind else { return }
            let location = node.location(of: expression.position)
            if let builtin = Builtin(rawValue: name) {
                if !builtin.arity.contains(arguments.count) {
                    let expected = builtin.arity.lowerBound == builtin.arity.upperBound ? "\(builtin.arity.lowerBound)"
                        : builtin.arity.upperBound == Int.max ? "at least \(builtin.arity.lowerBound)"
                        : "\(builtin.arity.lowerBound) to \(builtin.arity.upperBound)"
                    problems.append(Diagnostic(.error, CompileProblem.argumentCount(function: name, expected: expected, found: arguments.count,
                                                                                    signature: builtin.signature), at: location))
                }
            } else if tables.contains(name) {
                if arguments.count != 1 {
                    problems.append(Diagnostic(.error, CompileProblem.tableArgumentCount(name, found: arguments.count), at: location))
                }
            } else {
                let candidates = Builtin.allCases.map(\.rawValue) + Array(tables)
                problems.append(Diagnostic(.error, CompileProblem.unknownFunction(name, hint: Suggestion.hint(for: name, in: candidates)),
                                           at: location))
            }
        }
        return problems
    }
}
