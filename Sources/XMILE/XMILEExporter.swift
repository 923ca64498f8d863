import Dynamics

/// Writes a model as an XMILE 1.0 file (OASIS, 2015) that Stella, Vensim (through xmutil),
/// PySD and this project's own importer read.
///
/// - The header names the vendor and product; `<sim_specs>` holds start, stop, dt, the
///   method (`Euler` or `RK4`), the time unit when given, and Stella's
///   `isee:save_interval` when results are saved less often than every step.
/// - Parameters become constant auxiliaries; tables become standalone `<gf>` elements
///   (`continuous`, `extrapolate` or `discrete`) called by name (a table stepped forward,
///   Vensim's LOOKUP FORWARD, as `LOOKUP_FORWARD(table, x)`); stocks list their
///   `<inflow>`s and `<outflow>`s, and non-negative stocks and flows carry `<non_negative/>`.
///   Units and documentation are kept.
/// - Equations are rewritten in XMILE by `XMILEEquationWriter`, so that the file computes
///   what the engine computes; names are made valid and unique by `XMILEExportNames`
///   (`exportedNames(of:)` lists them).
///
/// The same definition and settings always give the same bytes.
public enum XMILEExporter {
    public static let namespace = "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"
    static let iseeNamespace = "http://iseesystems.com/XMILE"
    static let product = (name: "forecast", version: "0.1")

