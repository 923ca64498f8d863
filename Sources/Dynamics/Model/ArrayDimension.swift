import Foundation

/// A named, ordered list of elements that variables range over (Vensim subscripts, XMILE 1.0
/// §3.7.1 arrays): `employer: [closed, open, applied, academia]`. A dimension declared by its
/// size has the elements `1`, `2`, … and is *indexed*.
public struct ArrayDimension: Hashable, Sendable {
    public var name: String
    public var elements: [String]
    /// Declared by a size rather than by element names.
    public var isIndexed: Bool
    /// Dimensions of the same size whose elements correspond to these by position (Vensim's
    /// subscript mappings, Stella's `isee:maps_to`).
    public var mapsTo: [String]
    public var origin: SourceLocation?

    public init(name: String, elements: [String], isIndexed: Bool = false, mapsTo: [String] = [], origin: SourceLocation? = nil) {
        self.name = name
        self.elements = elements
        self.isIndexed = isIndexed
        self.mapsTo = mapsTo
        self.origin = origin
    }

    /// A dimension of `size` elements named `1` … `size`.
    public static func indexed(_ name: String, size: Int, origin: SourceLocation? = nil) -> ArrayDimension {
        ArrayDimension(name: name, elements: (1...max(1, size)).map(String.init), isIndexed: true, origin: origin)
    }

    /// The position (from 0) of the element called `name`.
    public func position(of name: String) -> Int? { elements.firstIndex(of: name) }

    /// Every combination of one element from each list, the last varying fastest.
    public static func tuples(_ lists: [[String]]) -> [[String]] {
        lists.reduce([[]]) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
    }

    /// Every element tuple of an array over the dimensions `names` (one empty tuple for a
    /// scalar); a name not among `dimensions` contributes no elements.
    public static func tuples(of names: [String], in dimensions: [ArrayDimension]) -> [[String]] {
        tuples(names.map { name in dimensions.first { $0.name == name }?.elements ?? [] })
    }
}

/// The equation of one element of an arrayed variable, overriding its apply-to-all equation
/// there: `attractiveness[open] = …`.
public struct ElementEquation: Hashable, Sendable {
    /// One element name per dimension of the variable, in its order.
    public var elements: [String]
    public var equation: Equation

    public init(_ elements: [String], _ equation: Equation) {
        self.elements = elements
        self.equation = equation
    }
}

/// A parameter or table given element by element: each element is an ordinary parameter or
/// table named `name[e1,e2]` (see `ArrayElement.name`), and `name` ranges over `dimensions`.
public struct ArrayDeclaration: Hashable, Sendable {
    public var name: String
    public var dimensions: [String]

    public init(name: String, dimensions: [String]) {
        self.name = name
        self.dimensions = dimensions
    }
}

/// One element of an array: the array's name and one element per dimension.
public struct ArrayElement: Hashable, Sendable {
    public var array: String
    public var elements: [String]

    public init(array: String, elements: [String]) {
        self.array = array
        self.elements = elements
    }

    /// The element's name in a flattened model and in outputs: `hires[open]`,
    /// `pay[closed,senior]` (Vensim's and PySD's convention).
    public var name: String { ArrayElement.name(array, elements) }

    public static func name(_ array: String, _ elements: [String]) -> String {
        "\(array)[\(elements.joined(separator: ","))]"
    }

    /// `name` read as an element, `p[ a , b ]` as `p` with `a`, `b`; nil for a plain name.
    public init?(parsing name: String) {
        guard let open = name.firstIndex(of: "["), name.hasSuffix("]") else { return nil }
        let array = name[..<open].trimmingCharacters(in: .whitespaces)
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
        let elements = inside.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !array.isEmpty, !elements.contains(where: \.isEmpty) else { return nil }
        self.init(array: array, elements: elements)
    }

    /// `name` as outputs and flattened models write it: `p[a,b]` for any spacing, a plain name as is.
    public static func canonical(_ name: String) -> String {
        ArrayElement(parsing: name)?.name ?? name.trimmingCharacters(in: .whitespaces)
    }
}

/// Another name for a recorded series: `researchers_closed` for `researchers[closed]`, so
/// outputs keep a name users already read while the model is written with arrays.
public struct Alias: Hashable, Sendable {
    public var name: String
    /// A variable or an element of one, as `ArrayElement.name` writes it.
    public var target: String
    public var origin: SourceLocation?

    public init(name: String, target: String, origin: SourceLocation? = nil) {
        self.name = name
        self.target = target
        self.origin = origin
    }
}
