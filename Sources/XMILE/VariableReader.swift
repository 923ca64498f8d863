import Foundation
import Dynamics

/// Reads a model's `<variables>` (XMILE §4.1–4.4) into engine variables and tables.
///
/// Stocks, flows and auxiliaries keep their canonical names; a standalone `<gf name="f">`
/// becomes a table called as `f(x)`, and a `<gf>` inside a flow or auxiliary makes that
/// variable's value the table applied to its `<eqn>`. Every problem is collected, with its
/// line, so one import reports them all.
struct VariableReader {
    let file: String?
    let nonNegative: NonNegative
    /// `INT` and `MOD` with Vensim's meaning, for files Vensim wrote.
    let vensimArithmetic: Bool
    /// The run's clock, for values needed at the start (the order of SMTHN and DELAYN).
    let settings: RunSettings
    private(set) var problems: [Diagnostic] = []

    struct Output {
        var variables: [Variable] = []
        var tables: [Table] = []
        var displayNames: [String: String] = [:]
    }

    private enum Kind: String { case stock, flow, aux, gf }

    private struct Declaration {
        var kind: Kind
        var element: XMLElementNode
        var name: String
        var display: String
    }

    init(file: String?, nonNegative: NonNegative, vensimArithmetic: Bool, settings: RunSettings) {
        self.file = file
        self.nonNegative = nonNegative
        self.vensimArithmetic = vensimArithmetic
        self.settings = settings
    }

    /// The engine name of the table holding the graphical function of the variable or
    /// standalone `<gf>` called `name`.
    static func tableName(for name: String) -> String { "\(name)#gf" }

    mutating func read(_ variables: XMLElementNode) -> Output {
        var output = Output()
        let declarations = declarations(in: variables)
        var firstLine: [String: Int] = [:]
        for declaration in declarations {
            if let line = firstLine[declaration.name] {
                report(.duplicateName(declaration.display, firstLine: line), declaration.element)
            } else {
                firstLine[declaration.name] = declaration.element.line
            }
            output.displayNames[declaration.name] = output.displayNames[declaration.name] ?? declaration.display
        }

        // Standalone graphical functions first: any equation may call them.
        var tables: [String: String] = [:]
        for declaration in declarations where declaration.kind == .gf {
            let name = Self.tableName(for: declaration.name)
            if let table = graphicalFunction(declaration.element, name: name, display: declaration.display) {
                output.tables.append(table)
                tables[declaration.name] = name
            }
        }

        let dynamic = declarations.filter { $0.kind != .gf }
        var parsed: [String: Dynamics.Expression] = [:]
        let allNames = Set(declarations.map(\.name))
        for declaration in dynamic {
            checkSupported(declaration)
            if let expression = equation(of: declaration, variables: allNames) {
                parsed[declaration.name] = expression
            }
        }
        // A flow or auxiliary with a graphical function can also be called as a function.
        var ownTables: [String: String] = [:]
        for declaration in dynamic where declaration.kind != .stock {
            if let gf = declaration.element.child("gf"),
               let table = embeddedTable(gf, of: declaration, standalone: tables, into: &output) {
                ownTables[declaration.name] = table
            }
        }
        let auxiliaries = dynamic.filter { $0.kind == .aux && $0.element.child("gf") == nil }.map(\.name)
        let startValue = StartValue(equations: parsed.filter { auxiliaries.contains($0.key) },
                                    start: settings.start, stop: settings.stop, dt: settings.dt)
        var translator = EquationTranslator(variables: Set(dynamic.map(\.name)),
                                            tables: tables.merging(ownTables) { standalone, _ in standalone },
                                            startValue: startValue, vensimArithmetic: vensimArithmetic)
        let variableNames = Set(dynamic.map(\.name))
        for declaration in dynamic {
            guard let eqn = declaration.element.child("eqn"), let expression = parsed[declaration.name] else { continue }
            let origin = eqn.textLocation(in: file)
            var translated = translator.translate(expression, origin: origin)
            // TREND, FORCST and Vensim's INT and MOD repeat their arguments when written out, so
            // nesting them grows an equation exponentially: refuse one that grew too large.
            if Self.exceeds(translated, nodes: Self.maximumTerms, depth: 4 * Parser.maximumDepth) {
                problems.append(XMILEProblem.equationTooLarge(name: declaration.display, limit: Self.maximumTerms).diagnostic(at: origin))
                continue
            }
            if declaration.element.child("gf") != nil {
                guard let table = ownTables[declaration.name] else { continue }
                translated = Dynamics.Expression(.call(table, [translated]), at: translated.position)
            }
            let role: Variable.Role
            switch declaration.kind {
            case .stock:
                let inflows = flows(declaration, "inflow", known: variableNames)
                let outflows = flows(declaration, "outflow", known: variableNames)
                role = .stock(inflows: inflows, outflows: outflows,
                              nonNegative: nonNegative.isNonNegative(declaration.element, isStock: true, file: file, problems: &problems))
            case .flow:
                role = .flow(nonNegative: nonNegative.isNonNegative(declaration.element, isStock: false, file: file, problems: &problems))
            case .aux, .gf:
                role = .auxiliary
            }
            output.variables.append(Variable(
                name: declaration.name, role: role, equation: Equation(eqn.text, origin: origin, parsed: translated),
                unit: trimmedText(declaration.element, "units"), doc: trimmedText(declaration.element, "doc"),
                origin: declaration.element.location(in: file)))
        }
        problems += translator.problems
        return output
    }

