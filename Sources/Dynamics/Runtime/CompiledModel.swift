/// A model ready to run: names resolved to slots of one flat `Double` buffer, equations
/// ordered and translated to instructions, stateful functions expanded into hidden stocks.
///
/// Immutable and `Sendable`: one compiled model serves any number of concurrent runs, each
/// with its own parameter values.
public struct CompiledModel: Sendable {
    /// A recorded series: a visible stock, flow or auxiliary.
    public struct Column: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case stock, flow, auxiliary }
        public var name: String
        public var kind: Kind
        public var unit: String?
        public var doc: String?
        /// For an alias, the column it repeats.
        public var aliasOf: String? = nil
        var slot: Int
    }

    /// A number runs may change without recompiling.
    public struct ParameterSlot: Hashable, Sendable {
        public var name: String
        public var value: Double
        public var unit: String?
        /// `.user`, or `.timedValue` for one value of a parameter that changes at dates.
        public var provenance: Provenance
        var slot: Int
    }

    public let columns: [Column]
    public private(set) var parameters: [ParameterSlot]
    /// Every variable's equation after stateful functions were expanded, hidden ones included,
    /// in the order written; for `explain` and exports.
    public let equations: [CompiledEquation]

    let slotCount: Int
    /// Literals, reserved slots and parameter defaults; every run starts from a copy.
    private(set) var initialSlots: [Double]
    /// Computes constants and every stock's initial value.
    let initProgram: Program
    /// Computes the auxiliaries and flows the stocks depend on, and each stock's net rate,
    /// from the stocks and time: run at every stage of the integrator.
    let rateProgram: Program
    /// Computes the auxiliaries nothing integrated depends on: run once a step, for recording.
    let outputProgram: Program
    /// The parts of it each set of recorded columns needs, made on first use (OutputSlice).
    let outputSlices = OutputSlices()
    /// Every table's x values then y values, one table after another.
    let tables: FixedBuffer<Double>
    /// The stocks the integrator advances (those with flows) occupy `stockBase ..< stockBase +
    /// stockCount`; stocks without flows follow them and change only through pipelines.
    let stockBase: Int
    let stockCount: Int
    /// Where the rate program leaves each integrated stock's net rate, in slot order.
    let derivativeSlots: FixedBuffer<Int>
    /// Every variable slot, stocks included, in evaluation order, with its name: to say which
    /// variable first turned non-finite.
    let watchOrder: [(slot: Int, name: String, origin: SourceLocation?)]
    /// The contiguous range of slots holding variables (stocks through auxiliaries).
    let variableRange: Range<Int>
    let nonNegativeStocks: [Int]
    /// `previous()` and `delay_fixed()` states.
    let pipelines: [Pipeline]

    private let columnIndex: [String: Int]
    private let parameterIndex: [String: Int]

    init(columns: [Column], parameters: [ParameterSlot], equations: [CompiledEquation], slotCount: Int,
         initialSlots: [Double], initProgram: Program, rateProgram: Program, outputProgram: Program, tableData: [Double],
         stockBase: Int, stockCount: Int, derivativeSlots: [Int], watchOrder: [(slot: Int, name: String, origin: SourceLocation?)],
         variableRange: Range<Int>, nonNegativeStocks: [Int], pipelines: [Pipeline]) {
        self.columns = columns
        self.parameters = parameters
        self.equations = equations
        self.slotCount = slotCount
        self.initialSlots = initialSlots
        self.initProgram = initProgram
        self.rateProgram = rateProgram
        self.outputProgram = outputProgram
        tables = FixedBuffer(tableData, padding: 0)
        self.stockBase = stockBase
        self.stockCount = stockCount
        self.derivativeSlots = FixedBuffer(derivativeSlots, padding: ReservedSlot.zero)
        self.watchOrder = watchOrder
        self.variableRange = variableRange
        self.nonNegativeStocks = nonNegativeStocks
        self.pipelines = pipelines
        columnIndex = Dictionary(columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        parameterIndex = Dictionary(parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The index of a recorded series in `columns` and in every `RunResult` of this model.
    public func columnIndex(of name: String) -> Int? { columnIndex[name] }

    /// The index of a parameter in `parameters` and in the values a run takes.
    public func parameterIndex(of name: String) -> Int? { parameterIndex[name] }

    /// The default value of every parameter, in `parameters` order: start here to override a few.
    public var defaultParameterValues: [Double] { parameters.map(\.value) }

    /// The same model with other default parameter values (one per entry of `parameters`):
    /// what compiling the definition with those values would give, without compiling.
    public func withDefaults(_ values: [Double]) -> CompiledModel {
        precondition(values.count == parameters.count, "one value per parameter")
        var copy = self
        for k in parameters.indices {
            copy.parameters[k].value = values[k]
            copy.initialSlots[parameters[k].slot] = values[k]
        }
        return copy
    }

    /// Instructions in both programs; the benchmark reports it.
    public var instructionCount: Int { initProgram.count + rateProgram.count + outputProgram.count }
    /// Instructions evaluated at the start of each step (the rate and output programs).
    public var rateInstructionCount: Int { rateProgram.count + outputProgram.count }
    /// Instructions and operation groups of the rate program (run four times a step under RK4)
    /// and of the output program (once a step); the benchmark reports them.
    public var programSizes: (rates: Int, rateGroups: Int, outputs: Int, outputGroups: Int) {
        (rateProgram.count, rateProgram.groups.pointer.count, outputProgram.count, outputProgram.groups.pointer.count)
    }

    /// Instructions of the output program a run recording the columns at `indices` runs at a
    /// step that records nothing and at one that records (OutputSlice); the benchmark reports them.
    public func outputSizes(recording indices: [Int]) -> (everyStep: Int, atSave: Int) {
        let slice = outputSlice(recording: indices.map { columns[$0].slot })
        return (slice.everyStep.count, slice.atSave.count)
    }

    /// The parts of the output program a run recording the slots `recorded` needs, made once
    /// for each set of them.
    func outputSlice(recording recorded: [Int]) -> OutputSlice {
        outputSlices.slice(recording: recorded) {
            OutputSlice(outputProgram, pipelineSources: pipelines.map(\.source), recorded: recorded, slotCount: slotCount)
        }
    }
}

/// A state that, after each step, takes the value its source had a fixed number of steps
/// before: one step for `previous()`, round(τ/dt) for `delay_fixed()` with τ in `delay` (read
/// once, after initialisation).
struct Pipeline: Sendable {
    var state: Int
    var source: Int
    var delay: Int?
    /// The variable whose equation has the call, and where the call is, for messages.
    var variable: String
    var location: SourceLocation?
}

/// A variable's equation as compiled, with what it reads.
public struct CompiledEquation: Sendable {
    public var name: String
    public var kind: String
    public var expression: Expression
    public var inflows: [String]
    public var outflows: [String]
    /// Names the equation reads (variables, parameters and tables), in order of first use.
    public var dependencies: [String]
    /// `.expanded` for variables the compiler made from stateful functions.
    public var provenance: Provenance
    /// False for variables the compiler made from stateful functions.
    public var isVisible: Bool { provenance.isUser }
    public var unit: String?
    public var doc: String?
    /// For an element of an arrayed variable, which one.
    public var element: ArrayElement?
    /// The equation after arrays were flattened, before stateful functions were expanded
    /// (visible variables only): what the unit checker reads.
    public var written: Expression?
    /// Where the equation's text starts, and where the variable was declared.
    public var equationOrigin: SourceLocation?
    public var declaration: SourceLocation?
}
