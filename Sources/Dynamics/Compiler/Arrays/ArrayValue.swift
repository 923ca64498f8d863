/// A value while arrays are flattened: scalar expressions laid out over named axes, in
/// row-major order. A scalar has no axes and one cell.
struct ArrayValue {
    /// An axis: a dimension, and which of its elements (all of them, or a slice) in order.
    struct Axis: Equatable {
        var dimension: String
        var elements: [String]
    }

    var axes: [Axis]
    var cells: [Expression]

    static func scalar(_ expression: Expression) -> ArrayValue { ArrayValue(axes: [], cells: [expression]) }

    var isScalar: Bool { axes.isEmpty }

    /// The cell of `value` at the result coordinates `coordinates` over `axes` (a superset).
    func cell(at coordinates: [Int], of axes: [Axis]) -> Expression {
        var index = 0
        for axis in self.axes {
            let k = axes.firstIndex { $0.dimension == axis.dimension }!
            index = index * axis.elements.count + coordinates[k]
        }
        return cells[index]
    }

    /// Lays `values` out over the union of their axes (matched by dimension name, cross product
    /// otherwise) and returns, for each result cell, the corresponding cell of each value.
    /// Nil when two values share a dimension but select different elements of it.
    static func broadcast(_ values: [ArrayValue]) -> (axes: [Axis], cells: [[Expression]])? {
        var axes: [Axis] = []
        for value in values {
            for axis in value.axes {
                if let existing = axes.first(where: { $0.dimension == axis.dimension }) {
                    if existing.elements != axis.elements { return nil }
                } else {
                    axes.append(axis)
                }
            }
        }
        if axes.isEmpty { return ([], [values.map { $0.cells[0] }]) }
        let counts = axes.map(\.elements.count)
        var rows: [[Expression]] = []
        var coordinates = [Int](repeating: 0, count: axes.count)
        let total = counts.reduce(1, *)
        rows.reserveCapacity(total)
        for _ in 0..<total {
            rows.append(values.map { $0.cell(at: coordinates, of: axes) })
            var k = axes.count - 1
            while k >= 0 {
                coordinates[k] += 1
                if coordinates[k] < counts[k] { break }
                coordinates[k] = 0
                k -= 1
            }
        }
        return (axes, rows)
    }

    /// The first axis whose dimension is `name`.
    func axis(_ name: String) -> Axis? { axes.first { $0.dimension == name } }
}
