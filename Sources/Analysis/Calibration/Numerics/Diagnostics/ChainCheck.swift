/// Shared checks and splitting of chains of draws, [chain][draw].
enum ChainCheck {
    /// Throws unless there is at least one chain, all chains are equally long with at least
    /// `minimum` draws, and every draw is finite.
    static func validate(_ chains: [[Double]], minimum: Int) throws(CalibrationError) {
        guard let first = chains.first else { throw .tooFewValues(what: "chains", needed: 1, got: 0) }
        for (c, chain) in chains.enumerated() where chain.count != first.count {
            throw .unequalChainLengths(first: first.count, chain: c, other: chain.count)
        }
        guard first.count >= minimum else { throw .tooFewValues(what: "each chain", needed: minimum, got: first.count) }
        for (c, chain) in chains.enumerated() {
            if let k = chain.firstIndex(where: { !$0.isFinite }) {
                throw .nonFiniteValue(what: "chain \(c) draw", index: k, value: chain[k])
            }
        }
    }

    /// Each chain cut into its first and second halves (the middle draw of an odd-length
    /// chain dropped), as split-R̂ and split-ESS do (BDA3 §11.4).
    static func split(_ chains: [[Double]]) -> [[Double]] {
        chains.flatMap { chain -> [[Double]] in
            let half = chain.count / 2
            return [Array(chain[0..<half]), Array(chain[(chain.count - half)...])]
        }
    }

    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

    /// The sample variance, Σ(x − x̄)²/(n − 1).
    static func variance(_ x: [Double]) -> Double {
        let m = mean(x)
        return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)
    }
}
