/// Rewrites one equation of one element (or of a scalar variable) into scalar terms: each
/// reference to an array becomes a reference to the elements it means, array functions become
/// the sums, products and comparisons they stand for.
///
/// The rules are XMILE 1.0 §3.7.1, as Vensim, Stella and simlin read them: a dimension named in
/// a subscript stands for the current element of the variable being defined (matched by name;
/// a subrange by element name; two indexed dimensions of one size by position); a bare array
/// in an equation over its dimensions is its current element; inside an array function (`sum`,
/// `mean`, …) a bare array, `*` and an unbound dimension keep their axis, and operands over
/// different dimensions form a cross product.
struct ArrayEvaluator {
    let dimensions: [String: ArrayDimension]
    /// Arrayed variables, parameters and tables, with their dimensions.
    let arrays: [String: [String]]
    /// Arrayed tables among `arrays`, and scalar tables.
    let tables: Set<String>
    /// Every name an equation may read that is not an array: scalar variables and parameters.
    let scalars: Set<String>
    private(set) var problems: [Diagnostic] = []

    /// The equation being rewritten.
    struct Context {
        /// How messages name it: `hires[open]`, or `growth` for a scalar.
        var equation: String
        /// The element being defined: its element of each of the variable's dimensions, in order.
        var order: [(dimension: String, element: String)]
        var locate: (SourcePosition) -> SourceLocation?

        func element(of dimension: String) -> String? { order.first { $0.dimension == dimension }?.element }
    }

    /// True if elements of `a` and `b` correspond by position: two indexed dimensions of one
    /// size, or a declared mapping between them.
    func correspond(_ a: ArrayDimension, _ b: ArrayDimension) -> Bool {
        guard a.elements.count == b.elements.count else { return false }
        return (a.isIndexed && b.isIndexed) || a.mapsTo.contains(b.name) || b.mapsTo.contains(a.name)
    }

    /// The element of `dimension` the element being defined stands for, directly or through a
    /// dimension that corresponds to it by position.
    func current(_ dimension: String, _ context: Context) -> String? {
        if let element = context.element(of: dimension) { return element }
        guard let target = dimensions[dimension] else { return nil }
        for (other, element) in context.order {
            guard let source = dimensions[other], correspond(source, target), let k = source.position(of: element) else { continue }
            return target.elements[k]
        }
        return nil
    }