    /// The XMILE text of `definition`, run with `settings`.
    ///
    /// - Parameters:
    ///   - name: the model's name, written as `<header><name>`.
    ///   - doc: what the model is, written as `<header><caption>`.
    ///   - timeUnit: the unit of time (`year`), written as `<sim_specs time_units>`.
    /// - Throws: the compiler's problems, when `definition` does not compile.
    public static func export(_ definition: ModelDefinition, settings: RunSettings, name: String, doc: String?,
                              timeUnit: String? = nil) throws(DiagnosticList) -> String {
        _ = try Compiler.compile(definition)
        let flat = try Compiler.flatten(definition)
        var writer = XMILEEquationWriter(
            names: names(of: definition), tables: Set(definition.tables.map(\.name)),
            forwardTables: Set(definition.tables.filter { $0.mode == .forward }.map(\.name)),
            positiveParameters: Set(definition.parameters.filter { $0.value > 0 }.map(\.name)))
        let arrayed = ArrayedNames(definition)
        let timedElements = Dictionary(definition.variables.filter {
            $0.dimensions.isEmpty && ArrayElement(parsing: $0.name).map { arrayed.parameterArrays.contains($0.array) } == true
        }.map { ($0.name, $0) },
                                       uniquingKeysWith: { a, _ in a })

        var xml = XMLText()
        xml.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        xml.open("xmile", [("version", "1.0"), ("xmlns", namespace), ("xmlns:isee", iseeNamespace)])
        xml.open("header")
        xml.element("vendor", product.name)
        xml.element("product", product.name, [("version", product.version)])
        xml.element("name", name)
        if let doc, !doc.isEmpty { xml.element("caption", doc) }
        xml.close("header")

        var specs = [("method", settings.method == .euler ? "Euler" : "RK4")]
        if let timeUnit { specs.append(("time_units", timeUnit)) }
        if settings.stepsPerSave > 1 { specs.append(("isee:save_interval", number(settings.saveEvery))) }
        xml.open("sim_specs", specs)
        xml.element("start", number(settings.start))
        xml.element("stop", number(settings.stop))
        xml.element("dt", number(settings.dt))
        xml.close("sim_specs")

        if !definition.dimensions.isEmpty {
            xml.open("dimensions")
            for dimension in definition.dimensions {
                if dimension.isIndexed {
                    xml.line("<dim name=\"\(XMLText.escaped(dimension.name, quotes: true))\" size=\"\(dimension.elements.count)\"/>")
                    continue
                }
                xml.open("dim", [("name", dimension.name)])
                for element in dimension.elements { xml.line("<elem name=\"\(XMLText.escaped(elementSpelling(element), quotes: true))\"/>") }
                xml.close("dim")
            }
            xml.close("dimensions")
        }

        xml.open("model")
        xml.open("variables")
        for table in definition.tables {
            xml.open("gf", [("name", writer.names[table.name]), ("type", graphicalFunctionType(table.mode))])
            xml.element("xpts", table.xs.map(number).joined(separator: ","))
            xml.element("ypts", table.ys.map(number).joined(separator: ","))
            details(unit: table.unit, doc: table.doc, into: &xml)
            xml.close("gf")
        }
        for parameter in definition.parameters where arrayed.parameterArray(of: parameter.name) == nil {
            xml.open("aux", [("name", writer.names[parameter.name])])
            xml.element("eqn", XMILETerm.number(parameter.value).text)
            details(unit: parameter.unit, doc: parameter.doc, into: &xml)
            xml.close("aux")
        }
        // An arrayed parameter: one auxiliary over its dimensions, a number per element.
        for declaration in definition.arrays where arrayed.parameterArrays.contains(declaration.name) {
            let elements = definition.parameters.filter { arrayed.parameterArray(of: $0.name) == declaration.name }
            xml.open("aux", [("name", writer.names[declaration.name])])
            dimensions(declaration.dimensions, into: &xml)
            // An element with timed changes is a variable: a switch between hidden parameters.
            var docs: [(element: String, doc: String?)] = []
            for tuple in ArrayDimension.tuples(of: declaration.dimensions, in: definition.dimensions) {
                let name = ArrayElement.name(declaration.name, tuple)
                xml.open("element", [("subscript", subscriptText(tuple))])
                if let variable = timedElements[name] {
                    xml.element("eqn", writer.write(variable.equation.parsed!, owner: name).text)
                    docs.append((name, variable.doc))
                } else {
                    let parameter = elements.first { $0.name == name }
                    xml.element("eqn", XMILETerm.number(parameter?.value ?? 0).text)
                    docs.append((name, parameter?.doc))
                }
                xml.close("element")
            }
            details(unit: elements.first?.unit, doc: arrayDoc(docs), into: &xml)
            xml.close("aux")
            writeHelpers(&writer, into: &xml)
        }
        let dimensionsOf = Dictionary(definition.variables.map { ($0.name, $0.dimensions) }, uniquingKeysWith: { a, _ in a })
        let elementsOf = Dictionary(grouping: flat.variables.filter { $0.element != nil }, by: { $0.element!.array })
        let scalars = Dictionary(flat.variables.filter { $0.element == nil }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for variable in definition.variables where timedElements[variable.name] == nil {
            let exported = writer.names[variable.name]
            // A stock over dimensions is written with its equation as is; other arrays element by
            // element, each equation with its array functions written out, which every reader takes.
            let applyToAll = !variable.dimensions.isEmpty && variable.isStock && variable.elementEquations.isEmpty
            var equations: [(elements: String?, text: String, initial: String?)] = []
            if variable.dimensions.isEmpty || applyToAll {
                let source = applyToAll ? variable : (scalars[variable.name] ?? variable)
                let expression: Expression
                if let parsed = source.equation.parsed {
                    expression = parsed
                } else {
                    do {
                        expression = try Parser.parse(source.equation.text)
                    } catch {
                        throw DiagnosticList([error.diagnostic(equationStart: source.equation.origin)])
                    }
                }
                let initial = (applyToAll ? variable : source).initialEquation?.parsed.map { writer.write($0, owner: variable.name).text }
                equations = [(nil, writer.write(expression, owner: variable.name).text, variable.isStock ? nil : initial)]
            } else {
                for element in elementsOf[variable.name] ?? [] {
                    equations.append((subscriptText(element.element!.elements),
                                      writer.write(element.equation.parsed!, owner: element.name).text,
                                      element.initialEquation?.parsed.map { writer.write($0, owner: element.name).text }))
                }
            }
            func body(_ xml: inout XMLText) {
                if !variable.dimensions.isEmpty { dimensions(variable.dimensions, into: &xml) }
                for (elements, text, initial) in equations {
                    if let elements { xml.open("element", [("subscript", elements)]) }
                    xml.element("eqn", text)
                    // ACTIVE INITIAL, as Stella and xmutil write it.
                    if let initial { xml.element("init_eqn", initial) }
                    if elements != nil { xml.close("element") }
                }
            }
            switch variable.role {
            case let .stock(inflows, outflows, nonNegative):
                // XMILE connects a stock only to flows of its own dimensions: a flow over more is
                // summed over the rest by an added flow.
                var summing: [(name: String, flow: String, tag: String)] = []
                func connected(_ flow: String, _ tag: String) -> String {
                    guard (dimensionsOf[flow] ?? []).count > variable.dimensions.count else { return writer.names[flow] }
                    let name = writer.names.fresh("\(exported)_\(writer.names[flow])")
                    summing.append((name, flow, tag))
                    return name
                }
                xml.open("stock", [("name", exported)])
                body(&xml)
                for flow in inflows { xml.element("inflow", connected(flow, "inflow")) }
                for flow in outflows { xml.element("outflow", connected(flow, "outflow")) }
                if nonNegative { xml.line("<non_negative/>") }
                details(unit: variable.unit, doc: variable.doc, into: &xml)
                xml.close("stock")
                for added in summing {
                    let flowDimensions = dimensionsOf[added.flow] ?? []
                    xml.open("flow", [("name", added.name)])
                    if !variable.dimensions.isEmpty { dimensions(variable.dimensions, into: &xml) }
                    for tuple in ArrayDimension.tuples(of: variable.dimensions, in: definition.dimensions) {
                        let binding = Dictionary(zip(variable.dimensions, tuple), uniquingKeysWith: { a, _ in a })
                        let lists = flowDimensions.map { dimension in
                            binding[dimension].map { [$0] } ?? definition.dimensions.first { $0.name == dimension }?.elements ?? []
                        }
                        let terms = ArrayDimension.tuples(lists).map { XMILETerm.name(writer.names[ArrayElement.name(added.flow, $0)]) }
                        let sum = terms.dropFirst().reduce(terms[0]) { .binary(.add, $0, $1) }.text
                        if variable.dimensions.isEmpty {
                            xml.element("eqn", sum)
                        } else {
                            xml.open("element", [("subscript", subscriptText(tuple))])
                            xml.element("eqn", sum)
                            xml.close("element")
                        }
                    }
                    let verb = added.tag == "inflow" ? "flows into" : "flows out of"
                    details(unit: definition.variables.first { $0.name == added.flow }?.unit,
                            doc: "Every element of '\(writer.names[added.flow])' that \(verb) '\(exported)', summed.", into: &xml)
                    xml.close("flow")
                }
            case .flow(let nonNegative):
                xml.open("flow", [("name", exported)])
                body(&xml)
                if nonNegative { xml.line("<non_negative/>") }
                details(unit: variable.unit, doc: variable.doc, into: &xml)
                xml.close("flow")
            case .auxiliary:
                xml.open("aux", [("name", exported)])
                body(&xml)
                details(unit: variable.unit, doc: variable.doc, into: &xml)
                xml.close("aux")
            }
            writeHelpers(&writer, into: &xml)
        }
        // An alias: an auxiliary equal to its target.
        let units = Dictionary(flat.variables.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a })
        for alias in definition.aliases {
            xml.open("aux", [("name", writer.names[alias.name])])
            xml.element("eqn", writer.names[alias.target])
            details(unit: units[alias.target] ?? nil, doc: "Another name for \(writer.names[alias.target]).", into: &xml)
            xml.close("aux")
        }
        xml.close("variables")
        xml.close("model")
        xml.close("xmile")
        if !writer.problems.isEmpty { throw DiagnosticList(writer.problems) }
        return xml.text
    }

