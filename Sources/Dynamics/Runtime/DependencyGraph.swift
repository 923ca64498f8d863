/// Who reads whom in a compiled model: an edge from each name an equation reads to the
/// variable it defines, and from each flow to its stock. Hidden variables (smooths, delays)
/// are nodes too, so influence passes through them. An alias stands for its target
/// (`researchers_closed` for `researchers[closed]`).
public struct DependencyGraph: Sendable {
    private let readers: [String: [String]]
    private let aliases: [String: String]

    public init(_ model: CompiledModel) {
        var readers: [String: [String]] = [:]
        for equation in model.equations {
            for dependency in equation.dependencies { readers[dependency, default: []].append(equation.name) }
            for flow in equation.inflows + equation.outflows { readers[flow, default: []].append(equation.name) }
        }
        self.readers = readers
        aliases = Dictionary(model.columns.compactMap { column in column.aliasOf.map { (column.name, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// True if `target` depends on `source` through one or more equations.
    public func influences(_ source: String, _ target: String) -> Bool {
        let source = aliases[source] ?? source, target = aliases[target] ?? target
        var seen: Set<String> = [source], frontier = [source]
        while let name = frontier.popLast() {
            for reader in readers[name] ?? [] {
                if reader == target { return true }
                if seen.insert(reader).inserted { frontier.append(reader) }
            }
        }
        return false
    }
}
