import Dynamics

/// `dimensions: ["employer", "level"]` of an arrayed variable, parameter or table: each a
/// declared dimension.
enum DimensionList {
    static func read(_ entry: ObjectReader, dimensions: [String: ArrayDimension], problems: inout [Diagnostic]) -> [String]? {
        guard let names = entry.strings("dimensions", problems: &problems) else { return nil }
        var valid = true
        for (k, name) in names.enumerated() where dimensions[name] == nil {
            let at = entry.value["dimensions"]?.array?[k].position ?? entry.value.position
            problems.append(Diagnostic(.error, CompileProblem.unknownDimension(name, hint: Suggestion.hint(for: name, in: dimensions.keys)),
                                       at: SourceLocation(file: entry.file, position: at)))
            valid = false
        }
        if names.isEmpty {
            problems.append(Diagnostic(.error, AssumptionProblem.noDimensions(context: entry.context), at: entry.location(ofKey: "dimensions")))
            valid = false
        }
        return valid ? names : nil
    }
}

/// The keys of an `elements: { … }` object: `open`, or `closed,senior` for two dimensions,
/// each naming one element of each dimension in order.
enum ElementKeys {
    /// Each valid key with its member, in file order; with `requireAll`, a problem for every
    /// element not given.
    static func read(_ object: ObjectReader, array: String, dimensions: [ArrayDimension], requireAll: Bool, at location: SourceLocation,
                     problems: inout [Diagnostic]) -> [([String], JSONValue.Member)] {
        var found: [([String], JSONValue.Member)] = []
        var seen: Set<[String]> = []
        for member in object.members {
            let at = SourceLocation(file: object.file, position: member.keyPosition)
            let parts = member.key.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace()) }
            guard parts.count == dimensions.count else {
                problems.append(Diagnostic(.error, CompileProblem.subscriptCount(array: array, expected: dimensions.count, found: parts.count), at: at))
                continue
            }
            var valid = true
            for (part, dimension) in zip(parts, dimensions) where dimension.position(of: part) == nil {
                problems.append(Diagnostic(.error, CompileProblem.unknownElement(part, dimension: dimension.name,
                                                                                 hint: Suggestion.hint(for: part, in: dimension.elements)), at: at))
                valid = false
            }
            guard valid else { continue }
            if !seen.insert(parts).inserted {
                problems.append(Diagnostic(.error, CompileProblem.elementEquationTwice(variable: array, element: ArrayElement.name(array, parts)), at: at))
                continue
            }
            found.append((parts, member))
        }
        if requireAll {
            for tuple in ArrayDimension.tuples(dimensions.map(\.elements)) where !seen.contains(tuple) {
                problems.append(Diagnostic(.error, AssumptionProblem.elementMissing(ArrayElement.name(array, tuple)), at: location))
            }
        }
        // Row-major order, whatever order the file lists them in.
        let order = Dictionary(ArrayDimension.tuples(dimensions.map(\.elements)).enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return found.sorted { order[$0.0]! < order[$1.0]! }
    }
}
