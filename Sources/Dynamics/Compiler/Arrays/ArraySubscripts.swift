/// Subscripts and transposition: `x[open]`, `x[employer, *]`, `x[2]`, `x[1:3]`, `x[@1]`,
/// `x[i]` with `i` computed, `x'`.
extension ArrayEvaluator {
    /// What one index of a subscript selects along its axis of the array.
    private enum Selection {
        /// One element.
        case fixed(String)
        /// An axis kept in the value, named by `dimension`, over `elements` of the array's dimension.
        case axis(dimension: String, elements: [String])
        /// An element chosen at run time by a position (from 1).
        case dynamic(Expression)
    }

    mutating func subscripted(_ name: String, _ indices: [Subscript], at position: SourcePosition, _ context: Context,
                              inArrayFunction: Bool) -> ArrayValue? {
        guard let dims = arrays[name] else {
            report(.notAnArray(name), at: position, context)
            return nil
        }
        guard dims.count == indices.count else {
            report(.subscriptCount(array: name, expected: dims.count, found: indices.count), at: position, context)
            return nil
        }
        var selections: [Selection] = []
        for (index, dimension) in zip(indices, dims) {
            guard let selection = select(index, along: dimension, of: name, at: position, context, inArrayFunction: inArrayFunction) else {
                return nil
            }
            selections.append(selection)
        }
        var axes: [ArrayValue.Axis] = []
        for case .axis(let dimension, let elements) in selections {
            axes.append(ArrayValue.Axis(dimension: dimension, elements: elements))
        }
        let cells = ArrayDimension.tuples(axes.map(\.elements)).map { chosen -> Expression in
            var next = chosen.makeIterator()
            // Each selection contributes its element, or the alternatives a run-time index picks from.
            var alternatives: [[String]] = [[]]
            var selectors: [(Expression, Int)] = []
            for (selection, dimension) in zip(selections, dims) {
                switch selection {
                case .fixed(let element): alternatives = alternatives.map { $0 + [element] }
                case .axis: let element = next.next()!; alternatives = alternatives.map { $0 + [element] }
                case .dynamic(let selector):
                    let elements = dimensions[dimension]?.elements ?? []
                    selectors.append((selector, elements.count))
                    alternatives = alternatives.flatMap { prefix in elements.map { prefix + [$0] } }
                }
            }
            let leaves = alternatives.map { Expression(.name(ArrayElement.name(name, $0)), at: position) }
            return choose(leaves, selectors, at: position)
        }
        return ArrayValue(axes: axes, cells: cells)
    }

    /// `leaves` (all combinations of the run-time choices, the last varying fastest) reduced
    /// by the selectors to one expression: `if(int(s) == 1, a, if(int(s) == 2, b, 0))`.
    private func choose(_ leaves: [Expression], _ selectors: [(Expression, Int)], at position: SourcePosition) -> Expression {
        guard let (selector, count) = selectors.first else { return leaves[0] }
        let stride = leaves.count / count
        var result = Expression(.number(0), at: position)
        for k in (0..<count).reversed() {
            let branch = choose(Array(leaves[k * stride..<(k + 1) * stride]), Array(selectors.dropFirst()), at: position)
            let index = Expression(.call("int", [selector]), at: position)
            let test = Expression(.binary(.equal, index, Expression(.number(Double(k + 1)), at: position)), at: position)
            result = Expression(.call("if", [test, branch, result]), at: position)
        }
        return result
    }

    /// What `index` selects along the array's `dimension`.
    private mutating func select(_ index: Subscript, along dimension: String, of array: String, at position: SourcePosition,
                                 _ context: Context, inArrayFunction: Bool) -> Selection? {
        guard let target = dimensions[dimension] else { return nil }
        switch index {
        case .wildcard(nil):
            return .axis(dimension: dimension, elements: target.elements)
        case .wildcard(let restriction?):
            guard let subrange = dimensions[restriction] else {
                report(.unknownDimension(restriction, hint: Suggestion.hint(for: restriction, in: dimensions.keys)), at: position, context)
                return nil
            }
            if let outside = subrange.elements.first(where: { !target.elements.contains($0) }) {
                report(.elementNotIn(element: outside, of: restriction, dimension: dimension), at: position, context)
                return nil
            }
            return .axis(dimension: restriction, elements: subrange.elements)
        case .dimensionPosition(let n):
            guard n <= context.order.count else {
                report(.dimensionPosition(n, equation: context.equation, count: context.order.count), at: position, context)
                return nil
            }
            let (source, element) = context.order[n - 1]
            guard let mapped = map(element, from: source, to: dimension) else {
                report(.elementNotIn(element: element, of: source, dimension: dimension), at: position, context)
                return nil
            }
            return .fixed(mapped)
        case .range(let from, let to):
            guard let a = elementIndex(from, in: target, context), let b = elementIndex(to, in: target, context) else { return nil }
            return .axis(dimension: dimension, elements: Array(target.elements[min(a, b)...max(a, b)]))
        case .index(let expression):
            return selectIndex(expression, along: target, of: array, context, inArrayFunction: inArrayFunction)
        }
    }

