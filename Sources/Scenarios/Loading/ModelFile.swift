import Dynamics

/// One `model/*.json5` file: a sector's stocks, flows and auxiliaries.
struct ModelFile {
    var file: String
    var sector: String?
    var doc: String?
    var variables: [Variable]
    /// Other names for recorded series: `researchers_closed: "researchers[closed]"`.
    var aliases: [Alias] = []

    static let keys = ["schema", "sector", "doc", "dimensions", "stocks", "flows", "auxiliaries", "aliases"]

    /// The dimensions a model file declares: `dimensions: { employer: ["closed", "open"], level: 5 }`
    /// (a list of element names, or a size for elements `1` … `n`).
    static func dimensions(_ root: JSONValue, file: String, problems: inout [Diagnostic]) -> [ArrayDimension] {
        guard let members = root["dimensions"]?.members else {
            if let found = root["dimensions"] {
                problems.append(Diagnostic(.error, AssumptionProblem.notAnObject(context: "'dimensions'", found: found.typeName),
                                           at: SourceLocation(file: file, position: found.position)))
            }
            return []
        }
        return members.compactMap { member in
            let location = SourceLocation(file: file, position: member.keyPosition)
            if !isValidName(member.key) { problems.append(Diagnostic(.error, AssumptionProblem.invalidName(member.key), at: location)) }
            if let size = member.value.number {
                guard size.isFinite, size == size.rounded(), size >= 1, size <= 100_000 else {
                    problems.append(Diagnostic(.error, AssumptionProblem.dimensionSize(member.key), at: location))
                    return nil
                }
                return .indexed(member.key, size: Int(size), origin: location)
            }
            guard let elements = member.value.array, !elements.isEmpty else {
                problems.append(Diagnostic(.error, AssumptionProblem.dimensionSize(member.key), at: location))
                return nil
            }
            var names: [String] = []
            for element in elements {
                guard let name = element.string, isValidName(name) || name.allSatisfy(\.isNumber) else {
                    let shown = element.string ?? element.typeName
                    problems.append(Diagnostic(.error, AssumptionProblem.invalidName(shown), at: SourceLocation(file: file, position: element.position)))
                    return nil
                }
                if names.contains(name) {
                    problems.append(Diagnostic(.error, CompileProblem.dimensionElementTwice(dimension: member.key, element: name),
                                               at: SourceLocation(file: file, position: element.position)))
                    return nil
                }
                names.append(name)
            }
            return ArrayDimension(name: member.key, elements: names, origin: location)
        }
    }

    static func read(_ root: JSONValue, file: String, dimensions: [String: ArrayDimension] = [:], problems: inout [Diagnostic]) -> ModelFile {
        var model = ModelFile(file: file, variables: [])
        guard let reader = ObjectReader(root, file: file, context: "a model file", problems: &problems) else { return model }
        reader.rejectUnknownKeys(keys, problems: &problems)
        SchemaVersion.check(reader, problems: &problems)
        model.sector = reader.string("sector", problems: &problems)
        model.doc = reader.string("doc", problems: &problems)
        for (section, kind) in [("stocks", "stock"), ("flows", "flow"), ("auxiliaries", "auxiliary")] {
            guard let group = reader.object(section, context: "'\(section)'", problems: &problems) else { continue }
            for member in group.members {
                let context = "\(kind) '\(member.key)'"
                guard let entry = ObjectReader(member.value, file: file, context: context, problems: &problems) else { continue }
                if let variable = readVariable(member, entry, kind: kind, dimensions: dimensions, problems: &problems) {
                    model.variables.append(variable)
                }
            }
        }
        if let aliases = reader.object("aliases", context: "'aliases'", problems: &problems) {
            for member in aliases.members {
                let location = SourceLocation(file: file, position: member.keyPosition)
                guard let target = member.value.string else {
                    problems.append(Diagnostic(.error, AssumptionProblem.aliasNotAString(member.key), at: location))
                    continue
                }
                if !isValidName(member.key) { problems.append(Diagnostic(.error, AssumptionProblem.invalidName(member.key), at: location)) }
                model.aliases.append(Alias(name: member.key, target: ArrayElement.canonical(target), origin: location))
            }
        }
        return model
    }

