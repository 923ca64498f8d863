import Foundation

/// Differential-evolution Markov chain Monte Carlo with an archive of past states and snooker
/// updates, DE-MC_ZS (ter Braak & Vrugt 2008, "Differential evolution Markov chain with
/// snooker updater and fewer chains", Stat. Comput. 18(4)).
///
/// N chains evolve in the unit cube of the bounds; Z is an archive of past states, started
/// with M₀ points and extended by the N current states every K generations. Chain i proposes
///
/// - parallel direction (probability 1 − p_s): x* = xᵢ + γ(z_R1 − z_R2) + e, R1 ≠ R2 uniform
///   in Z, γ = 2.38/√(2d) (γ = 1 every 10th generation, for jumps between modes), e ~ N(0, b²);
///   accepted with probability min(1, π(x*)/π(xᵢ));
/// - snooker (probability p_s): z, z_R1, z_R2 distinct in Z, x* = xᵢ + γ_s·((z_R1 − z_R2)·u)u
///   with u the unit vector along xᵢ − z and γ_s ~ U(1.2, 2.2); accepted with probability
///   min(1, π(x*)‖x* − z‖^(d−1) / (π(xᵢ)‖xᵢ − z‖^(d−1))).
///
/// Proposals outside the cube are rejected (the density is zero there). Because proposals use
/// only the archive, fixed during a generation, the N chains step in parallel exactly as
/// they would one after another; chain c draws from its own `Xoshiro256StarStar(seed:, stream: c + 1)`
/// (stream 0 draws the initial archive), so runs are bit-identical for a seed.
/// The sampler targets π_u(u) = π(x(u))·|∂x/∂u|, so the draws of x have the given density
/// (log-scale parameters are sampled in log space). At the end of warm-up the archive keeps its
/// later half (at least M₀ points). Non-finite log-densities count as −∞; a chain started at −∞
/// accepts its first finite proposal.
public enum DifferentialEvolutionMCMC {
    public static func sample(logDensity: @escaping @Sendable ([Double]) -> Double, bounds: Bounds,
                              settings: MCMCSettings = MCMCSettings()) throws(CalibrationError) -> MCMCResult {
        try settings.validate()
        if let center = settings.center { try bounds.check(center, what: "center") }
        let (d, n) = (bounds.count, settings.chains)
        let m0 = max(settings.initialArchive ?? 10 * d, n, 3)
        var generator = Xoshiro256StarStar(seed: settings.seed)
        var archive: [[Double]]
        if let center = settings.center {
            let c = bounds.toUnit(center)
            archive = (0..<m0).map { _ in c.map { min(1, max(0, $0 + settings.spread * generator.nextNormal())) } }
        } else {
            archive = LatinHypercube.points(m0, dimension: d, generator: &generator)
        }
        let target = Target(density: logDensity, bounds: bounds)
        let initial = archive
        var states = Parallel.map(n) { target.state(initial[$0]) }
        var generators = (0..<n).map { Xoshiro256StarStar(seed: settings.seed, stream: UInt64($0) + 1) }
        var draws = [[[Double]]](repeating: [], count: n), densities = [[Double]](repeating: [], count: n)
        var accepted = [Int](repeating: 0, count: n), evaluations = n
        for generation in 1...(settings.warmup + settings.draws) {
            let gamma = generation % 10 == 0 ? 1 : 2.38 / (2 * Double(d)).squareRoot()
            let (z, current, streams) = (archive, states, generators)
            let moves = Parallel.map(n) { c in
                var random = streams[c]
                let move = step(current[c], archive: z, gamma: gamma, target: target, settings: settings, random: &random)
                return (move.state, move.accepted, move.evaluated, random)
            }
            states = moves.map { $0.0 }
            generators = moves.map { $0.3 }
            evaluations += moves.reduce(0) { $0 + ($1.2 ? 1 : 0) }
            if generation % settings.archiveInterval == 0 { archive += states.map(\.u) }
            if generation == settings.warmup {
                archive.removeFirst(max(0, min(archive.count / 2, archive.count - m0)))
            }
            guard generation > settings.warmup else { continue }
            for c in 0..<n where moves[c].1 { accepted[c] += 1 }
            if (generation - settings.warmup) % settings.thin == 0 {
                for c in 0..<n {
                    draws[c].append(states[c].x)
                    densities[c].append(states[c].logDensity)
                }
            }
        }
        return MCMCResult(draws: draws, logDensity: densities,
                          acceptanceRate: accepted.map { Double($0) / Double(settings.draws) }, evaluations: evaluations)
    }

    /// A chain's position: unit-cube point, parameter point, log-density and target log π_u.
    struct State: Sendable {
        let u: [Double]
        let x: [Double]
        let logDensity: Double
        let target: Double
    }

    struct Target: Sendable {
        let density: @Sendable ([Double]) -> Double
        let bounds: Bounds

        func state(_ u: [Double]) -> State {
            let x = bounds.fromUnit(u)
            let value = density(x)
            let logDensity = value.isFinite ? value : -.infinity
            return State(u: u, x: x, logDensity: logDensity,
                         target: logDensity == -.infinity ? -.infinity : logDensity + bounds.logJacobian(x))
        }
    }

    /// One chain's step: the next state, whether the proposal was accepted and whether the
    /// density was evaluated (not for proposals outside the cube).
    static func step(_ state: State, archive z: [[Double]], gamma: Double, target: Target, settings: MCMCSettings,
                     random: inout Xoshiro256StarStar) -> (state: State, accepted: Bool, evaluated: Bool) {
        let d = state.u.count
        var proposal = state.u
        var logCorrection = 0.0
        if random.nextUnit() < settings.snookerProbability {
            let picks = distinct(3, below: z.count, random: &random)
            let anchor = z[picks[0]]
            let axis = zip(state.u, anchor).map { $0 - $1 }
            let norm = length(axis)
            guard norm > 0 else { return (state, false, false) }
            var projection = 0.0
            for j in 0..<d { projection += (z[picks[1]][j] - z[picks[2]][j]) * axis[j] / norm }
            let scale = random.nextUniform(1.2, 2.2) * projection / norm
            for j in 0..<d { proposal[j] += scale * axis[j] }
            let newNorm = length(zip(proposal, anchor).map { $0 - $1 })
            guard newNorm > 0 else { return (state, false, false) }
            logCorrection = Double(d - 1) * (log(newNorm) - log(norm))
        } else {
            let picks = distinct(2, below: z.count, random: &random)
            for j in 0..<d {
                proposal[j] += gamma * (z[picks[0]][j] - z[picks[1]][j]) + settings.jitter * random.nextNormal()
            }
        }
        guard proposal.allSatisfy({ $0 >= 0 && $0 <= 1 }) else { return (state, false, false) }
        let candidate = target.state(proposal)
        guard candidate.target > -.infinity else { return (state, false, true) }
        let logRatio = candidate.target - state.target + logCorrection
        let accept = state.target == -.infinity || log(random.nextOpenUnit()) < logRatio
        return (accept ? candidate : state, accept, true)
    }

    /// k distinct indices uniform in 0 ..< count (count ≥ k), by rejection of repeats.
    private static func distinct(_ k: Int, below count: Int, random: inout Xoshiro256StarStar) -> [Int] {
        var picks: [Int] = []
        while picks.count < k {
            let i = random.nextIndex(below: count)
            if !picks.contains(i) { picks.append(i) }
        }
        return picks
    }

    private static func length(_ v: [Double]) -> Double {
        v.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
