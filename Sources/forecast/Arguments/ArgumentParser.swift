import Dynamics

/// A usage mistake: an unknown command or flag, a missing value. Exit code 2.
struct UsageError: Error {
    var message: String
    var hint: String?
    var command: String?
}

/// The arguments of one command after parsing: option values by name, positionals in order.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) || values[name] != nil }
}

enum ArgumentParser {
    /// Parses `arguments` (after the command name) against `spec`. Accepts `--name value` and
    /// `--name=value`.
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        let names = spec.options.map(\.name)
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                if argument.hasPrefix("-"), argument.count > 1, Double(argument) == nil {
                    throw UsageError(message: "unknown option '\(argument)' for `forecast \(spec.name)`",
                                     hint: "options start with two dashes; see `forecast \(spec.name) --help`", command: spec.name)
                }
                parsed.positionals.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let hint = Suggestion.closest(to: name, in: names).map { "did you mean '--\($0)'?" }
                    ?? "see `forecast \(spec.name) --help`"
                throw UsageError(message: "unknown option '--\(name)' for `forecast \(spec.name)`", hint: hint, command: spec.name)
            }
            guard option.value != nil else {
                if inlineValue != nil {
                    throw UsageError(message: "'--\(name)' takes no value", hint: nil, command: spec.name)
                }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: "'--\(name)' needs a value: --\(name) \(option.value!)", hint: nil, command: spec.name)
                }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable, parsed.values[name] != nil {
                throw UsageError(message: "'--\(name)' is given twice", hint: "give it once", command: spec.name)
            }
            parsed.values[name, default: []].append(value)
        }
        let required = spec.positionals.filter { !$0.hasSuffix("?") }
        if parsed.positionals.count < required.count {
            throw UsageError(message: "`forecast \(spec.name)` needs \(required.joined(separator: " "))",
                             hint: "e.g. \(spec.examples.first ?? "")", command: spec.name)
        }
        if parsed.positionals.count > spec.positionals.count {
            let extra = parsed.positionals[spec.positionals.count]
            throw UsageError(message: "unexpected argument '\(extra)' for `forecast \(spec.name)`",
                             hint: "see `forecast \(spec.name) --help`", command: spec.name)
        }
        return parsed
    }

    /// A value from a fixed set, with did-you-mean.
    static func choice(_ value: String?, of choices: [String], option: String, default fallback: String) throws(UsageError) -> String {
        guard let value else { return fallback }
        guard choices.contains(value) else {
            throw UsageError(message: "'--\(option)' must be one of \(choices.joined(separator: ", ")), not '\(value)'",
                             hint: Suggestion.closest(to: value, in: choices).map { "did you mean '\($0)'?" })
        }
        return value
    }
}
