import Dispatch
import Dynamics
import Scenarios

/// One line of a batch: its number in the input, and the scenario and overrides it asks for,
/// or the problems that stopped it from being read.
public struct BatchLine: Sendable {
    public struct Request: Sendable {
        public var scenario: String
        public var overrides: [Override]
        /// Where the line names its scenario, if it does: problems with the scenario are placed there.
        public var scenarioLocation: SourceLocation?

        public init(scenario: String, overrides: [Override], scenarioLocation: SourceLocation? = nil) {
            self.scenario = scenario
            self.overrides = overrides
            self.scenarioLocation = scenarioLocation
        }
    }

    public var number: Int
    public var request: Result<Request, DiagnosticList>

    public init(number: Int, request: Result<Request, DiagnosticList>) {
        self.number = number
        self.request = request
    }
}

/// What one batch line gave: the run, or the problems that stopped it.
public struct BatchResult: Sendable {
    public var line: Int
    public var outcome: Result<RunView, DiagnosticList>
}

/// Runs batch lines against scenarios compiled once, in parallel blocks, in input order: each
/// line is a `validate` of its overrides and a `run(parameterValues:)`, the route every run
/// with overrides takes.
public struct BatchRunner: Sendable {
    /// A scenario ready for lines: compiled, with its digest and the series to show.
    public struct Prepared: Sendable {
        public var compiled: CompiledScenario
        public var digest: String
        public var names: [String]

        public init(compiled: CompiledScenario, names: [String]) {
            self.compiled = compiled
            digest = compiled.scenario.digest
            self.names = names
        }
    }

    public var scenarios: [String: Result<Prepared, DiagnosticList>]
    /// Overrides every line starts from (`--set`); a line's own values win over them.
    public var common: [Override]
    public var sampling: Sampling
    public var from: Quarter?
    public var to: Quarter?
    public var milestones: [MilestoneSpec]
    /// Lines run together, in parallel; each block is handed on before the next starts.
    public var blockSize = 256

    public init(scenarios: [String: Result<Prepared, DiagnosticList>], common: [Override], sampling: Sampling, from: Quarter?,
                to: Quarter?, milestones: [MilestoneSpec]) {
        self.scenarios = scenarios
        self.common = common
        self.sampling = sampling
        self.from = from
        self.to = to
        self.milestones = milestones
    }

    /// Runs every line, calling `emit` with each block's results in line order. A block holds
    /// its lines' results at once, so it is smaller when each run records many values: memory
    /// stays within what one run may use (`RunSettings.maximumValues`), however long the runs.
    public func run(_ lines: [BatchLine], emit: ([BatchResult]) -> Void) {
        let linesPerBlock = self.linesPerBlock
        for blockStart in stride(from: 0, to: lines.count, by: linesPerBlock) {
            let block = Array(lines[blockStart..<min(lines.count, blockStart + linesPerBlock)])
            let results = SharedBuffer<BatchResult?>(count: block.count, initial: nil)
            DispatchQueue.concurrentPerform(iterations: block.count) { k in
                results.pointer[k] = run(block[k])
            }
            emit(results.pointer.map { $0! })
        }
    }

    /// `blockSize`, or fewer lines when the largest run's recorded values would not fit.
    var linesPerBlock: Int {
        let largestRun = scenarios.values.compactMap { prepared -> Int? in
            guard case .success(let scenario) = prepared else { return nil }
            var settings = scenario.compiled.settings
            if sampling == .step { settings.saveEvery = settings.dt }
            return settings.recordedValues(variables: scenario.compiled.model.columns.count)
        }.max() ?? 1
        return max(1, min(blockSize, RunSettings.maximumValues / max(1, largestRun)))
    }

    /// One line: its overrides checked, then the run.
    public func run(_ line: BatchLine) -> BatchResult {
        let request: BatchLine.Request, prepared: Prepared
        switch line.request {
        case .failure(let problems): return BatchResult(line: line.number, outcome: .failure(problems))
        case .success(let found): request = found
        }
        switch scenarios[request.scenario] {
        case .failure(let problems):
            let placed = problems.diagnostics.map { problem in
                var placed = problem
                if placed.location == nil { placed.location = request.scenarioLocation }
                return placed
            }
            return BatchResult(line: line.number, outcome: .failure(DiagnosticList(placed)))
        case nil: return BatchResult(line: line.number, outcome: .failure(DiagnosticList([])))
        case .success(let found): prepared = found
        }
        let compiled = prepared.compiled
        let overrides = Self.merge(common, request.overrides)
        let problems = compiled.validate(overrides)
        if problems.contains(where: \.isError) { return BatchResult(line: line.number, outcome: .failure(DiagnosticList(problems))) }
        do {
            let result = try compiled.run(parameterValues: compiled.parameterValues(overrides),
                                          saveEvery: sampling == .step ? compiled.settings.dt : 0.25)
            let view = RunView(scenario: compiled.scenario, result: result, names: prepared.names, from: from, to: to, every: sampling,
                               milestones: milestones, warnings: problems, digest: prepared.digest, overrides: overrides)
            return BatchResult(line: line.number, outcome: .success(view))
        } catch {
            return BatchResult(line: line.number, outcome: .failure(DiagnosticList([error])))
        }
    }

    /// `common` with `own` on top: a name in both takes `own`'s value in `common`'s place;
    /// `own`'s other names follow in their order.
    public static func merge(_ common: [Override], _ own: [Override]) -> [Override] {
        var merged = common
        for override in own {
            if let k = merged.firstIndex(where: { $0.name == override.name }) { merged[k] = override } else { merged.append(override) }
        }
        return merged
    }
}
