import Dynamics

/// A table of `base.json5` or a scenario's replacement of one; or one element of an arrayed
/// table (named `t[e]`), written with what the elements share at the top and their own points
/// under `elements`: `{ dimensions: ["segment"], x: [0, 1], elements: { frontier: { y: [0, 1] }, long_tail: { y: [0, 0.5] } } }`.
struct TableSpec {
    var table: Table
    var source: String?

    static let keys = ["x", "y", "extrapolate", "unit", "source", "doc"]

    static func read(_ member: JSONValue.Member, file: String, dimensions: [String: ArrayDimension] = [:],
                     problems: inout [Diagnostic]) -> (specs: [TableSpec], array: ArrayDeclaration?) {
        let location = SourceLocation(file: file, position: member.keyPosition)
        guard let entry = ObjectReader(member.value, file: file, context: "table '\(member.key)'", problems: &problems) else { return ([], nil) }
        guard entry.value["dimensions"] != nil else {
            entry.rejectUnknownKeys(keys, problems: &problems)
            return (read(member.key, [entry], at: location, problems: &problems).map { [$0] } ?? [], nil)
        }
        entry.rejectUnknownKeys(keys + ["dimensions", "elements"], problems: &problems)
        guard let names = DimensionList.read(entry, dimensions: dimensions, problems: &problems) else { return ([], nil) }
        let declared = ArrayDeclaration(name: member.key, dimensions: names)
        guard let elements = entry.object("elements", context: "the elements of '\(member.key)'", required: true, problems: &problems) else {
            return ([], declared)
        }
        var specs: [TableSpec] = []
        for (tuple, element) in ElementKeys.read(elements, array: member.key, dimensions: names.map { dimensions[$0]! }, requireAll: true,
                                                 at: location, problems: &problems) {
            let name = ArrayElement.name(member.key, tuple)
            guard let own = ObjectReader(element.value, file: file, context: "table '\(name)'", problems: &problems) else { continue }
            own.rejectUnknownKeys(keys.filter { $0 != "unit" }, problems: &problems)
            if let spec = read(name, [own, entry], at: SourceLocation(file: file, position: element.keyPosition), problems: &problems) {
                specs.append(spec)
            }
        }
        return (specs, declared)
    }

    /// A table from the first of `readers` that gives each key (an element's own, then shared).
    private static func read(_ name: String, _ readers: [ObjectReader], at location: SourceLocation, problems: inout [Diagnostic]) -> TableSpec? {
        func reader(_ key: String) -> ObjectReader { readers.first { $0.value[key] != nil } ?? readers[0] }
        guard let xs = reader("x").numbers("x", required: true, problems: &problems),
              let ys = reader("y").numbers("y", required: true, problems: &problems) else { return nil }
        let extrapolate = reader("extrapolate").bool("extrapolate", problems: &problems) ?? false
        let table = Table(name: name, xs: xs, ys: ys, mode: extrapolate ? .extrapolate : .clamp,
                          unit: reader("unit").string("unit", problems: &problems), doc: reader("doc").string("doc", problems: &problems),
                          origin: location)
        var found = table.validate()
        // Point at the offending x value where there is one.
        if let xValues = reader("x").value["x"]?.array {
            for k in found.indices {
                if case CompileProblem.tableNotIncreasing(_, let index, _, _)? = found[k].problem as? CompileProblem, index < xValues.count {
                    found[k].location = reader("x").location(of: xValues[index])
                }
            }
        }
        problems += found
        return TableSpec(table: table, source: reader("source").string("source", problems: &problems))
    }
}
