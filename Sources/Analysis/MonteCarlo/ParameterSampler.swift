import Dynamics
import Scenarios

/// Draws the parameter values of Monte Carlo run `i` from the seed and `i` alone: run `i` owns
/// generator stream `i`, takes one uniform per drawn parameter in the assumptions' order,
/// couples the correlated ones through the copula, and maps each through its distribution.
///
/// A parameter with timed changes in the scenario is drawn for the value before its first
/// change; the changes still happen at their dates, as the scenario says.
struct ParameterSampler: Sendable {
    /// Names of the drawn parameters, in the assumptions' order.
    let names: [String]
    let distributions: [ParameterDistribution]
    /// Where each drawn value goes in the model's parameter values; nil when the model does not
    /// use the parameter.
    let slots: [Int?]
    let copula: GaussianCopula
    /// True for the drawn parameters the copula couples: their uniforms must avoid 0 and 1.
    let isCoupled: [Bool]
    let seed: UInt64
    /// The scenario's values of every model parameter: the starting point of each run.
    let baseValues: [Double]
    /// Posterior draws of the fitted parameters, taken jointly: run `i` takes one row (chosen
    /// from its own stream), keeping the parameters' correlations.
    let posterior: Calibrated.Draws?
    let posteriorSlots: [Int?]

    init(_ compiled: CompiledScenario, seed: UInt64, correlations: [(String, String, Double)] = []) throws(Diagnostic) {
        let posterior = compiled.scenario.posterior
        let jointly = Set(posterior?.names ?? [])
        let drawn = compiled.scenario.parameters.map { ($0, ParameterDistribution($0)) }.filter { !$0.1.isFixed && !jointly.contains($0.0.name) }
        names = drawn.map(\.0.name)
        distributions = drawn.map(\.1)
        slots = names.map { Self.baseSlot(of: $0, in: compiled.model) }
        copula = try GaussianCopula(correlations, drawn: names, parameters: compiled.scenario.parameters.map(\.name))
        var coupled = [Bool](repeating: false, count: names.count)
        for position in copula.members { coupled[position] = true }
        isCoupled = coupled
        self.seed = seed
        baseValues = compiled.parameterValues([:])
        self.posterior = posterior
        posteriorSlots = (posterior?.names ?? []).map { Self.baseSlot(of: $0, in: compiled.model) }
    }

    /// The names drawn jointly from the posterior.
    var posteriorNames: [String] { posterior?.names ?? [] }

    /// The posterior row run `run` takes.
    func posteriorRow(run: Int) -> Int? {
        guard let rows = posterior?.rows, !rows.isEmpty else { return nil }
        var generator = Xoshiro256StarStar(seed: seed ^ 0x706F_7374_6572_696F, stream: UInt64(run))
        return Int(generator.nextUnit() * Double(rows.count)) % rows.count
    }

    /// The model parameter that holds `name`'s value before any timed change: `name` itself,
    /// or its value before the first change when the scenario changes it at dates.
    static func baseSlot(of name: String, in model: CompiledModel) -> Int? {
        model.parameterIndex(of: name) ?? model.parameters.firstIndex { $0.provenance == .timedValue(parameter: name, at: nil) }
    }

    var count: Int { names.count }

    /// The uniforms of run `run`, correlated where asked, one per drawn parameter.
    func uniforms(run: Int, into uniforms: inout [Double], normals: inout [Double]) {
        var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(run))
        for k in 0..<names.count {
            uniforms[k] = isCoupled[k] ? generator.nextOpenUnit() : generator.nextUnit()
        }
        if !copula.isEmpty { copula.correlate(&uniforms, normals: &normals) }
    }

    /// Writes run `run`'s draws into `values` (model parameter order, starting from `baseValues`).
    func draw(run: Int, into values: inout [Double], scratch: inout Scratch) {
        uniforms(run: run, into: &scratch.uniforms, normals: &scratch.normals)
        for k in 0..<names.count {
            if let slot = slots[k] { values[slot] = distributions[k].quantile(scratch.uniforms[k]) }
        }
        if let row = posteriorRow(run: run), let draws = posterior {
            for (k, slot) in posteriorSlots.enumerated() {
                if let slot { values[slot] = draws.rows[row][k] }
            }
        }
    }

    /// The drawn values of run `run`, in `names` order.
    func sample(run: Int) -> [Double] {
        var scratch = makeScratch()
        uniforms(run: run, into: &scratch.uniforms, normals: &scratch.normals)
        return (0..<names.count).map { distributions[$0].quantile(scratch.uniforms[$0]) }
    }

    /// Per-worker buffers, so drawing allocates nothing.
    struct Scratch {
        var uniforms: [Double]
        var normals: [Double]
    }

    func makeScratch() -> Scratch {
        Scratch(uniforms: [Double](repeating: 0, count: names.count), normals: [Double](repeating: 0, count: copula.members.count))
    }
}
