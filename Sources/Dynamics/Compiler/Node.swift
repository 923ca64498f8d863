/// A variable inside the compiler: parsed, and possibly made by expanding a stateful function.
struct Node {
    enum Kind: Equatable {
        case stock(inflows: [String], outflows: [String], nonNegative: Bool)
        case flow(nonNegative: Bool)
        case auxiliary

        var label: String {
            switch self {
            case .stock: "stock"
            case .flow: "flow"
            case .auxiliary: "auxiliary"
            }
        }
    }

    var name: String
    var kind: Kind
    /// For a stock, its initial value.
    var expression: Expression
    /// Where the equation text starts, for error positions.
    var origin: SourceLocation?
    /// Where the name was declared.
    var declaration: SourceLocation?
    var provenance: Provenance
    var isVisible: Bool { provenance.isUser }
    var unit: String?
    var doc: String?
    /// For an element of an arrayed variable, which one.
    var element: ArrayElement? = nil
    /// The equation used only while initial values are computed (ACTIVE INITIAL).
    var initialExpression: Expression? = nil
    /// The equation after arrays were flattened and before stateful functions were expanded:
    /// what the unit checker reads.
    var written: Expression? = nil

    /// How messages name the variable: as its modeller wrote it (the array, not the element).
    var writtenName: String { element?.array ?? name }

    var isStock: Bool { if case .stock = kind { true } else { false } }
    /// A stock with neither inflows nor outflows (`initial()`, a pipeline's state): the
    /// integrator leaves it alone.
    var isFlowlessStock: Bool { if case .stock([], [], _) = kind { true } else { false } }

    func location(of position: SourcePosition) -> SourceLocation? {
        origin?.advanced(by: position) ?? declaration
    }
}
