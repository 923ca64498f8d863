import Dynamics

/// The names a model's variables, parameters and tables take in an exported XMILE file.
///
/// XMILE compares names without case and with every run of underscores and spaces read as
/// one underscore (§3.2.2), so `Growth`, `growth` and `growth__` are one name there. Each
/// exported name is therefore:
///
/// - made of letters, digits and single underscores, starting with a letter: any other
///   character an underscore, and a leading digit gets a `v_` in front (hidden names arrive
///   already spelt by the exporter, `p_event_base`, `cost_gf`);
/// - not an XMILE keyword or builtin (`step`, `time`, `if`, …): those get `_var` after them;
/// - unique after XMILE canonicalisation: a later name that would merge with an earlier one
///   gets `_2`, `_3`, … after it.
///
/// Names that are already valid keep their spelling, and claim it before any renamed name
/// does, so a model that needs no renaming exports unchanged.
struct XMILEExportNames {
    /// Engine name → exported name.
    private(set) var exported: [String: String] = [:]
    /// Canonical forms of every exported name so far.
    private var taken: Set<String> = []

    /// Names each engine name in order, from the spelling it would like; a name listed twice
    /// keeps its first spelling.
    init(_ names: [(name: String, spelling: String)]) {
        for (name, _) in names where exported[name] == nil && Self.sanitized(name) == name && !Self.isReserved(name) {
            let canonical = Parser.canonicalXMILEName(name)
            if !taken.contains(canonical) {
                taken.insert(canonical)
                exported[name] = name
            }
        }
        for (name, spelling) in names where exported[name] == nil {
            exported[name] = unique(Self.sanitized(spelling))
        }
    }

    /// The exported name of `name`, which must be one of the names given at the start.
    subscript(name: String) -> String { exported[name] ?? name }

    /// Writes the engine name `name` as `text` (an element of an exported array,
    /// `researchers[closed]`), which claims no name of its own.
    mutating func write(_ name: String, as text: String) {
        exported[name] = text
    }

    /// A new name built from `base`, unique among all names so far (for auxiliaries the
    /// export adds, such as the average inside an expanded TREND).
    mutating func fresh(_ base: String) -> String {
        unique(Self.sanitized(base))
    }

    private mutating func unique(_ base: String) -> String {
        var candidate = Self.isReserved(base) ? "\(base)_var" : base
        var suffix = 2
        let stem = candidate
        while taken.contains(Parser.canonicalXMILEName(candidate)) {
            candidate = "\(stem)_\(suffix)"
            suffix += 1
        }
        taken.insert(Parser.canonicalXMILEName(candidate))
        return candidate
    }

    /// `name` with only letters, digits and single underscores, starting with a letter.
    static func sanitized(_ name: String) -> String {
        var text = ""
        for character in name {
            if character.isLetter || character.isASCII && character.isNumber || character == "_" {
                text.append(character)
            } else {
                text += "_"
            }
        }
        var result = ""
        for character in text where !(character == "_" && (result.isEmpty || result.last == "_")) {
            result.append(character)
        }
        while result.last == "_" { result.removeLast() }
        if result.isEmpty { return "unnamed" }
        if result.first!.isNumber { result = "v_" + result }
        return result
    }

    /// True if `name` reads as an XMILE keyword, builtin function or reserved variable.
    static func isReserved(_ name: String) -> Bool {
        let canonical = Parser.canonicalXMILEName(name)
        return keywords.contains(canonical) || XMILEFunction.all[canonical] != nil || XMILEFunction.unsupported[canonical] != nil
    }

    private static let keywords: Set<String> = ["if", "then", "else", "and", "or", "not", "mod", "time", "dt"]
}