    /// The most terms an equation may have once its functions are written out.
    static let maximumTerms = 100_000

    /// Whether `expression`, walked as the compiler walks it (a part used twice counted twice),
    /// has more than `nodes` terms or is more than `depth` deep: at most `nodes` steps, no recursion.
    static func exceeds(_ expression: Dynamics.Expression, nodes: Int, depth: Int) -> Bool {
        var pending: [(Dynamics.Expression, Int)] = [(expression, 1)]
        var count = 0
        while let (node, level) = pending.popLast() {
            count += 1
            if count > nodes || level > depth { return true }
            switch node.kind {
            case .number, .name: break
            case .unary(_, let operand): pending.append((operand, level + 1))
            case .binary(_, let lhs, let rhs): pending += [(lhs, level + 1), (rhs, level + 1)]
            case .call(_, let arguments): pending += arguments.map { ($0, level + 1) }
            }
        }
        return false
    }

    // MARK: - Declarations

    /// The variables in document order. A variable element found inside another (which only a
    /// recovered, malformed file produces) is read as if it followed it; variables inside a
    /// `<group>` are read as if the group were not there.
    private mutating func declarations(in variables: XMLElementNode) -> [Declaration] {
        var found: [Declaration] = []
        func visit(_ element: XMLElementNode, nested: Bool) {
            guard !element.hasPrefix else { return }
            if element.name == "group" {
                for child in element.children { visit(child, nested: false) }
                return
            }
            if element.name == "module" {
                report(.notSupported(feature: "modules (<module>)", line: element.line), element)
                return
            }
            guard let kind = Kind(rawValue: element.name), !(nested && kind == .gf) else { return }
            guard let written = element.attributes["name"] else {
                report(.missingName(element: element.name), element)
                return
            }
            found.append(Declaration(kind: kind, element: element, name: XMILEName.canonical(written),
                                     display: XMILEName.display(written)))
            if kind != .gf {
                for child in element.children { visit(child, nested: true) }
            }
        }
        for child in variables.children { visit(child, nested: false) }
        return found
    }

    private mutating func checkSupported(_ declaration: Declaration) {
        let unsupported: [String: String] = [
            "dimensions": "arrays (<dimensions> on '\(declaration.display)')",
            "element": "arrays (<element> on '\(declaration.display)')",
            "conveyor": "conveyors", "queue": "queues", "multiplier": "flow multipliers (<multiplier>)",
            "leak": "conveyor leakage (<leak>)", "overflow": "queue overflow (<overflow>)",
        ]
        for child in declaration.element.children where !child.hasPrefix {
            if let feature = unsupported[child.name] {
                report(.notSupported(feature: feature, line: child.line), child)
            }
        }
        if declaration.kind == .stock, let gf = declaration.element.child("gf") {
            report(.graphicalFunction(name: declaration.display, problem: "a stock cannot be a graphical function"), gf)
        }
    }

