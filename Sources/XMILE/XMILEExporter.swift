import Dynamics

/// Writes a model as an XMILE 1.0 file (OASIS, 2015) that Stella, Vensim (through xmutil),
/// PySD and this project's own importer read.
///
/// - The header names the vendor and product; `<sim_specs>` holds start, stop, dt, the
///   method (`Euler` or `RK4`), the time unit when given, and Stella's
///   `isee:save_interval` when results are saved less often than every step.
/// - Parameters become constant auxiliaries; tables become standalone `<gf>` elements
///   (`continuous`, `extrapolate` or `discrete`) called by name; stocks list their
///   `<inflow>`s and `<outflow>`s, and non-negative stocks and flows carry `<non_negative/>`.
///   Units and documentation are kept.
/// - Equations are rewritten in XMILE by `XMILEEquationWriter`, so that the file computes
///   what the engine computes; names are made valid and unique by `XMILEExportNames`
///   (`exportedNames(of:)` lists them).
/// - A model with dimensions is written with XMILE arrays (§3.7.1): `<dimensions>`, and each
///   arrayed variable and parameter with its `<dimensions>` and one `<element>` per element,
///   whose equation is the one the engine runs for that element (see `XMILEArrayExport`).
/// - An alias becomes an auxiliary equal to its target.
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
        var writer = XMILEEquationWriter(
            names: names(of: definition), tables: Set(definition.tables.map(\.name)),
            positiveParameters: Set(definition.parameters.filter { $0.value > 0 }.map(\.name)))

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

        let arrays = definition.dimensions.isEmpty ? nil : try XMILEArrayExport(definition)
        if let arrays { arrays.writeDimensions(into: &xml) }

        xml.open("model")
        xml.open("variables")
        for table in definition.tables {
            xml.open("gf", [("name", writer.names[table.name]), ("type", graphicalFunctionType(table.mode))])
            xml.element("xpts", table.xs.map(number).joined(separator: ","))
            xml.element("ypts", table.ys.map(number).joined(separator: ","))
            details(unit: table.unit, doc: table.doc, into: &xml)
            xml.close("gf")
        }
        if let arrays {
            arrays.writeBody(writer: &writer, into: &xml)
            xml.close("variables")
            xml.close("model")
            xml.close("xmile")
            return xml.text
        }
        for parameter in definition.parameters {
            xml.open("aux", [("name", writer.names[parameter.name])])
            xml.element("eqn", XMILETerm.number(parameter.value).text)
            details(unit: parameter.unit, doc: parameter.doc, into: &xml)
            xml.close("aux")
        }
        for variable in definition.variables {
            let expression: Expression
            if let parsed = variable.equation.parsed {
                expression = parsed
            } else {
                do {
                    expression = try Parser.parse(variable.equation.text)
                } catch {
                    throw DiagnosticList([error.diagnostic(equationStart: variable.equation.origin)])
                }
            }
            let equation = writer.write(expression, owner: variable.name).text
            let exported = writer.names[variable.name]
            switch variable.role {
            case let .stock(inflows, outflows, nonNegative):
                xml.open("stock", [("name", exported)])
                xml.element("eqn", equation)
                for flow in inflows { xml.element("inflow", writer.names[flow]) }
                for flow in outflows { xml.element("outflow", writer.names[flow]) }
                if nonNegative { xml.line("<non_negative/>") }
                details(unit: variable.unit, doc: variable.doc, into: &xml)
                xml.close("stock")
            case .flow(let nonNegative):
                xml.open("flow", [("name", exported)])
                xml.element("eqn", equation)
                if nonNegative { xml.line("<non_negative/>") }
                details(unit: variable.unit, doc: variable.doc, into: &xml)
                xml.close("flow")
            case .auxiliary:
                xml.open("aux", [("name", exported)])
                xml.element("eqn", equation)
                details(unit: variable.unit, doc: variable.doc, into: &xml)
                xml.close("aux")
            }
            for helper in writer.takeHelpers() {
                xml.open("aux", [("name", helper.name)])
                xml.element("eqn", helper.equation.text)
                details(unit: nil, doc: helper.doc, into: &xml)
                xml.close("aux")
            }
        }
        writeAliases(definition.aliases, units: Dictionary(definition.variables.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a }),
                     names: writer.names, into: &xml)
        xml.close("variables")
        xml.close("model")
        xml.close("xmile")
        return xml.text
    }

    /// Each alias as an auxiliary equal to its target.
    static func writeAliases(_ aliases: [Alias], units: [String: String?], names: XMILEExportNames, into xml: inout XMLText) {
        for alias in aliases {
            xml.open("aux", [("name", names[alias.name])])
            xml.element("eqn", names[alias.target])
            details(unit: units[alias.target] ?? nil, doc: "Another name for \(names[alias.target]).", into: &xml)
            xml.close("aux")
        }
    }

    /// The name each variable, parameter and table of `definition` takes in the export, by
    /// its name in the engine. Names already valid in XMILE map to themselves.
    public static func exportedNames(of definition: ModelDefinition) -> [String: String] {
        names(of: definition).exported
    }

    private static func names(of definition: ModelDefinition) -> XMILEExportNames {
        guard !definition.dimensions.isEmpty else {
            return XMILEExportNames(definition.variables.map { ($0.name, $0.name) } + definition.parameters.map { ($0.name, spelling($0.name, $0.provenance)) }
                                    + definition.tables.map { ($0.name, spelling($0.name, $0.provenance)) })
        }
        return XMILEArrayExport.names(of: definition)
    }

    /// How a hidden name is spelt in XMILE: a timed value of `p` as `p_event_2027Q1` (or
    /// `p_event_base` before the first change), a graphical function's table as `owner_gf`.
    static func spelling(_ name: String, _ provenance: Provenance) -> String {
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
        }
    }

    static func details(unit: String?, doc: String?, into xml: inout XMLText) {
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