    /// The name each variable, parameter and table of `definition` takes in the export, by
    /// its name in the engine. Names already valid in XMILE map to themselves.
    public static func exportedNames(of definition: ModelDefinition) -> [String: String] {
        names(of: definition).exported
    }

    private static func names(of definition: ModelDefinition) -> XMILEExportNames {
        let arrayed = ArrayedNames(definition)
        var names = XMILEExportNames(definition.variables.map { ($0.name, $0.name) }
                                     + definition.parameters.filter { arrayed.parameterArray(of: $0.name) == nil }.map { ($0.name, spelling($0.name, $0.provenance)) }
                                     + definition.arrays.filter { arrayed.parameterArrays.contains($0.name) }.map { ($0.name, $0.name) }
                                     + definition.tables.map { ($0.name, spelling($0.name, $0.provenance)) })
        // An element is written as its array's exported name with the elements in brackets.
        for variable in definition.variables where !variable.dimensions.isEmpty {
            names.addElements(of: variable.name, dimensions: variable.dimensions, in: definition.dimensions)
        }
        for declaration in definition.arrays where arrayed.parameterArrays.contains(declaration.name) {
            names.addElements(of: declaration.name, dimensions: declaration.dimensions, in: definition.dimensions)
        }
        return names
    }

    /// An element name as written in `<elem>` and `subscript`: underscores as spaces. XMILE
    /// treats the two alike; PySD matches element names only in that spelling.
    private static func elementSpelling(_ element: String) -> String {
        element.replacingOccurrences(of: "_", with: " ")
    }

