import Dynamics

/// How `XMILEExporter` writes a model with dimensions, as XMILE 1.0 arrays (§3.7.1):
///
/// - `<dimensions>` declares each dimension with its elements;
/// - each arrayed variable and each parameter given element by element is one variable with
///   `<dimensions>` and an `<element subscript="…">` per element. Each element's equation is
///   the one the engine runs for it (after `sum`, dimension names and bare arrays are
///   resolved), with other elements named by subscript (`hires[open]`), so every reader
///   computes exactly what the engine computes;
/// - a stock that takes a flow over more dimensions than its own (a scalar job market filled
///   by every employer's departures) is connected instead to an added flow over the stock's
///   dimensions that sums those elements, since XMILE connects a stock only to flows of its
///   own dimensions;
/// - an alias is an auxiliary equal to its target.
///
/// Arrayed tables are written as one standalone graphical function per element.
struct XMILEArrayExport {
    let definition: ModelDefinition
    /// The model element by element, as the engine runs it.
    let flat: [String: Variable]
    let dimensions: [String: ArrayDimension]
    /// Dimensions of each arrayed variable and of each parameter given element by element.
    let arrayDimensions: [String: [String]]
    /// Parameters given element by element, in declaration order (arrayed tables excluded).
    let parameterArrays: [ArrayDeclaration]
    /// The element names of the parameter arrays.
    let parameterElements: Set<String>