    // MARK: - Equations

    /// The parsed `<eqn>` of a stock, flow or auxiliary, or nil after reporting why not.
    private mutating func equation(of declaration: Declaration, variables: Set<String>) -> Dynamics.Expression? {
        guard let eqn = declaration.element.child("eqn") else {
            report(.missingEquation(kind: declaration.kind.rawValue, name: declaration.display), declaration.element)
            return nil
        }
        if eqn.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(.emptyEquation(name: declaration.display), eqn)
            return nil
        }
        let origin = eqn.textLocation(in: file)
        do {
            return try Parser.parse(EquationText.prepared(eqn.text, names: variables), dialect: .xmile)
        } catch {
            let location = origin.advanced(by: error.position)
            if Self.hasSubscript(eqn.text) {
                problems.append(XMILEProblem.notSupported(feature: "arrays (subscripts in equations)",
                                                          line: location.position.line).diagnostic(at: location))
            } else {
                problems.append(error.diagnostic(equationStart: origin).inContext(.equation(declaration.display)))
            }
            return nil
        }
    }

    /// True if `text` has a `[` outside quoted names and `{comments}`.
    static func hasSubscript(_ text: String) -> Bool {
        var inQuotes = false, commentDepth = 0, escaped = false
        for character in text {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where inQuotes: escaped = true
            case "\"" where commentDepth == 0: inQuotes.toggle()
            case "{" where !inQuotes: commentDepth += 1
            case "}" where !inQuotes && commentDepth > 0: commentDepth -= 1
            case "[" where !inQuotes && commentDepth == 0: return true
            default: break
            }
        }
        return false
    }

    // MARK: - Graphical functions and flows

    private mutating func graphicalFunction(_ element: XMLElementNode, name: String, display: String) -> Table? {
        do {
            var table = try GraphicalFunction.table(from: element, name: name, displayName: display, file: file)
            table.provenance = .graphicalFunction(owner: String(name.dropLast(Self.tableName(for: "").count)))
            return table
        } catch {
            problems += error.diagnostics
            return nil
        }
    }

    /// The table of a `<gf>` inside a flow or auxiliary: its own points, or a reference by
    /// name to a standalone graphical function.
    private mutating func embeddedTable(_ gf: XMLElementNode, of declaration: Declaration, standalone: [String: String],
                                        into output: inout Output) -> String? {
        if gf.child("ypts") == nil, let referenced = gf.attributes["name"] {
            guard let table = standalone[XMILEName.canonical(referenced)] else {
                report(.graphicalFunction(name: XMILEName.display(referenced), problem: "it is not defined"), gf)
                return nil
            }
            return table
        }
        let name = Self.tableName(for: declaration.name)
        guard let table = graphicalFunction(gf, name: name, display: declaration.display) else { return nil }
        output.tables.append(table)
        return name
    }

    /// The canonical names in a stock's `<inflow>` or `<outflow>` elements.
    private mutating func flows(_ declaration: Declaration, _ tag: String, known: Set<String>) -> [String] {
        declaration.element.children(named: tag).compactMap { element in
            let name = XMILEName.canonical(element.text)
            guard known.contains(name) else {
                report(.unknownFlow(stock: declaration.display, flow: XMILEName.display(element.text),
                                    hint: Suggestion.hint(for: name, in: known)), element)
                return nil
            }
            return name
        }
    }

    private func trimmedText(_ element: XMLElementNode, _ child: String) -> String? {
        guard let text = element.childText(child)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return nil
        }
        return text
    }

    private mutating func report(_ problem: XMILEProblem, _ element: XMLElementNode) {
        problems.append(problem.diagnostic(at: element.location(in: file)))
    }
}