    private static func readVariable(_ member: JSONValue.Member, _ entry: ObjectReader, kind: String, dimensions: [String: ArrayDimension],
                                     problems: inout [Diagnostic]) -> Variable? {
        let equationKey = kind == "stock" ? "initial" : "equation"
        var allowed = [equationKey, "unit", "doc", "dimensions", "elements"]
        if kind == "stock" { allowed += ["inflows", "outflows", "non_negative"] }
        if kind == "flow" { allowed += ["non_negative"] }
        entry.rejectUnknownKeys(allowed, problems: &problems)
        let name = member.key
        let nameLocation = SourceLocation(file: entry.file, position: member.keyPosition)
        if !Self.isValidName(name) {
            problems.append(Diagnostic(.error, AssumptionProblem.invalidName(name), at: nameLocation))
        }
        var arrayDimensions: [String] = []
        var elementEquations: [ElementEquation] = []
        if entry.value["dimensions"] != nil {
            guard let names = DimensionList.read(entry, dimensions: dimensions, problems: &problems) else { return nil }
            arrayDimensions = names
            if let elements = entry.object("elements", context: "the elements of '\(name)'", problems: &problems) {
                for (tuple, element) in ElementKeys.read(elements, array: name, dimensions: names.map { dimensions[$0]! }, requireAll: false,
                                                         at: nameLocation, problems: &problems) {
                    if let equation = equation(element.value, in: elements, of: ArrayElement.name(name, tuple), problems: &problems) {
                        elementEquations.append(ElementEquation(tuple, equation))
                    }
                }
            }
        }
        let equation: Equation
        if !arrayDimensions.isEmpty, entry.value[equationKey] == nil, !elementEquations.isEmpty {
            equation = Equation("")
        } else {
            guard let found = self.equation(entry, key: equationKey, of: name, problems: &problems) else { return nil }
            equation = found
        }
        let nonNegative = entry.bool("non_negative", problems: &problems) ?? false
        let role: Variable.Role
        switch kind {
        case "stock":
            role = .stock(inflows: entry.strings("inflows", problems: &problems) ?? [],
                          outflows: entry.strings("outflows", problems: &problems) ?? [], nonNegative: nonNegative)
        case "flow": role = .flow(nonNegative: nonNegative)
        default: role = .auxiliary
        }
        let unit = entry.string("unit", problems: &problems)
        if unit == nil, entry.value["unit"] == nil {
            problems.append(Diagnostic(.error, AssumptionProblem.variableWithoutUnit(context: entry.context), at: nameLocation))
        }
        return Variable(name: name, role: role, equation: equation, unit: unit, doc: entry.string("doc", problems: &problems),
                        origin: nameLocation, dimensions: arrayDimensions, elementEquations: elementEquations)
    }

    /// An equation written as a string (or a bare number), with the file position of its first
    /// character, parsed once here: every later stage reads the parsed form. An equation that
    /// does not parse is reported and kept without a parsed form.
    static func equation(_ entry: ObjectReader, key: String, of name: String, problems: inout [Diagnostic]) -> Equation? {
        guard let found = entry.value[key] else {
            problems.append(Diagnostic(.error, AssumptionProblem.equationMissing(key: key, context: entry.context), at: entry.location))
            return nil
        }
        return equation(found, in: entry, of: name, what: "'\(key)' of \(entry.context)", problems: &problems)
    }

    /// The equation written as `found`, a string or a bare number, parsed.
    static func equation(_ found: JSONValue, in entry: ObjectReader, of name: String, what: String? = nil,
                         problems: inout [Diagnostic]) -> Equation? {
        var equation: Equation
        if let text = found.string {
            equation = Equation(text, origin: SourceLocation(file: entry.file, position: found.contentStart))
        } else if let x = ObjectReader.finiteNumber(found, file: entry.file, what: what ?? "the equation of '\(name)'", problems: &problems) {
            equation = Equation(ExpressionPrinter.formatNumber(x), origin: entry.location(of: found))
        } else {
            return nil
        }
        do {
            equation.parsed = try Parser.parse(equation.text)
        } catch {
            problems.append(error.diagnostic(equationStart: equation.origin).inContext(.equation(name)))
        }
        return equation
    }

    /// snake_case: a letter, then letters, digits and underscores.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