    private static func subscriptText(_ tuple: [String]) -> String {
        tuple.map(elementSpelling).joined(separator: ",")
    }

    private static func writeHelpers(_ writer: inout XMILEEquationWriter, into xml: inout XMLText) {
        for helper in writer.takeHelpers() {
            xml.open("aux", [("name", helper.name)])
            xml.element("eqn", helper.equation.text)
            details(unit: nil, doc: helper.doc, into: &xml)
            xml.close("aux")
        }
    }

    /// One documentation for an array: the elements' own when they agree, else each
    /// element's after its name.
    private static func arrayDoc(_ docs: [(element: String, doc: String?)]) -> String? {
        let given = docs.compactMap(\.doc)
        guard !given.isEmpty else { return nil }
        if Set(given).count == 1, given.count == docs.count { return given[0] }
        return docs.compactMap { element, doc in doc.map { "\(element): \($0)" } }.joined(separator: "\n")
    }

    private static func dimensions(_ names: [String], into xml: inout XMLText) {
        xml.open("dimensions")
        for name in names { xml.line("<dim name=\"\(XMLText.escaped(name, quotes: true))\"/>") }
        xml.close("dimensions")
    }

    /// How a hidden name is spelt in XMILE: a timed value of `p` as `p_event_2027Q1` (or
    /// `p_event_base` before the first change), a graphical function's table as `owner_gf`.
    private static func spelling(_ name: String, _ provenance: Provenance) -> String {
        switch provenance {
        case .timedValue(let parameter, let at): "\(parameter)_event_\(at ?? "base")"
        case .graphicalFunction(let owner): "\(owner)_gf"
        case .user, .expanded: name
        }
    }

    private static func graphicalFunctionType(_ mode: Table.Mode) -> String {
        switch mode {
        case .clamp: "continuous"
        case .extrapolate: "extrapolate"
        case .discrete: "discrete"
        // XMILE has no forward step: the points are written as they are and each call as
        // Vensim's LOOKUP_FORWARD (see `XMILEEquationWriter`).
        case .forward: "continuous"
        }
    }

    private static func details(unit: String?, doc: String?, into xml: inout XMLText) {
        if let unit, !unit.isEmpty { xml.element("units", unit) }
        if let doc, !doc.isEmpty { xml.element("doc", doc) }
    }

    /// The shortest text that reads back as the same number.
    private static func number(_ value: Double) -> String {
        ExpressionPrinter.formatNumber(value)
    }
}

/// An XML document written line by line, indented by four spaces a level.
struct XMLText {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ content: String) {
        text += String(repeating: "    ", count: depth) + content + "\n"
    }

    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        line("<\(tag)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ tag: String) {
        depth -= 1
        line("</\(tag)>")
    }

    mutating func element(_ tag: String, _ content: String, _ attributes: [(String, String)] = []) {
        line("<\(tag)\(Self.attributes(attributes))>\(Self.escaped(content, quotes: false))</\(tag)>")
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escaped($0.1, quotes: true))\"" }.joined()
    }

    /// `text` with `&`, `<`, `>` (and in attributes `"`) as entities, and without the control
    /// characters XML 1.0 does not allow.
    static func escaped(_ text: String, quotes: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
