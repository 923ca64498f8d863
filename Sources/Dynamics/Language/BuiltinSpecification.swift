/// Everything the tool knows about one builtin, in one entry: its names in each dialect, how it
/// is called, how the compiler lowers it, its unit rule, how XMILE export writes it and what it
/// means. The parser, compiler, unit checker, XMILE import and export and the README's table of
/// builtins all read this entry; adding a builtin is one entry, its lowering and a test.
public struct BuiltinSpecification: Sendable {
    public enum Category: String, Sendable {
        case mathematics, logic, test = "test input", time, stateful, random
    }

    /// A name the builtin has in another tool, with how that tool calls it.
    public struct Alias: Sendable {
        public let name: String
        public let signature: String
        /// How many arguments this name takes, when not all the builtin's.
        public let arity: ClosedRange<Int>?
    }

    /// How XMILE export writes a call. Every builtin has one, so none is exported under a
    /// guessed name.
    public enum XMILEExport: Sendable, Equatable {
        /// The XMILE function of this name, with the same arguments.
        case function(String)
        /// Two-argument calls of this function nested, for any number of arguments.
        case pairwise(String)
        /// `(IF c THEN a ELSE b)`.
        case conditional
        /// An XMILE operator (`^`, `MOD`).
        case power, modulo
        /// `MIN(MAX(x, lo), hi)`.
        case clampedMinMax
        /// `LN(x) / LN(10)`.
        case naturalLogRatio
        /// `(IF x > 0 THEN 1 ELSE (IF x < 0 THEN -1 ELSE 0))`.
        case signConditional
        /// A number written out.
        case number(Double)
        /// An XMILE constant name (`INF`, `STOPTIME`).
        case constant(String)
        /// `INIT(TIME)`.
        case initialTime
        /// `STEP(1, at) − STEP(1, at + width)`.
        case stepDifference
        /// The engine's formula written out with its average as an added auxiliary.
        case trendWrittenOut
        /// No XMILE form: export refuses a model that calls it, naming the variable.
        case unavailable

        /// The XMILE a call becomes, in words, for the README.
        var summary: String {
            switch self {
            case .function(let name): "`\(name)`"
            case .pairwise(let name): "nested `\(name)`"
            case .conditional: "`IF c THEN a ELSE b`"
            case .power: "`a ^ b`"
            case .modulo: "`a MOD b`"
            case .clampedMinMax: "`MIN(MAX(x, lo), hi)`"
            case .naturalLogRatio: "`LN(x) / LN(10)`"
            case .signConditional: "`IF x > 0 THEN 1 ELSE …`"
            case .number: "the number"
            case .constant(let name): "`\(name)`"
            case .initialTime: "`INIT(TIME)`"
            case .stepDifference: "`STEP(1, at) - STEP(1, at + w)`"
            case .trendWrittenOut: "written out (average an added auxiliary)"
            case .unavailable: "none: export refuses it"
            }
        }
    }

    /// How the compiler turns a call into instructions.
    enum Lowering: Sendable {
        /// One instruction on the evaluated arguments; a missing third argument is `optionalLast`.
        case instruction(Instruction.Op, optionalLast: Double? = nil)
        /// The two-argument instruction folded over all arguments.
        case fold(Instruction.Op)
        /// A fixed slot (`starttime`, `stoptime`).
        case reservedSlot(Int)
        /// A number.
        case literal(Double)
        /// Hidden stocks (`StatefulExpansion`), before code generation.
        case hiddenStocks
        /// A draw from a distribution, by inverse transform of the run's uniform stream (`RandomDraw`).
        case random(RandomDraw)
    }

    public let builtin: Builtin
    public let category: Category
    public let arity: ClosedRange<Int>
    /// How the native language calls it, for error hints and `forecast list functions`.
    public let signature: String
    /// XMILE names (Stella writes the same) that import to this builtin with the same arguments.
    public let xmile: [Alias]
    /// What Vensim calls the same function, for the table; Vensim files reach the engine as XMILE.
    public let vensim: String?
    public let export: XMILEExport
    /// The unit rule, in words.
    public let units: String
    /// The unit rule the unit checker applies.
    let unitRule: UnitRule
    /// True if the value depends on the clock (`time`, `dt`) even when its arguments do not.
    public let readsTime: Bool
    /// The argument that must be a whole number known before the run (the order of `smoothn`
    /// and `delayn`): importers evaluate it at the start, the compiler requires a number.
    public let orderArgument: Int?
    public let doc: String
    let lowering: Lowering

    /// True for functions that keep state between time steps.
    public var isStateful: Bool {
        if case .hiddenStocks = lowering { return true }
        return false
    }
}

extension Builtin {
    /// This builtin's entry in the table.
    public var specification: BuiltinSpecification { Self.specifications[self]! }

    /// How many arguments the function takes.
    public var arity: ClosedRange<Int> { specification.arity }

    /// True for functions that keep state between time steps.
    public var isStateful: Bool { specification.isStateful }

    /// How the function is called, for error hints and `forecast list functions`.
    public var signature: String { specification.signature }

    private static let specifications: [Builtin: BuiltinSpecification] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.makeSpecification()) })
}