    private mutating func selectIndex(_ expression: Expression, along target: ArrayDimension, of array: String, _ context: Context,
                                      inArrayFunction: Bool) -> Selection? {
        let position = expression.position
        switch expression.kind {
        case .name(let name) where target.elements.contains(name):
            return .fixed(name)
        case .name(let name) where name.hasPrefix(target.name + ".") && target.elements.contains(String(name.dropFirst(target.name.count + 1))):
            return .fixed(String(name.dropFirst(target.name.count + 1)))
        case .name(let name) where dimensions[name] != nil && !scalars.contains(name):
            if let element = current(name, context) {
                guard let mapped = map(element, from: name, to: target.name) else {
                    report(.elementNotIn(element: element, of: name, dimension: target.name), at: position, context)
                    return nil
                }
                return .fixed(mapped)
            }
            let source = dimensions[name]!
            if name == target.name { return .axis(dimension: name, elements: target.elements) }
            if source.elements.allSatisfy(target.elements.contains) {
                return .axis(dimension: name, elements: source.elements)
            }
            report(.notADimensionOf(dimension: name, array: array, arrayDimension: target.name), at: position, context)
            return nil
        case .name(let name) where !scalars.contains(name) && arrays[name] == nil:
            report(.unknownElement(name, dimension: target.name, hint: Suggestion.hint(for: name, in: target.elements)), at: position, context)
            return nil
        case .number(let value):
            guard let k = elementIndex(expression, in: target, context) else { return nil }
            _ = value
            return .fixed(target.elements[k])
        default:
            guard let selector = scalar(expression, context) else { return nil }
            if case .number = selector.kind, let k = elementIndex(selector, in: target, context) { return .fixed(target.elements[k]) }
            return .dynamic(selector)
        }
    }

    /// The position (from 0) an index names: a whole number from 1, or an element's name.
    private mutating func elementIndex(_ expression: Expression, in target: ArrayDimension, _ context: Context) -> Int? {
        switch expression.kind {
        case .number(let value):
            guard value == value.rounded(), value >= 1, value <= Double(target.elements.count) else {
                report(.positionOutOfRange(value.isFinite && abs(value) < 1e9 ? Int(value) : 0, dimension: target.name, count: target.elements.count),
                       at: expression.position, context)
                return nil
            }
            return Int(value) - 1
        case .name(let name):
            if let k = target.position(of: name) { return k }
            report(.unknownElement(name, dimension: target.name, hint: Suggestion.hint(for: name, in: target.elements)),
                   at: expression.position, context)
            return nil
        default:
            report(.positionOutOfRange(0, dimension: target.name, count: target.elements.count), at: expression.position, context)
            return nil
        }
    }

    /// `x'`: the array with its dimensions in reverse order. In an equation over as many
    /// dimensions, element (a, b) of the result is x[b, a].
    mutating func transposed(_ operand: Expression, _ context: Context, inArrayFunction: Bool) -> ArrayValue? {
        if case .name(let name) = operand.kind, let dims = arrays[name], !inArrayFunction {
            guard dims.count == context.order.count else {
                report(.transposeDimensions(array: name, equation: context.equation), at: operand.position, context)
                return nil
            }
            var elements: [String] = []
            for (k, dimension) in dims.enumerated() {
                let (source, element) = context.order[dims.count - 1 - k]
                guard let mapped = map(element, from: source, to: dimension) else {
                    report(.elementNotIn(element: element, of: source, dimension: dimension), at: operand.position, context)
                    return nil
                }
                elements.append(mapped)
            }
            return .scalar(Expression(.name(ArrayElement.name(name, elements)), at: operand.position))
        }
        guard let value = value(operand, context, inArrayFunction: inArrayFunction) else { return nil }
        let reversed = Array(value.axes.reversed())
        let cells = ArrayDimension.tuples(reversed.map { $0.elements.indices.map(String.init) }).map { coordinates -> Expression in
            let original = coordinates.reversed().map { Int($0)! }
            return value.cell(at: original, of: value.axes)
        }
        return ArrayValue(axes: reversed, cells: cells)
    }
}
