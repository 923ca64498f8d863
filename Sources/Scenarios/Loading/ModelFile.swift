import Dynamics

/// One `model/*.json5` file: a sector's stocks, flows and auxiliaries.
struct ModelFile {
    var file: String
    var sector: String?
    var doc: String?
    var variables: [Variable]

    static let keys = ["schema", "sector", "doc", "stocks", "flows", "auxiliaries"]

    static func read(_ root: JSONValue, file: String, problems: inout [Diagnostic]) -> ModelFile {
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
                if let variable = readVariable(member, entry, kind: kind, problems: &problems) {
                    model.variables.append(variable)
                }
            }
        }
        return model
    }

    private static func readVariable(_ member: JSONValue.Member, _ entry: ObjectReader, kind: String,
                                     problems: inout [Diagnostic]) -> Variable? {
        let equationKey = kind == "stock" ? "initial" : "equation"
        var allowed = [equationKey, "unit", "doc"]
        if kind == "stock" { allowed += ["inflows", "outflows", "non_negative"] }
        if kind == "flow" { allowed += ["non_negative"] }
        entry.rejectUnknownKeys(allowed, problems: &problems)
        let name = member.key
        let nameLocation = SourceLocation(file: entry.file, position: member.keyPosition)
        if !Self.isValidName(name) {
            problems.append(Diagnostic(.error, AssumptionProblem.invalidName(name), at: nameLocation))
        }
        guard let equation = equation(entry, key: equationKey, of: name, problems: &problems) else { return nil }
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
                        origin: nameLocation)
    }

    /// An equation written as a string (or a bare number), with the file position of its first
    /// character, parsed once here: every later stage reads the parsed form. An equation that
    /// does not parse is reported and kept without a parsed form.
    static func equation(_ entry: ObjectReader, key: String, of name: String, problems: inout [Diagnostic]) -> Equation? {
        guard let found = entry.value[key] else {
            problems.append(Diagnostic(.error, AssumptionProblem.equationMissing(key: key, context: entry.context), at: entry.location))
            return nil
        }
        var equation: Equation
        if let text = found.string {
            equation = Equation(text, origin: SourceLocation(file: entry.file, position: found.contentStart))
        } else if let x = ObjectReader.finiteNumber(found, file: entry.file, what: "'\(key)' of \(entry.context)", problems: &problems) {
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
