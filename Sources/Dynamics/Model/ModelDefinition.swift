/// A model as written: named stocks, flows, auxiliaries, parameters and tables, with their
/// equations as text. Independent of any file format; `Scenarios` and `XMILE` build one,
/// `Compiler` turns it into a `CompiledModel`.
public struct ModelDefinition: Sendable {
    public var variables: [Variable]
    public var parameters: [Parameter]
    public var tables: [Table]
    /// The dimensions arrayed variables range over.
    public var dimensions: [ArrayDimension]
    /// Parameters and tables given element by element.
    public var arrays: [ArrayDeclaration]
    /// Other names for recorded series.
    public var aliases: [Alias]

    public init(variables: [Variable] = [], parameters: [Parameter] = [], tables: [Table] = [], dimensions: [ArrayDimension] = [],
                arrays: [ArrayDeclaration] = [], aliases: [Alias] = []) {
        self.variables = variables
        self.parameters = parameters
        self.tables = tables
        self.dimensions = dimensions
        self.arrays = arrays
        self.aliases = aliases
    }
}

/// Equation text and where it was written, so errors inside it can name a file position.
public struct Equation: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    /// Where the first character of `text` is in its file, if it came from one.
    public var origin: SourceLocation?
    /// The equation already parsed, by an importer whose names or functions differ from the
    /// project's language (XMILE); when set, `text` is kept only for display.
    public var parsed: Expression?

    public init(_ text: String, origin: SourceLocation? = nil, parsed: Expression? = nil) {
        self.text = text
        self.origin = origin
        self.parsed = parsed
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }
}

/// A stock, flow or auxiliary.
public struct Variable: Sendable {
    public enum Role: Hashable, Sendable {
        /// Integrates its inflows minus its outflows; `equation` gives its initial value.
        /// A non-negative stock is held at zero or above after each step (XMILE `non_negative`).
        case stock(inflows: [String], outflows: [String], nonNegative: Bool)
        /// A rate, in its stock's unit per time unit. A non-negative flow (XMILE uniflow) is
        /// never below zero.
        case flow(nonNegative: Bool)
        case auxiliary
    }

    public var name: String
    public var role: Role
    public var equation: Equation
    public var unit: String?
    public var doc: String?
    /// Where the variable's name was declared.
    public var origin: SourceLocation?
    /// The dimensions the variable ranges over, in order; empty for a scalar. `equation` is
    /// then its apply-to-all equation (empty text when every element has its own).
    public var dimensions: [String]
    /// Equations of single elements, which win over `equation` for those elements.
    public var elementEquations: [ElementEquation]
    /// For a variable made by flattening an array: which element of which array it is.
    public var element: ArrayElement?
    /// `.user`, or `.expanded` for a variable an importer made (a macro's stock at one call).
    public var provenance: Provenance = .user
    /// For an auxiliary or flow, the equation that gives its value while initial values are
    /// computed, when that differs from `equation` (Vensim's ACTIVE INITIAL, XMILE `<init_eqn>`).
    /// Reported values, the first included, come from `equation`.
    public var initialEquation: Equation?

    public init(name: String, role: Role, equation: Equation, unit: String? = nil, doc: String? = nil,
                origin: SourceLocation? = nil, dimensions: [String] = [], elementEquations: [ElementEquation] = []) {
        self.name = name
        self.role = role
        self.equation = equation
        self.unit = unit
        self.doc = doc
        self.origin = origin
        self.dimensions = dimensions
        self.elementEquations = elementEquations
    }

    public static func stock(_ name: String, initial: Equation, inflows: [String] = [], outflows: [String] = [],
                             nonNegative: Bool = false, unit: String? = nil, doc: String? = nil) -> Variable {
        Variable(name: name, role: .stock(inflows: inflows, outflows: outflows, nonNegative: nonNegative),
                 equation: initial, unit: unit, doc: doc)
    }

    public static func flow(_ name: String, _ equation: Equation, nonNegative: Bool = false, unit: String? = nil,
                            doc: String? = nil) -> Variable {
        Variable(name: name, role: .flow(nonNegative: nonNegative), equation: equation, unit: unit, doc: doc)
    }

    public static func auxiliary(_ name: String, _ equation: Equation, unit: String? = nil, doc: String? = nil) -> Variable {
        Variable(name: name, role: .auxiliary, equation: equation, unit: unit, doc: doc)
    }

    public var isStock: Bool { if case .stock = role { true } else { false } }
}

/// A named number that runs can override without recompiling.
public struct Parameter: Sendable {
    public var name: String
    public var value: Double
    public var unit: String?
    public var doc: String?
    public var origin: SourceLocation?
    /// `.user`, or `.timedValue` for one of the values of a parameter that changes at dates.
    public var provenance: Provenance

    public init(name: String, value: Double, unit: String? = nil, doc: String? = nil, origin: SourceLocation? = nil,
                provenance: Provenance = .user) {
        self.name = name
        self.value = value
        self.unit = unit
        self.doc = doc
        self.origin = origin
        self.provenance = provenance
    }
}

/// Where a variable or parameter of a model comes from: the modeller, or a mechanism that made
/// it hidden. Code that treats hidden variables differently asks this, never the name.
public enum Provenance: Hashable, Sendable {
    /// Written by the modeller.
    case user
    /// Made by the compiler from a call of the stateful `function` in `owner`'s equation.
    case expanded(owner: String, function: String)
    /// One value of a parameter that changes at dates: from the quarter `at` on, or before the
    /// first change when `at` is nil.
    case timedValue(parameter: String, at: String?)
    /// The points of a graphical function, kept as a table of their own (XMILE `<gf>`).
    case graphicalFunction(owner: String)

    /// The name a user knows this by: the variable itself, the owner of an expansion, or the
    /// parameter a timed value belongs to.
    public func userName(_ name: String) -> String {
        switch self {
        case .user: name
        case .expanded(let owner, _): owner
        case .timedValue(let parameter, _): parameter
        case .graphicalFunction(let owner): owner
        }
    }

    public var isUser: Bool { self == .user }
}