    init(dimensions: [ArrayDimension], arrays: [String: [String]], tables: Set<String>, scalars: Set<String>) {
        self.dimensions = Dictionary(dimensions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.arrays = arrays
        self.tables = tables
        self.scalars = scalars
    }

    mutating func report(_ problem: CompileProblem, at position: SourcePosition, _ context: Context) {
        problems.append(Diagnostic(.error, problem, at: context.locate(position)))
    }

    /// The scalar expression of `expression` for the element of `context`; nil after a problem.
    mutating func scalar(_ expression: Expression, _ context: Context) -> Expression? {
        guard let result = value(expression, context, inArrayFunction: false) else { return nil }
        if let axis = result.axes.first {
            report(.leftoverDimension(equation: context.equation, dimension: axis.dimension), at: expression.position, context)
            return nil
        }
        return result.cells[0]
    }

    /// The value of `e`; inside an array function's argument, arrays keep their unbound axes.
    mutating func value(_ e: Expression, _ context: Context, inArrayFunction: Bool) -> ArrayValue? {
        switch e.kind {
        case .number:
            return .scalar(e)
        case .name(let name):
            return reference(name, at: e.position, context, inArrayFunction: inArrayFunction)
        case .subscript(let name, let indices):
            return subscripted(name, indices, at: e.position, context, inArrayFunction: inArrayFunction)
        case .unary(.transpose, let operand):
            return transposed(operand, context, inArrayFunction: inArrayFunction)
        case .unary(let op, let operand):
            guard let value = value(operand, context, inArrayFunction: inArrayFunction) else { return nil }
            return ArrayValue(axes: value.axes, cells: value.cells.map { Expression(.unary(op, $0), at: e.position) })
        case .binary(let op, let lhs, let rhs):
            guard let a = value(lhs, context, inArrayFunction: inArrayFunction),
                  let b = value(rhs, context, inArrayFunction: inArrayFunction) else { return nil }
            return combine([a, b], at: e.position, context) { Expression(.binary(op, $0[0], $0[1]), at: e.position) }
        case .call(let name, let arguments):
            return call(name, arguments, at: e.position, context, inArrayFunction: inArrayFunction)
        }
    }

    /// Values laid out together (see `ArrayValue.broadcast`), each cell made by `make`.
    mutating func combine(_ values: [ArrayValue], at position: SourcePosition, _ context: Context,
                          _ make: ([Expression]) -> Expression) -> ArrayValue? {
        guard let (axes, rows) = ArrayValue.broadcast(values) else {
            let shared = values.flatMap(\.axes).map(\.dimension)
            let dimension = shared.first { name in shared.filter { $0 == name }.count > 1 } ?? "?"
            report(.elementsDiffer(dimension: dimension), at: position, context)
            return nil
        }
        return ArrayValue(axes: axes, cells: rows.map(make))
    }

    // MARK: - Names

    /// A bare name: a scalar, a dimension's position, `dimension.element`, or an array (its
    /// current element, or inside an array function all of it).
    private mutating func reference(_ name: String, at position: SourcePosition, _ context: Context,
                                    inArrayFunction: Bool) -> ArrayValue? {
        if let dims = arrays[name] {
            if inArrayFunction {
                return whole(name, dims)
            }
            var elements: [String] = []
            for dimension in dims {
                guard let element = boundElement(dimension, context) else {
                    report(.unboundDimension(array: name, dimension: dimension, equation: context.equation), at: position, context)
                    return nil
                }
                elements.append(element)
            }
            return .scalar(Expression(.name(ArrayElement.name(name, elements)), at: position))
        }
        if !scalars.contains(name), let dimension = dimensions[name] {
            guard let element = current(name, context), let k = dimension.position(of: element) else {
                report(.dimensionAsValue(name, equation: context.equation), at: position, context)
                return nil
            }
            return .scalar(Expression(.number(Double(k + 1)), at: position))
        }
        if !scalars.contains(name), let (dimension, k) = dottedElement(name) {
            _ = dimension
            return .scalar(Expression(.number(Double(k + 1)), at: position))
        }
        return .scalar(Expression(.name(name), at: position))
    }

    /// `dimension.element` as (dimension, position), when `name` is one.
    private func dottedElement(_ name: String) -> (String, Int)? {
        guard let dot = name.firstIndex(of: ".") else { return nil }
        let prefix = String(name[..<dot]), suffix = String(name[name.index(after: dot)...])
        guard let dimension = dimensions[prefix], let k = dimension.position(of: suffix) else { return nil }
        return (prefix, k)
    }

    /// Every element of array `name`, over all its axes.
    private func whole(_ name: String, _ dims: [String]) -> ArrayValue {
        let axes = dims.map { ArrayValue.Axis(dimension: $0, elements: dimensions[$0]?.elements ?? []) }
        return ArrayValue(axes: axes, cells: ArrayDimension.tuples(axes.map(\.elements)).map {
            Expression(.name(ArrayElement.name(name, $0)), at: SourcePosition(line: 1, column: 1))
        })
    }

    /// The element of `dimension` that the element being defined stands for: the same
    /// dimension, a subrange or superset sharing the element's name, or an indexed dimension of
    /// the same size at the same position.
    func boundElement(_ dimension: String, _ context: Context) -> String? {
        if let element = context.element(of: dimension) { return element }
        guard let target = dimensions[dimension] else { return nil }
        for (other, element) in context.order {
            guard let source = dimensions[other] else { continue }
            let related = Set(source.elements).isSubset(of: target.elements) || Set(target.elements).isSubset(of: source.elements)
            if related, target.elements.contains(element) { return element }
        }
        return current(dimension, context)
    }

    /// `element` of dimension `from` as an element of `to`: itself, by name, or by position
    /// between indexed dimensions of one size.
    func map(_ element: String, from: String, to: String) -> String? {
        guard let target = dimensions[to] else { return nil }
        if target.elements.contains(element) { return element }
        if let source = dimensions[from], correspond(source, target), let k = source.position(of: element) {
            return target.elements[k]
        }
        return nil
    }
}
