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
            func switched(_ change: ResolvedEvent) -> Expression {
                Expression(.binary(.greater, Expression(.call("step", [number(1), number(change.at.time)]), at: at), number(0)), at: at)
            }
            for change in changes {
                definition.parameters.append(Parameter(name: eventName(parameter.name, change.at), value: change.value, unit: parameter.unit,
                                                       provenance: .timedValue(parameter: parameter.name, at: change.at.label)))
            }
            var expression = name(baseName(parameter.name))
            if changes.count <= 16 {
                for change in changes {
                    expression = Expression(.call("if", [switched(change), name(eventName(parameter.name, change.at)), expression]), at: at)
                }
            } else {
                // Many changes: a balanced choice, as deep as the logarithm of their number (a
                // chain as long as the changes is deeper than the compiler's recursion allows).
                func latest(_ range: Range<Int>, otherwise: Expression) -> Expression {
                    guard !range.isEmpty else { return otherwise }
                    let middle = (range.lowerBound + range.upperBound) / 2
                    let from = latest(middle + 1..<range.upperBound, otherwise: name(eventName(parameter.name, changes[middle].at)))
                    return Expression(.call("if", [switched(changes[middle]), from, latest(range.lowerBound..<middle, otherwise: otherwise)]), at: at)
                }
                expression = latest(0..<changes.count, otherwise: expression)
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

