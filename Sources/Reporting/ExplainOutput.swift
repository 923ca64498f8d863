import Analysis
import Dynamics
import Scenarios

/// Renders an `Explanation` with each name's definition: the `forecast.explain/1` JSON object,
/// or an indented text.
public struct ExplainOutput {
    let explanation: Explanation
    let compiled: CompiledScenario
    /// Each variable's equation as the modeller wrote it.
    let written: [String: String]

    public init(_ explanation: Explanation, compiled: CompiledScenario) {
        self.explanation = explanation
        self.compiled = compiled
        written = Dictionary(compiled.scenario.variables.map { ($0.name, $0.equation.text) }, uniquingKeysWith: { a, _ in a })
    }

    /// One line saying what `name` is: a parameter's value and source, a table's size, or a
    /// variable's equation as written.
    func describe(_ name: String) -> String {
        if let variable = compiled.scenario.variables.first(where: { $0.name == name }), !variable.dimensions.isEmpty {
            let kind = switch variable.role { case .stock: "stock"; case .flow: "flow"; case .auxiliary: "auxiliary" }
            var text = "\(kind) over \(variable.dimensions.joined(separator: " × ")) [\(variable.unit ?? "")]"
            if !variable.equation.text.isEmpty { text += (variable.isStock ? ", starts at " : " = ") + variable.equation.text }
            for element in variable.elementEquations {
                text += "; [\(element.elements.joined(separator: ","))] " + (variable.isStock ? "starts at " : "= ") + element.equation.text
            }
            return text
        }
        if let array = compiled.scenario.structure.arrays.first(where: { $0.name == name }),
           let elements = compiled.scenario.structure.elements(ofParameter: name) {
            let values = elements.compactMap { compiled.scenario.parameter($0) }.map { ExpressionPrinter.formatNumber($0.value) }
            return "parameter over \(array.dimensions.joined(separator: " × ")) = [\(values.joined(separator: ", "))]"
        }
        if let parameter = compiled.scenario.parameter(name) {
            let fitted = parameter.fitted.map {
                ", fitted by forecast calibrate (95% interval \(ValueFormatter.format($0.low, unit: parameter.unit)) to \(ValueFormatter.format($0.high, unit: parameter.unit)))"
            } ?? ""
            return "parameter = \(parameter.value) \(parameter.unit ?? "")" + fitted + (parameter.source.map { "  (\($0))" } ?? "")
        }
        if let table = compiled.scenario.tables.first(where: { $0.name == name }) { return "table of \(table.xs.count) points" }
        guard let equation = compiled.model.equations.first(where: { $0.name == name }) else { return "" }
        let text = written[name] ?? ExpressionPrinter.print(equation.expression)
        switch equation.kind {
        case "stock":
            let flows = equation.inflows.map { "+ \($0)" } + equation.outflows.map { "- \($0)" }
            return "stock [\(equation.unit ?? "")], d/dt = \(flows.joined(separator: " ")), starts at \(text)"
        default:
            return "\(equation.kind) [\(equation.unit ?? "")] = \(text)"
        }
    }

    private var doc: String? { compiled.model.columns.first { $0.name == explanation.name }?.doc }

    /// `forecast.explain/1`.
    public var json: JSONValue {
        func item(_ n: String, level: Int? = nil) -> JSONValue {
            var members: [JSONValue.Member] = [.init(key: "name", value: .init(.string(n))), .init(key: "definition", value: .init(.string(describe(n))))]
            if let level { members.append(.init(key: "level", value: .init(.number(Double(level))))) }
            return JSONValue(.object(members))
        }
        return JSONValue(.object([
            .init(key: "schema", value: .init(.string("forecast.explain/1"))),
            .init(key: "name", value: .init(.string(explanation.name))),
            .init(key: "definition", value: .init(.string(describe(explanation.name)))),
            .init(key: "doc", value: .init(.string(doc ?? ""))),
            .init(key: "depends_on", value: .init(.array(explanation.causes.map { item($0.name, level: $0.level) }))),
            .init(key: "used_by", value: .init(.array(explanation.effects.map { item($0) }))),
        ]))
    }

    public var text: String {
        // Every line wraps at 80 columns, continuing indented under its name.
        func line(_ name: String, level: Int) -> String {
            let lead = String(repeating: "  ", count: level)
            return TextColumns.paragraph(describe(name), first: lead + name + ":", indent: lead.count + 4) + "\n"
        }
        var text = line(explanation.name, level: 0)
        if let doc { text += TextColumns.paragraph(doc, first: "  ", indent: 2) + "\n" }
        text += "\ndepends on:\n"
        text += explanation.causes.isEmpty ? "  nothing\n" : explanation.causes.map { line($0.name, level: $0.level) }.joined()
        text += "\nused by:\n"
        text += explanation.effects.isEmpty ? "  nothing\n" : explanation.effects.map { line($0, level: 1) }.joined()
        return text
    }
}
