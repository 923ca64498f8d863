import Dynamics

/// The order of SMTHN and DELAYN shapes the model (n stocks), so it must be a number before the
/// engine compiles. An order written as an expression is its value at the start of the run, as
/// Vensim and PySD read it (`2 + STEP(1, 10)` is 2), and the engine itself computes it: the
/// model is compiled once with every ordered call replaced by its value at the start (its
/// initial value, else its input) and each order as an auxiliary of its own, and those
/// auxiliaries' first values are the orders. The orders are then written into the calls.
enum StartOrders {
    /// One ordered call whose order is not yet a number.
    private struct Site {
        var variable: Int
        /// nil for the variable's equation, else the index of its element equation.
        var element: Int?
        var position: SourcePosition
        var builtin: Builtin
        var order: Expression
        var probe: String
    }

    /// `definition` with every order a number; a problem for each order that is not a whole
    /// number from 1 to 1000 at the start. Orders the probe cannot compute (the model has other
    /// problems) are left as they are, for the compiler to report with the rest.
    static func resolve(_ definition: ModelDefinition, settings: RunSettings) -> (ModelDefinition, [Diagnostic]) {
        var sites: [Site] = []
        for (v, variable) in definition.variables.enumerated() {
            let equations = [(nil, variable.equation)] + variable.elementEquations.enumerated().map { ($0.offset, $0.element.equation) }
            for (element, equation) in equations {
                equation.parsed?.visit { node in
                    guard case .call(let name, let arguments) = node.kind, let builtin = Builtin(rawValue: name),
                          let k = builtin.specification.orderArgument, k < arguments.count else { return }
                    if case .number = arguments[k].kind { return }
                    sites.append(Site(variable: v, element: element, position: node.position, builtin: builtin, order: arguments[k],
                                      probe: "\(variable.name)#order\(sites.count)"))
                }
            }
        }
        guard !sites.isEmpty else { return (definition, []) }

        // The probe: ordered calls at their start values, and each order an auxiliary.
        var probe = definition
        for index in probe.variables.indices {
            var variable = probe.variables[index]
            if let parsed = variable.equation.parsed { variable.equation.parsed = atStart(parsed) }
            if let initial = variable.initialEquation?.parsed { variable.initialEquation?.parsed = atStart(initial) }
            for e in variable.elementEquations.indices {
                if let parsed = variable.elementEquations[e].equation.parsed { variable.elementEquations[e].equation.parsed = atStart(parsed) }
            }
            probe.variables[index] = variable
        }
        for site in sites {
            var auxiliary = Variable.auxiliary(site.probe, Equation("\(site.order)", parsed: atStart(site.order)))
            if site.element == nil { auxiliary.dimensions = definition.variables[site.variable].dimensions }
            probe.variables.append(auxiliary)
        }
        var first = settings
        first.stop = settings.start + settings.dt
        first.saveEvery = settings.dt
        first.stopOnNonFinite = false
        guard let run = try? Compiler.compile(probe).run(first) else { return (definition, []) }

        var resolved = definition
        var problems: [Diagnostic] = []
        for site in sites {
            // An arrayed probe has a column per element; the order must be one number for all.
            let values = run.columns.filter { $0.name == site.probe || $0.name.hasPrefix(site.probe + "[") }
                .compactMap { run.series($0.name)?.first }
            let variable = definition.variables[site.variable]
            let equation = site.element.map { variable.elementEquations[$0].equation } ?? variable.equation
            guard let value = values.first, values.allSatisfy({ $0 == value }), value >= 1, value <= 1000, value == value.rounded() else {
                let alias = site.builtin.specification.xmile[0]
                problems.append(XMILEProblem.orderNotConstant(function: alias.name, signature: alias.signature)
                    .diagnostic(at: equation.origin?.advanced(by: site.order.position)))
                continue
            }
            let written = equation.parsed.map { withOrder(value, at: site.position, in: $0) }
            if let element = site.element {
                resolved.variables[site.variable].elementEquations[element].equation.parsed = written
            } else {
                resolved.variables[site.variable].equation.parsed = written
            }
        }
        return (resolved, problems)
    }

    /// `expression` with each ordered call replaced by its value at the start: its initial
    /// value when given, else its input.
    private static func atStart(_ expression: Expression) -> Expression {
        rewritingCalls(expression) { name, arguments, _ in
            guard let k = Builtin(rawValue: name)?.specification.orderArgument else { return nil }
            return arguments.count > k + 1 ? arguments[k + 1] : arguments[0]
        }
    }

    /// `expression` with the order of the call at `position` written as `order`.
    private static func withOrder(_ order: Double, at position: SourcePosition, in expression: Expression) -> Expression {
        rewritingCalls(expression) { name, arguments, at in
            guard at == position, let k = Builtin(rawValue: name)?.specification.orderArgument else { return nil }
            var arguments = arguments
            arguments[k] = Expression(.number(order), at: arguments[k].position)
            return Expression(.call(name, arguments), at: at)
        }
    }

    /// `expression` with calls replaced where `body` returns a replacement (arguments rewritten first).
    private static func rewritingCalls(_ expression: Expression,
                                       _ body: (String, [Expression], SourcePosition) -> Expression?) -> Expression {
        func rewrite(_ e: Expression) -> Expression {
            switch e.kind {
            case .number, .name: return e
            case .unary(let op, let operand): return Expression(.unary(op, rewrite(operand)), at: e.position)
            case .binary(let op, let lhs, let rhs): return Expression(.binary(op, rewrite(lhs), rewrite(rhs)), at: e.position)
            case .call(let name, let arguments):
                var rewritten: [Expression] = []
                for argument in arguments { rewritten.append(rewrite(argument)) }
                return body(name, rewritten, e.position) ?? Expression(.call(name, rewritten), at: e.position)
            case .subscript(let name, let indices):
                return Expression(.subscript(name, indices.map { index in
                    switch index {
                    case .index(let i): .index(rewrite(i))
                    case .range(let a, let b): .range(rewrite(a), rewrite(b))
                    case .wildcard, .dimensionPosition: index
                    }
                }), at: e.position)
            }
        }
        return rewrite(expression)
    }
}
