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
    private(set) var problems: [Diagnostic] = []

    struct Output {
        var variables: [Variable] = []
        var tables: [Table] = []
        /// Tables given element by element: the per-element graphical functions of arrays.
        var arrays: [ArrayDeclaration] = []
        var displayNames: [String: String] = [:]
        /// Instances of other models, and the variables other models may set (`access="input"`).
        var modules: [ModuleDeclaration] = []
        var inputs: Set<String> = []
    }

    /// Arrayed variables whose graphical functions are an array of tables, with that array's name.
    private var arrayedTables: [String: String] = [:]
    /// The `<module>`s found among the variables.
    private var modules: [ModuleDeclaration] = []

    enum Kind: String { case stock, flow, aux, gf }

    struct Declaration {
        var kind: Kind
        var element: XMLElementNode
        var name: String
        var display: String
    }

    /// Elements of each dimension the file declares, by canonical name.
    let dimensions: [String: [String]]
    /// The macros of the file, by canonical name, with how many arguments each takes.
    var macros: [String: ClosedRange<Int>] = [:]

    init(file: String?, nonNegative: NonNegative, vensimArithmetic: Bool, dimensions: [ArrayDimension] = []) {
        self.file = file
        self.nonNegative = nonNegative
        self.vensimArithmetic = vensimArithmetic
        self.dimensions = Dictionary(dimensions.map { ($0.name, $0.elements) }, uniquingKeysWith: { a, _ in a })
    }

    /// The engine name of the table holding the graphical function of the variable or
    /// standalone `<gf>` called `name`.
    static func tableName(for name: String) -> String { "\(name)#gf" }

    /// - Parameter parameters: a macro's parameters, which its variables may read (and declare
    ///   again without an equation, as xmutil writes them); they are not read as variables.
    mutating func read(_ variables: XMLElementNode, parameters: Set<String> = []) -> Output {
        var output = Output()
        modules = []
        let declarations = declarations(in: variables).filter { !parameters.contains($0.name) }
        output.modules = modules
        output.inputs = Set(declarations.filter { $0.element.attributes["access"] == "input" }.map(\.name))
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
        var parsedElements: [String: [(elements: [String], eqn: XMLElementNode?, expression: Dynamics.Expression?, node: XMLElementNode)]] = [:]
        let allNames = Set(declarations.map(\.name)).union(parameters)
        for declaration in dynamic {
            checkSupported(declaration)
            if let list = constantList(of: declaration) {
                parsedElements[declaration.name] = list
                continue
            }
            // Vensim's export writes one <eqn> after another, one per element, without <element>.
            let equations = declaration.element.children(named: "eqn")
            let tuples = elementTuples(of: declaration)
            if equations.count > 1, equations.count == tuples.count {
                parsedElements[declaration.name] = zip(tuples, equations).map { tuple, eqn in
                    (tuple, eqn, parse(eqn, of: declaration, variables: allNames), declaration.element)
                }
                continue
            }
            let elements = elementNodes(of: declaration)
            if !elements.isEmpty {
                var found: [(elements: [String], eqn: XMLElementNode?, expression: Dynamics.Expression?, node: XMLElementNode)] = []
                for (chosen, node) in elements {
                    let eqn = node.child("eqn")
                    let expression = eqn.flatMap { parse($0, of: declaration, variables: allNames, optional: node.child("gf") != nil) }
                    found.append((chosen, eqn, expression, node))
                }
                parsedElements[declaration.name] = found
            }
            if elements.isEmpty || declaration.element.child("eqn") != nil,
               let expression = equation(of: declaration, variables: allNames) {
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
        // Per-element graphical functions: a table per element, and the variable's tables an array.
        var elementTables: [String: String] = [:]
        for declaration in dynamic where declaration.kind != .stock {
            for element in parsedElements[declaration.name] ?? [] {
                guard let gf = element.node.child("gf") else { continue }
                let name = ArrayElement.name(declaration.name, element.elements)
                let table = ArrayElement.name(Self.tableName(for: declaration.name), element.elements)
                if var found = graphicalFunction(gf, name: table, display: "\(declaration.display)[\(element.elements.joined(separator: ","))]") {
                    found.provenance = .graphicalFunction(owner: name)
                    output.tables.append(found)
                    elementTables[name] = table
                }
            }
            if parsedElements[declaration.name]?.contains(where: { $0.node.child("gf") != nil }) == true {
                output.arrays.append(ArrayDeclaration(name: Self.tableName(for: declaration.name), dimensions: dimensionNames(of: declaration)))
                arrayedTables[declaration.name] = Self.tableName(for: declaration.name)
            }
        }
        var translator = EquationTranslator(variables: Set(dynamic.map(\.name)).union(parameters),
                                            tables: tables.merging(ownTables) { standalone, _ in standalone },
                                            arrayedTables: arrayedTables, macros: macros, vensimArithmetic: vensimArithmetic)
        let variableNames = Set(dynamic.map(\.name)).union(parameters)
        for declaration in dynamic {
            translator.owner = declaration.name
            var equation = Equation("")
            if let eqn = declaration.element.child("eqn"), let expression = parsed[declaration.name] {
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
                equation = Equation(eqn.text, origin: origin, parsed: translated)
            } else if parsedElements[declaration.name] == nil {
                // An input without an equation of its own waits for its connection.
                if output.inputs.contains(declaration.name) {
                    output.variables.append(Variable(name: declaration.name, role: .auxiliary, equation: Equation(""),
                                                     unit: trimmedText(declaration.element, "units"), doc: trimmedText(declaration.element, "doc"),
                                                     origin: declaration.element.location(in: file)))
                }
                continue
            }
            var elementEquations: [ElementEquation] = []
            for element in parsedElements[declaration.name] ?? [] {
                let name = ArrayElement.name(declaration.name, element.elements)
                let origin = element.eqn?.textLocation(in: file) ?? element.node.location(in: file)
                // An element with only a graphical function applies it to the variable's own equation.
                guard var translated = element.expression.map({ translator.translate($0, origin: origin) }) ?? equation.parsed else {
                    if element.eqn == nil { report(.missingEquation(kind: declaration.kind.rawValue, name: name), element.node) }
                    continue
                }
                if Self.exceeds(translated, nodes: Self.maximumTerms, depth: 4 * Parser.maximumDepth) {
                    problems.append(XMILEProblem.equationTooLarge(name: name, limit: Self.maximumTerms).diagnostic(at: origin))
                    continue
                }
                if let table = elementTables[name] {
                    if declaration.element.child("gf") != nil, element.expression == nil, case .call(_, let arguments) = translated.kind {
                        translated = arguments[0]
                    }
                    translated = Dynamics.Expression(.call(table, [translated]), at: translated.position)
                }
                elementEquations.append(ElementEquation(element.elements, Equation(element.eqn?.text ?? equation.text, origin: origin, parsed: translated)))
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
            var variable = Variable(
                name: declaration.name, role: role, equation: equation,
                unit: trimmedText(declaration.element, "units"), doc: trimmedText(declaration.element, "doc"),
                origin: declaration.element.location(in: file), dimensions: dimensionNames(of: declaration),
                elementEquations: elementEquations)
            // ACTIVE INITIAL: <init_eqn> gives the value while initial values are computed.
            if let initEqn = declaration.element.child("init_eqn"), declaration.kind != .stock,
               let parsed = parse(initEqn, of: declaration, variables: allNames) {
                let origin = initEqn.textLocation(in: file)
                variable.initialEquation = Equation(initEqn.text, origin: origin, parsed: translator.translate(parsed, origin: origin))
            }
            // The same written as a function, as Vensim's own export does.
            if case .call("active_initial", let arguments)? = variable.equation.parsed?.kind, arguments.count == 2 {
                variable.equation.parsed = arguments[0]
                variable.initialEquation = Equation(variable.equation.text, origin: variable.equation.origin, parsed: arguments[1])
            }
            output.variables.append(variable)
        }
        problems += translator.problems
        for (name, stepped) in translator.steppedTables.sorted(by: { $0.key < $1.key }) {
            guard var copy = output.tables.first(where: { $0.name == stepped.table }) else { continue }
            copy.name = name
            copy.mode = stepped.mode
            output.tables.append(copy)
        }
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
            case .subscript(_, let subscripts):
                for part in subscripts {
                    switch part {
                    case .index(let index): pending.append((index, level + 1))
                    case .range(let from, let to): pending += [(from, level + 1), (to, level + 1)]
                    case .wildcard, .dimensionPosition: break
                    }
                }
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
                guard let written = element.attributes["name"] else {
                    report(.missingName(element: element.name), element)
                    return
                }
                modules.append(ModuleDeclaration(element, name: written))
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
        // A module's input may have no equation of its own: what it is connected to gives its value.
        let isInput = declaration.element.attributes["access"] == "input"
        guard let eqn = declaration.element.child("eqn") else {
            if !isInput { report(.missingEquation(kind: declaration.kind.rawValue, name: declaration.display), declaration.element) }
            return nil
        }
        if isInput, (try? Parser.parse(EquationText.prepared(eqn.text, names: variables), dialect: .xmile)) == nil { return nil }
        return parse(eqn, of: declaration, variables: variables)
    }

    /// The parsed text of `eqn`; nil after reporting why not. With `optional`, an empty
    /// equation is no equation rather than a mistake.
    private mutating func parse(_ eqn: XMLElementNode, of declaration: Declaration, variables: Set<String>,
                                optional: Bool = false) -> Dynamics.Expression? {
        if eqn.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            if !optional { report(.emptyEquation(name: declaration.display), eqn) }
            return nil
        }
        if eqn.text.contains("???") {
            report(.undefinedElements(name: declaration.display), eqn)
            return nil
        }
        let origin = eqn.textLocation(in: file)
        // A name written with spaces and no quotes, as xmutil writes a macro's result.
        let whole = XMILEName.canonical(eqn.text)
        if whole.contains("_"), variables.contains(whole) { return Dynamics.Expression(.name(whole), at: SourcePosition(line: 1, column: 1)) }
        do {
            return try Parser.parse(EquationText.prepared(eqn.text, names: variables), dialect: .xmile)
        } catch {
            problems.append(error.diagnostic(equationStart: origin).inContext(.equation(declaration.display)))
            return nil
        }
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
