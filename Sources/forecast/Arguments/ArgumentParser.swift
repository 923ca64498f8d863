import Dynamics

/// A usage mistake: an unknown command or flag, a missing value. Exit code 2.
struct UsageError: Error {
    var problem: CommandProblem

    var diagnostic: Diagnostic { Diagnostic(.error, problem) }
}

/// The arguments of one command after parsing: option values by name, positionals in order.
/// Options with a fixed set of choices hold a valid choice or their default.
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
    /// `--name=value`. Returns what it could read and the first mistake, if any, so a caller
    /// still knows the `--format` of a command line that has another mistake.
    static func parse(_ arguments: [String], for spec: CommandSpec) -> (parsed: ParsedArguments, error: UsageError?) {
        var parsed = ParsedArguments()
        var firstError: UsageError?
        func fail(_ problem: CommandProblem) { if firstError == nil { firstError = UsageError(problem: problem) } }
        var index = 0
        let names = spec.options.map(\.name)
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                if argument.hasPrefix("-"), argument.count > 1, Double(argument) == nil {
                    fail(.unknownShortOption(argument, command: spec.name))
                    continue
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
                let hint = Suggestion.closest(to: name, in: names).map { "did you mean '--\($0)'?" } ?? "see `forecast \(spec.name) --help`"
                fail(.unknownOption(name, command: spec.name, hint: hint))
                continue
            }
            guard let placeholder = option.value else {
                if inlineValue != nil { fail(.takesNoValue(name)) }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    fail(.needsValue(name, placeholder: placeholder))
                    continue
                }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable, parsed.values[name] != nil {
                fail(.givenTwice(name))
                continue
            }
            if let choices = option.choices, !choices.contains(value) {
                fail(.notAChoice(option: name, choices: choices, found: value,
                                 hint: Suggestion.closest(to: value, in: choices).map { "did you mean '\($0)'?" }))
                continue
            }
            parsed.values[name, default: []].append(value)
        }
        let required = spec.positionals.filter { !$0.hasSuffix("?") }
        if parsed.positionals.count < required.count {
            fail(.needsPositionals(command: spec.name, names: required, example: spec.examples.first ?? ""))
        } else if parsed.positionals.count > spec.positionals.count, spec.positionals.last?.hasSuffix("…") != true {
            // A last positional written `NAME…` takes any number of values.
            fail(.unexpectedArgument(parsed.positionals[spec.positionals.count], command: spec.name))
        }
        return (parsed, firstError)
    }
}