    init(_ definition: ModelDefinition) throws(DiagnosticList) {
        self.definition = definition
        let flattened = try Compiler.flatten(definition)
        flat = Dictionary(flattened.variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        (dimensions, arrayDimensions, parameterArrays, parameterElements) = Self.layout(of: definition)
    }

    /// The dimensions, arrays and parameter arrays of `definition`.
    private static func layout(of definition: ModelDefinition)
        -> ([String: ArrayDimension], [String: [String]], [ArrayDeclaration], Set<String>) {
        let dimensions = Dictionary(definition.dimensions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let tables = Set(definition.tables.map(\.name))
        let parameterArrays = definition.arrays.filter { declaration in
            !tuples(declaration.dimensions, dimensions).contains { tables.contains(ArrayElement.name(declaration.name, $0)) }
        }
        var arrayDimensions: [String: [String]] = [:]
        for variable in definition.variables where !variable.dimensions.isEmpty { arrayDimensions[variable.name] = variable.dimensions }
        for declaration in parameterArrays { arrayDimensions[declaration.name] = declaration.dimensions }
        let elements = Set(parameterArrays.flatMap { declaration in
            tuples(declaration.dimensions, dimensions).map { ArrayElement.name(declaration.name, $0) }
        })
        return (dimensions, arrayDimensions, parameterArrays, elements)
    }

    static func tuples(_ names: [String], _ dimensions: [String: ArrayDimension]) -> [[String]] {
        names.reduce([[]]) { partial, name in partial.flatMap { prefix in (dimensions[name]?.elements ?? []).map { prefix + [$0] } } }
    }

    /// The exported names: arrays, scalars, hidden parameters, tables and aliases claim names;
    /// each element is written as its array's exported name with a subscript.
    static func names(of definition: ModelDefinition) -> XMILEExportNames {
        let (dimensions, arrayDimensions, parameterArrays, parameterElements) = layout(of: definition)
        var claims: [(name: String, spelling: String)] = []
        for variable in definition.variables where !parameterElements.contains(variable.name) { claims.append((variable.name, variable.name)) }
        for declaration in parameterArrays { claims.append((declaration.name, declaration.name)) }
        for parameter in definition.parameters where !parameterElements.contains(parameter.name) {
            claims.append((parameter.name, XMILEExporter.spelling(parameter.name, parameter.provenance)))
        }
        claims += definition.tables.map { ($0.name, XMILEExporter.spelling($0.name, $0.provenance)) }
        claims += definition.aliases.map { ($0.name, $0.name) }
        var names = XMILEExportNames(claims)
        for (array, dims) in arrayDimensions {
            for tuple in tuples(dims, dimensions) {
                names.write(ArrayElement.name(array, tuple), as: "\(names[array])[\(tuple.joined(separator: ","))]")
            }
        }
        return names
    }

    func writeDimensions(into xml: inout XMLText) {
        xml.open("dimensions")
        for dimension in definition.dimensions {
            if dimension.isIndexed {
                xml.line("<dim name=\"\(XMLText.escaped(dimension.name, quotes: true))\" size=\"\(dimension.elements.count)\"/>")
                continue
            }
            xml.open("dim", [("name", dimension.name)])
            for element in dimension.elements { xml.line("<elem name=\"\(XMLText.escaped(element, quotes: true))\"/>") }
            xml.close("dim")
        }
        xml.close("dimensions")
    }

    /// Parameters, then variables, then aliases.
    func writeBody(writer: inout XMILEEquationWriter, into xml: inout XMLText) {
        let parameters = Dictionary(definition.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for parameter in definition.parameters where !parameterElements.contains(parameter.name) {
            xml.open("aux", [("name", writer.names[parameter.name])])
            xml.element("eqn", XMILETerm.number(parameter.value).text)
            XMILEExporter.details(unit: parameter.unit, doc: parameter.doc, into: &xml)
            xml.close("aux")
        }
        for declaration in parameterArrays {
            // An element with timed changes is a variable (a switch between hidden parameters).
            let elements = Self.tuples(declaration.dimensions, dimensions).map { ArrayElement.name(declaration.name, $0) }
            let equations = elements.map { element in
                flat[element].map { writer.write($0.equation.parsed!, owner: element).text } ?? XMILETerm.number(parameters[element]?.value ?? 0).text
            }
            let docs = elements.map { flat[$0]?.doc ?? parameters[$0]?.doc }
            let unit = elements.lazy.compactMap { parameters[$0]?.unit ?? flat[$0]?.unit }.first
            write("aux", declaration.name, declaration.dimensions, equations: equations, unit: unit, doc: Self.doc(docs, of: elements),
                  writer: &writer, into: &xml)
            writeHelpers(&writer, into: &xml)
        }
        for variable in definition.variables where !parameterElements.contains(variable.name) {
            let elements = variable.dimensions.isEmpty ? [variable.name]
                : Self.tuples(variable.dimensions, dimensions).map { ArrayElement.name(variable.name, $0) }
            let equations = elements.map { writer.write(flat[$0]!.equation.parsed!, owner: $0).text }
            var connections: [(tag: String, flow: String)] = []
            var added: [(name: String, dims: [String], equations: [String], unit: String?, doc: String)] = []
            let kind: String
            switch variable.role {
            case let .stock(inflows, outflows, nonNegative):
                kind = "stock"
                for (tag, flows) in [("inflow", inflows), ("outflow", outflows)] {
                    for flow in flows {
                        let flowDimensions = arrayDimensions[flow] ?? []
                        if flowDimensions.count == variable.dimensions.count {
                            connections.append((tag, writer.names[flow]))
                            continue
                        }
                        // A flow over more dimensions: an added flow over the stock's, summing the rest.
                        let name = writer.names.fresh("\(writer.names[variable.name])_\(writer.names[flow])")
                        let sums = Self.tuples(variable.dimensions, dimensions).map { tuple -> String in
                            let binding = Dictionary(zip(variable.dimensions, tuple), uniquingKeysWith: { a, _ in a })
                            let lists = flowDimensions.map { binding[$0].map { [$0] } ?? dimensions[$0]?.elements ?? [] }
                            let terms = lists.reduce([[String]]([[]])) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
                                .map { XMILETerm.name(writer.names[ArrayElement.name(flow, $0)]) }
                            return terms.dropFirst().reduce(terms[0]) { .binary(.add, $0, $1) }.text
                        }
                        added.append((name, variable.dimensions, sums, definition.variables.first { $0.name == flow }?.unit,
                                      "Every element of '\(writer.names[flow])' that \(tag == "inflow" ? "flows into" : "flows out of") '\(writer.names[variable.name])', summed (XMILE connects a stock only to flows of its own dimensions)."))
                        connections.append((tag, name))
                    }
                }
                if nonNegative { connections.append(("non_negative", "")) }
            case .flow(let nonNegative):
                kind = "flow"
                if nonNegative { connections.append(("non_negative", "")) }
            case .auxiliary:
                kind = "aux"
            }
            write(kind, variable.name, variable.dimensions, equations: equations, connections: connections, unit: variable.unit,
                  doc: variable.doc, writer: &writer, into: &xml)
            writeHelpers(&writer, into: &xml)
            for flow in added {
                xml.open("flow", [("name", flow.name)])
                writeEquations(flow.dims, flow.equations, into: &xml)
                XMILEExporter.details(unit: flow.unit, doc: flow.doc, into: &xml)
                xml.close("flow")
            }
        }
        XMILEExporter.writeAliases(definition.aliases, units: flat.mapValues(\.unit), names: writer.names, into: &xml)
    }

    /// One variable: its dimensions and an equation per element, or its one equation.
    private func write(_ kind: String, _ name: String, _ dims: [String], equations: [String], connections: [(tag: String, flow: String)] = [],
                       unit: String?, doc: String?, writer: inout XMILEEquationWriter, into xml: inout XMLText) {
        xml.open(kind, [("name", writer.names[name])])
        writeEquations(dims, equations, into: &xml)
        for (tag, flow) in connections {
            if tag == "non_negative" { xml.line("<non_negative/>") } else { xml.element(tag, flow) }
        }
        XMILEExporter.details(unit: unit, doc: doc, into: &xml)
        xml.close(kind)
    }

    private func writeEquations(_ dims: [String], _ equations: [String], into xml: inout XMLText) {
        guard !dims.isEmpty else {
            xml.element("eqn", equations[0])
            return
        }
        xml.open("dimensions")
        for dimension in dims { xml.line("<dim name=\"\(XMLText.escaped(dimension, quotes: true))\"/>") }
        xml.close("dimensions")
        for (tuple, equation) in zip(Self.tuples(dims, dimensions), equations) {
            xml.open("element", [("subscript", tuple.joined(separator: ", "))])
            xml.element("eqn", equation)
            xml.close("element")
        }
    }

    private func writeHelpers(_ writer: inout XMILEEquationWriter, into xml: inout XMLText) {
        for helper in writer.takeHelpers() {
            xml.open("aux", [("name", helper.name)])
            xml.element("eqn", helper.equation.text)
            XMILEExporter.details(unit: nil, doc: helper.doc, into: &xml)
            xml.close("aux")
        }
    }

    /// One documentation for an array: the elements' own when they agree, else each
    /// element's after its subscript.
    private static func doc(_ docs: [String?], of elements: [String]) -> String? {
        let given = docs.compactMap { $0 }
        guard !given.isEmpty else { return nil }
        if Set(given).count == 1, given.count == docs.count { return given[0] }
        return zip(elements, docs).compactMap { element, doc in doc.map { "\(element): \($0)" } }.joined(separator: "\n")
    }
}
