/// What a command accepts: its options and positional arguments, with help text.
struct CommandSpec {
    struct Option {
        var name: String
        /// Placeholder for the value (`NAME=VALUE`), or nil for a flag without a value.
        var value: String?
        var help: String
        var repeatable = false
        /// The values allowed, when there is a fixed set; the parser rejects any other.
        var choices: [String]?
    }

    var name: String
    var summary: String
    /// Positional arguments, e.g. `["A", "B"]`; optional ones end with `?`.
    var positionals: [String] = []
    var options: [Option]
    /// Full command lines a user can copy.
    var examples: [String]

    /// `--help` text: what it does, usage, options, examples.
    var help: String {
        var lines = ["forecast \(name): \(summary)", "", "Usage:"]
        let positional = positionals.map { $0.hasSuffix("?") ? "[\($0.dropLast())]" : $0 }.joined(separator: " ")
        lines.append("  forecast \(name)\(positional.isEmpty ? "" : " " + positional) [options]")
        if !options.isEmpty {
            lines += ["", "Options:"]
            let width = options.map { optionLabel($0).count }.max() ?? 0
            for option in options {
                lines.append("  \(optionLabel(option).padding(toLength: width + 2, withPad: " ", startingAt: 0))\(option.help)")
            }
        }
        lines += ["", "Examples:"] + examples.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }

    private func optionLabel(_ option: Option) -> String {
        "--\(option.name)" + (option.value.map { " \($0)" } ?? "") + (option.repeatable ? " …" : "")
    }
}

/// Options every command takes.
extension CommandSpec.Option {
    static let format = Self.format([.table, .json])
    static let assumptions = Self(name: "assumptions", value: "DIR",
                                  help: "read assumptions from DIR (default: ./assumptions if present, else the built-in defaults)")
    static let scenario = Self(name: "scenario", value: "NAME", help: "the scenario to run (default: base)")
    static let help = Self(name: "help", value: nil, help: "show this help")
    static let set = Self(name: "set", value: "NAME=VALUE", help: "override a parameter (repeatable)", repeatable: true)
    static let seed = Self(name: "seed", value: "S", help: "random seed, 0 to 2^53-1; the same seed gives the same output (default: 1)")

    /// `--format` with the formats a command writes, the first being its default.
    static func format(_ formats: [OutputFormat]) -> Self {
        let names = formats.map(\.rawValue)
        let help = formats == [.table, .json] ? "output as a table (default) or JSON" : "output format (default: \(names[0]))"
        return Self(name: "format", value: names.joined(separator: "|"), help: help, choices: names)
    }

    /// `--every` with the samplings a command offers.
    static func every(_ samplings: [String], help: String) -> Self {
        Self(name: "every", value: samplings.joined(separator: "|"), help: help, choices: samplings)
    }
}
