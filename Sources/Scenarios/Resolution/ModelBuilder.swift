import Dynamics

/// Builds the engine's model from resolved numbers. A parameter with timed events becomes an
/// auxiliary that steps between hidden parameters, one per value:
/// `p = if(step(1, t₂) > 0, p#t₂, if(step(1, t₁) > 0, p#t₁, p#base))`.
enum ModelBuilder {
    /// What the builder needs of a parameter.
    struct Number {
        var name: String
        var value: Double
        var unit: String?
        var location: SourceLocation?
    }

    static func definition(variables: [Variable], parameters: [Number], tables: [Table], events: [ResolvedEvent],
                           dimensions: [ArrayDimension] = [], arrays: [ArrayDeclaration] = [], aliases: [Alias] = []) -> ModelDefinition {
        var definition = ModelDefinition(variables: variables, parameters: [], tables: tables, dimensions: dimensions, arrays: arrays,
                                         aliases: aliases)
        let timed = Dictionary(grouping: events, by: \.parameter)
        for parameter in parameters {
            let value = parameter.value
            guard let changes = timed[parameter.name]?.sorted(by: { $0.at < $1.at }), !changes.isEmpty else {
                definition.parameters.append(Parameter(name: parameter.name, value: value, unit: parameter.unit,
                                                       origin: parameter.location))
                continue
            }
            let at = SourcePosition(line: 1, column: 1)
            func name(_ text: String) -> Expression { Expression(.name(text), at: at) }
            func number(_ x: Double) -> Expression { Expression(.number(x), at: at) }
            definition.parameters.append(Parameter(name: baseName(parameter.name), value: value, unit: parameter.unit,
                                                   provenance: .timedValue(parameter: parameter.name, at: nil)))
            var expression = name(baseName(parameter.name))
            for change in changes {
                let hidden = eventName(parameter.name, change.at)
                definition.parameters.append(Parameter(name: hidden, value: change.value, unit: parameter.unit,
                                                       provenance: .timedValue(parameter: parameter.name, at: change.at.label)))
                let switched = Expression(.binary(.greater, Expression(.call("step", [number(1), number(change.at.time)]), at: at), number(0)), at: at)
                expression = Expression(.call("if", [switched, name(hidden), expression]), at: at)
            }
            let text = changes.map { "\(ExpressionPrinter.formatNumber($0.value)) from \($0.at)" }.joined(separator: ", ")
            definition.variables.append(Variable(name: parameter.name, role: .auxiliary,
                                                 equation: Equation("\(ExpressionPrinter.formatNumber(value)), then \(text)", parsed: expression),
                                                 unit: parameter.unit, doc: "parameter with timed changes", origin: parameter.location))
        }
        return definition
    }

    static func baseName(_ parameter: String) -> String { "\(parameter)#base" }
    static func eventName(_ parameter: String, _ at: Quarter) -> String { "\(parameter)#\(at.label)" }
}

