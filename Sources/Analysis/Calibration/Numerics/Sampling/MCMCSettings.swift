/// Settings of `DifferentialEvolutionMCMC`. Counts are generations (one step of every chain).
public struct MCMCSettings: Sendable, Equatable {
    /// Parallel chains N (at least 3; ter Braak & Vrugt use 3, 8 keeps 2–8 cores busy).
    public var chains: Int
    /// Generations run and discarded before any draw is kept.
    public var warmup: Int
    /// Generations run after warm-up; every `thin`-th is kept, so each chain has ⌊draws/thin⌋ draws.
    public var draws: Int
    public var thin: Int
    public var seed: UInt64
    /// Chance that a chain's step is a snooker update rather than a parallel-direction one.
    public var snookerProbability: Double
    /// K: the current states of all chains join the archive every K generations.
    public var archiveInterval: Int
    /// M₀, the archive's initial size (default max(10·dimension, chains)).
    public var initialArchive: Int?
    /// When given (in parameter units), the initial archive and chains are drawn around it,
    /// N(center, spread²) per unit-cube coordinate clamped to the cube; otherwise they are a
    /// Latin hypercube over the whole box.
    public var center: [Double]?
    public var spread: Double
    /// The standard deviation b of the small Gaussian added to parallel-direction proposals
    /// (unit-cube units), which makes the chain irreducible.
    public var jitter: Double

    public init(chains: Int = 8, warmup: Int = 1000, draws: Int = 1000, thin: Int = 1, seed: UInt64 = 1,
                snookerProbability: Double = 0.1, archiveInterval: Int = 10, initialArchive: Int? = nil,
                center: [Double]? = nil, spread: Double = 0.05, jitter: Double = 1e-6) {
        (self.chains, self.warmup, self.draws, self.thin, self.seed) = (chains, warmup, draws, thin, seed)
        (self.snookerProbability, self.archiveInterval, self.initialArchive) = (snookerProbability, archiveInterval, initialArchive)
        (self.center, self.spread, self.jitter) = (center, spread, jitter)
    }

    func validate() throws(CalibrationError) {
        guard chains >= 3 else { throw .invalidSetting(name: "chains", value: Double(chains)) }
        guard warmup >= 0 else { throw .invalidSetting(name: "warmup", value: Double(warmup)) }
        guard thin >= 1 else { throw .invalidSetting(name: "thin", value: Double(thin)) }
        guard draws >= thin else { throw .invalidSetting(name: "draws", value: Double(draws)) }
        guard snookerProbability >= 0, snookerProbability <= 1 else {
            throw .invalidSetting(name: "snookerProbability", value: snookerProbability)
        }
        guard archiveInterval >= 1 else { throw .invalidSetting(name: "archiveInterval", value: Double(archiveInterval)) }
        if let initialArchive, initialArchive < 3 { throw .invalidSetting(name: "initialArchive", value: Double(initialArchive)) }
        guard spread > 0, spread.isFinite else { throw .invalidSetting(name: "spread", value: spread) }
        guard jitter >= 0, jitter.isFinite else { throw .invalidSetting(name: "jitter", value: jitter) }
    }
}
