import Dynamics
import Foundation

/// Rank correlations between parameters through a Gaussian copula (Iman & Conover's idea in
/// its normal-scores form): independent normals z, correlated as L·z with L the Cholesky
/// factor of the Pearson matrix, mapped back to uniforms by Φ. Each parameter keeps its own
/// distribution; only the ranks move together.
///
/// A Spearman rank correlation r between two uniforms of a Gaussian copula comes from the
/// normal correlation ρ = 2·sin(π·r/6) (Pearson 1907), which is what the matrix holds.
struct GaussianCopula: Sendable {
    /// The positions (in the sampler's list of drawn parameters) the copula couples, in order.
    let members: [Int]
    /// Lower-triangular Cholesky factor of the Pearson matrix, row-major, `members.count²`.
    let factor: [Double]

    /// - Parameters:
    ///   - correlations: (parameter, parameter, Spearman r) with −1 < r < 1.
    ///   - drawn: the names of the drawn parameters, in the sampler's order.
    /// - Throws: a `Diagnostic` for an unknown or undrawn parameter, an r outside (−1, 1), a pair
    ///   given twice, or a set of correlations no joint distribution has (not positive definite).
    init(_ correlations: [(String, String, Double)], drawn: [String], parameters: [String]) throws(Diagnostic) {
        var members: [Int] = []
        var pairs: [(Int, Int, Double)] = []
        var seen = Set<[Int]>()
        func member(_ name: String) throws(Diagnostic) -> Int {
            guard let position = drawn.firstIndex(of: name) else {
                if parameters.contains(name) { throw AnalysisProblem.correlatedFixed(name).diagnostic }
                throw AnalysisProblem.unknownCorrelated(name, candidates: parameters).diagnostic
            }
            if let k = members.firstIndex(of: position) { return k }
            members.append(position)
            return members.count - 1
        }
        for (first, second, r) in correlations {
            guard r.isFinite, r > -1, r < 1 else { throw AnalysisProblem.correlationOutOfRange(first, second, r).diagnostic }
            guard first != second else { throw AnalysisProblem.selfCorrelation(first).diagnostic }
            let (i, j) = (try member(first), try member(second))
            guard seen.insert([min(i, j), max(i, j)]).inserted else { throw AnalysisProblem.correlationTwice(first, second).diagnostic }
            pairs.append((i, j, 2 * sin(Double.pi * r / 6)))
        }
        let n = members.count
        var matrix = [Double](repeating: 0, count: n * n)
        for k in 0..<n { matrix[k * n + k] = 1 }
        for (i, j, rho) in pairs {
            matrix[i * n + j] = rho
            matrix[j * n + i] = rho
        }
        guard let factor = Self.cholesky(matrix, size: n) else {
            throw AnalysisProblem.notPositiveDefinite(correlations.map { "\($0.0)~\($0.1)" }).diagnostic
        }
        self.members = members
        self.factor = factor
    }

    var isEmpty: Bool { members.isEmpty }

    /// L with L·Lᵀ = `matrix` (symmetric, row-major), or nil when a pivot is not clearly
    /// positive (≤ 1e−10): the matrix is not positive definite.
    static func cholesky(_ matrix: [Double], size n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = matrix[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 1e-10 else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        return l
    }

    /// Replaces the uniforms of the coupled parameters by correlated ones: z = Φ⁻¹(u) for each,
    /// z′ = L·z, u′ = Φ(z′). `normals` is scratch of at least `members.count` entries.
    func correlate(_ uniforms: inout [Double], normals: inout [Double]) {
        let n = members.count
        for (k, position) in members.enumerated() { normals[k] = StandardNormal.quantile(uniforms[position]) }
        for i in 0..<n {
            var z = 0.0
            for k in 0...i { z += factor[i * n + k] * normals[k] }
            uniforms[members[i]] = StandardNormal.cdf(z)
        }
    }
}
