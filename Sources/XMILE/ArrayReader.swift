import Dynamics

/// XMILE arrays (§2.5, §3.7.1, §4.5): the `<dimensions>` a file declares, and the dimensions
/// and per-element equations of its variables.
enum ArrayReader {
    /// The `<dim>`s under `<dimensions>`: named elements, or a size for elements 1 … n. Names and
    /// elements are canonical; `display` gets how the file writes each element.
    static func dimensions(_ element: XMLElementNode?, file: String?, display: inout [String: String],
                           problems: inout [Diagnostic]) -> [ArrayDimension] {
        guard let element else { return [] }
        return element.children(named: "dim").compactMap { dim in
            guard let written = dim.attributes["name"] else {
                problems.append(XMILEProblem.missingName(element: "dim").diagnostic(at: dim.location(in: file)))
                return nil
            }
            let name = XMILEName.canonical(written)
            display[name] = display[name] ?? XMILEName.display(written)
            let elements = dim.children(named: "elem").compactMap { $0.attributes["name"] }
            if elements.isEmpty {
                guard let text = dim.attributes["size"], let size = Int(text.trimmingCharacters(in: .whitespaces)), size >= 1, size <= 1_000_000 else {
                    problems.append(XMILEProblem.dimensionSize(name: XMILEName.display(written)).diagnostic(at: dim.location(in: file)))
                    return nil
                }
                return .indexed(name, size: size, origin: dim.location(in: file))
            }
            for written in elements { display[XMILEName.canonical(written)] = display[XMILEName.canonical(written)] ?? XMILEName.display(written) }
            let maps = dim.children.filter { $0.localName == "maps_to" }.map { XMILEName.canonical($0.text) }
            return ArrayDimension(name: name, elements: elements.map(XMILEName.canonical), mapsTo: maps, origin: dim.location(in: file))
        }
    }
}

extension VariableReader {
    /// The dimensions a variable ranges over, canonical, in order.
    func dimensionNames(of declaration: Declaration) -> [String] {
        declaration.element.child("dimensions")?.children(named: "dim").compactMap { $0.attributes["name"] }.map(XMILEName.canonical) ?? []
    }

    /// An arrayed variable whose `<eqn>` lists one number per element, Vensim's way of writing
    /// constants (`0.1, 0.3, 0.8`; rows separated by `;`), as one equation per element in
    /// row-major order; nil for any other equation.
    func constantList(of declaration: Declaration) -> [(elements: [String], eqn: XMLElementNode?, expression: Dynamics.Expression?,
                                                          node: XMLElementNode)]? {
        let names = dimensionNames(of: declaration)
        guard !names.isEmpty, let eqn = declaration.element.child("eqn") else { return nil }
        let text = eqn.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.contains(",") || text.contains(";") else { return nil }
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let values = parts.compactMap(Double.init)
        let tuples = elementTuples(of: declaration)
        guard values.count == parts.count, values.count == tuples.count else { return nil }
        let at = SourcePosition(line: 1, column: 1)
        return zip(tuples, values).map { ($0, eqn, Dynamics.Expression(.number($1), at: at), declaration.element) }
    }

    /// Every element of an arrayed variable, in row-major order.
    func elementTuples(of declaration: Declaration) -> [[String]] {
        let names = dimensionNames(of: declaration)
        guard !names.isEmpty else { return [] }
        return names.map { dimensions[$0] ?? [] }.reduce([[String]]([[]])) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
    }

    /// The `<element subscript="a, b">` children of a variable, with their elements canonical.
    func elementNodes(of declaration: Declaration) -> [([String], XMLElementNode)] {
        declaration.element.children(named: "element").compactMap { node in
            guard let written = node.attributes["subscript"] else { return nil }
            return (written.split(separator: ",").map { XMILEName.canonical(String($0)) }, node)
        }
    }
}
