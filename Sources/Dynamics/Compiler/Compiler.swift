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

        // 1. Parse.
        var nodes: [Node] = []
        for variable in definition.variables {
            let kind: Node.Kind
            switch variable.role {
            case let .stock(inflows, outflows, nonNegative): kind = .stock(inflows: inflows, outflows: outflows, nonNegative: nonNegative)
            case let .flow(nonNegative): kind = .flow(nonNegative: nonNegative)
            case .auxiliary: kind = .auxiliary
            }
            var expression = Expression(.number(0), at: SourcePosition(line: 1, column: 1))
            if let parsed = variable.equation.parsed {
                expression = parsed
            } else {
                do {
                    expression = try Parser.parse(variable.equation.text, dialect: dialect)
                } catch {
                    var diagnostic = error.diagnostic(equationStart: variable.equation.origin).inContext(.equation(variable.name))
                    if variable.equation.origin == nil { diagnostic.location = variable.origin }
                    problems.append(diagnostic)
                }
            }
            nodes.append(Node(name: variable.name, kind: kind, expression: expression, origin: variable.equation.origin,
                              declaration: variable.origin, provenance: .user, unit: variable.unit, doc: variable.doc))
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
        }
        problems += expansion.problems
        nodes += expansion.nodes

        // 5. Resolve names; check each stock's flows.
        let variableIndex = Dictionary(nodes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let parameterNames = Set(definition.parameters.map(\.name))
        let known = Array(variableIndex.keys) + Array(parameterNames) + Array(reservedNames)
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
            for (name, position) in node.expression.references()
            where variableIndex[name] == nil && !parameterNames.contains(name) && !reservedNames.contains(name) {
                let problem = tableNames.contains(name) ? CompileProblem.tableWithoutArgument(name, equation: node.name)
                    : .unknownName(name, equation: node.name, hint: hint(for: name))
                problems.append(Diagnostic(.error, problem, at: node.location(of: position)))
            }
            if case let .stock(inflows, outflows, _) = node.kind {
                for flow in inflows + outflows {
                    if let index = variableIndex[flow] {
                        if nodes[index].isStock {
                            problems.append(Diagnostic(.error, CompileProblem.stockListsStock(stock: node.name, flow: flow), at: node.declaration))
                        }
                    } else {
                        problems.append(Diagnostic(.error, CompileProblem.unknownFlow(stock: node.name, flow: flow,
                                                                                      hint: Suggestion.hint(for: flow, in: variableIndex.keys)),
                                                   at: node.declaration))
                    }
                }
            }
        }
        guard !problems.contains(where: \.isError) else { throw DiagnosticList(problems) }

        // 6. Order and generate.
        var generator = CodeGenerator(nodes: nodes, parameters: definition.parameters, tables: definition.tables,
                                      pipelines: expansion.pipelines)
        do {
            return try generator.generate()
        } catch {
            throw DiagnosticList(problems + error.diagnostics)
        }
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
