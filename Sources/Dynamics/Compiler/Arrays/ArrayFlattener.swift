/// Turns a model with dimensions into one of scalars, the first thing the compiler does: each
/// element of an arrayed variable becomes a variable of its own, named `hires[open]`, with its
/// equation rewritten by `ArrayEvaluator`. After this, code generation sees only scalars, so an
/// arrayed model runs exactly as fast as the same model written out element by element.
///
/// A model without dimensions passes through with its equations rewritten only where they
/// call `lookup(table, x)` or an array function.
struct ArrayFlattener {
    private let definition: ModelDefinition
    private var evaluator: ArrayEvaluator
    private(set) var problems: [Diagnostic] = []
    private let dimensions: [String: ArrayDimension]
    private let variableDimensions: [String: [String]]

    init(_ definition: ModelDefinition) {
        self.definition = definition
        var arrays: [String: [String]] = [:]
        for variable in definition.variables where !variable.dimensions.isEmpty { arrays[variable.name] = variable.dimensions }
        variableDimensions = arrays
        for declaration in definition.arrays { arrays[declaration.name] = declaration.dimensions }
        let arrayedTables = Set(definition.arrays.map(\.name)).filter { name in
            definition.tables.contains { $0.name.hasPrefix(name + "[") }
        }
        let scalars = Set(definition.variables.filter(\.dimensions.isEmpty).map(\.name) + definition.parameters.map(\.name))
            .union(Compiler.reservedNames)
        evaluator = ArrayEvaluator(dimensions: definition.dimensions, arrays: arrays,
                                   tables: Set(definition.tables.map(\.name)).union(arrayedTables), scalars: scalars)
        dimensions = Dictionary(definition.dimensions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The scalar model: variables element by element, parameters and tables as given.
    mutating func flatten() -> ModelDefinition {
        checkDimensions()
        var variables: [Variable] = []
        for variable in definition.variables {
            variables += elements(of: variable)
        }
        problems += evaluator.problems
        var result = definition
        result.variables = variables
        result.dimensions = []
        result.arrays = []
        return result
    }

    /// Dimensions with elements, each element once; arrays over declared dimensions.
    private mutating func checkDimensions() {
        for dimension in definition.dimensions {
            if dimension.elements.isEmpty { problems.append(Diagnostic(.error, CompileProblem.emptyDimension(dimension.name), at: dimension.origin)) }
            var seen: Set<String> = []
            for element in dimension.elements where !seen.insert(element).inserted {
                problems.append(Diagnostic(.error, CompileProblem.dimensionElementTwice(dimension: dimension.name, element: element), at: dimension.origin))
            }
        }
        for declaration in definition.arrays {
            for name in declaration.dimensions where dimensions[name] == nil {
                problems.append(Diagnostic(.error, CompileProblem.unknownDimension(name, hint: Suggestion.hint(for: name, in: dimensions.keys))))
            }
        }
    }

    /// The variables `variable` becomes: itself for a scalar, one per element for an array.
    private mutating func elements(of variable: Variable) -> [Variable] {
        let unknown = variable.dimensions.filter { dimensions[$0] == nil }
        for name in unknown {
            problems.append(Diagnostic(.error, CompileProblem.unknownDimension(name, hint: Suggestion.hint(for: name, in: dimensions.keys)),
                                       at: variable.origin))
        }
        guard unknown.isEmpty else { return [] }
        let lists = variable.dimensions.map { dimensions[$0]!.elements }
        var own: [[String]: Equation] = [:]
        for element in variable.elementEquations {
            guard checkSubscript(element.elements, of: variable) else { continue }
            if own[element.elements] != nil {
                problems.append(Diagnostic(.error, CompileProblem.elementEquationTwice(variable: variable.name,
                                                                                       element: ArrayElement.name(variable.name, element.elements)),
                                           at: element.equation.origin ?? variable.origin))
            }
            own[element.elements] = element.equation
        }
        let hasCommonEquation = !(variable.equation.text.isEmpty && variable.equation.parsed == nil)
        var result: [Variable] = []
        for tuple in ArrayDimension.tuples(lists) {
            let name = variable.dimensions.isEmpty ? variable.name : ArrayElement.name(variable.name, tuple)
            guard let equation = own[tuple] ?? (hasCommonEquation ? variable.equation : nil) else {
                problems.append(Diagnostic(.error, CompileProblem.elementWithoutEquation(variable: variable.name, element: name), at: variable.origin))
                continue
            }
            guard let parsed = equation.parsed else { continue }
            let context = ArrayEvaluator.Context(
                equation: name, order: Array(zip(variable.dimensions, tuple)).map { (dimension: $0.0, element: $0.1) },
                locate: { equation.origin?.advanced(by: $0) ?? variable.origin })
            guard let expression = evaluator.scalar(parsed, context) else { continue }
            var element = variable
            element.name = name
            element.dimensions = []
            element.elementEquations = []
            element.equation = Equation(equation.text, origin: equation.origin, parsed: expression)
            if let initial = variable.initialEquation, let parsed = initial.parsed {
                let initialContext = ArrayEvaluator.Context(equation: name, order: context.order,
                                                            locate: { initial.origin?.advanced(by: $0) ?? variable.origin })
                element.initialEquation = evaluator.scalar(parsed, initialContext).map { Equation(initial.text, origin: initial.origin, parsed: $0) }
            }
            element.element = variable.dimensions.isEmpty ? nil : ArrayElement(array: variable.name, elements: tuple)
            if case let .stock(inflows, outflows, nonNegative) = variable.role {
                element.role = .stock(inflows: inflows.flatMap { flows(named: $0, of: variable, at: tuple) },
                                      outflows: outflows.flatMap { flows(named: $0, of: variable, at: tuple) }, nonNegative: nonNegative)
            }
            result.append(element)
        }
        return result
    }

    /// One element name per dimension, each an element of it.
    private mutating func checkSubscript(_ elements: [String], of variable: Variable) -> Bool {
        guard elements.count == variable.dimensions.count else {
            problems.append(Diagnostic(.error, CompileProblem.subscriptCount(array: variable.name, expected: variable.dimensions.count, found: elements.count),
                                       at: variable.origin))
            return false
        }
        for (element, name) in zip(elements, variable.dimensions) where dimensions[name]?.position(of: element) == nil {
            problems.append(Diagnostic(.error, CompileProblem.unknownElement(element, dimension: name,
                                                                             hint: Suggestion.hint(for: element, in: dimensions[name]?.elements ?? [])),
                                       at: variable.origin))
            return false
        }
        return true
    }

    /// The elements of flow `name` that the element `tuple` of stock `variable` integrates. The
    /// flow ranges over the stock's dimensions (in any order), and may range over more: along a
    /// dimension the stock lacks, every element of the flow feeds the stock, in order (a job
    /// market that every employer's departures fill).
    private mutating func flows(named name: String, of variable: Variable, at tuple: [String]) -> [String] {
        let flowDimensions = variableDimensions[name] ?? []
        guard Set(variable.dimensions).isSubset(of: flowDimensions), Set(flowDimensions).count == flowDimensions.count else {
            problems.append(Diagnostic(.error, CompileProblem.flowDimensions(stock: variable.name, flow: name), at: variable.origin))
            return []
        }
        if flowDimensions.isEmpty { return [name] }
        let binding = Dictionary(zip(variable.dimensions, tuple), uniquingKeysWith: { a, _ in a })
        let lists = flowDimensions.map { dimension in binding[dimension].map { [$0] } ?? dimensions[dimension]?.elements ?? [] }
        return ArrayDimension.tuples(lists).map { ArrayElement.name(name, $0) }
    }
}
