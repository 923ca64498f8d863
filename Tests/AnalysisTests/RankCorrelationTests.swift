import Foundation
import Testing
@testable import Analysis

@Suite struct RankCorrelationTests {
    /// Spearman's rank correlation: Pearson's on the ranks (no ties among continuous draws).
    static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        func ranks(_ values: [Double]) -> [Double] {
            var result = [Double](repeating: 0, count: values.count)
            for (rank, index) in values.indices.sorted(by: { values[$0] < values[$1] }).enumerated() { result[index] = Double(rank) }
            return result
        }
        let (a, b) = (ranks(x), ranks(y))
        let mean = Double(x.count - 1) / 2
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for k in a.indices {
            sab += (a[k] - mean) * (b[k] - mean)
            saa += (a[k] - mean) * (a[k] - mean)
            sbb += (b[k] - mean) * (b[k] - mean)
        }
        return sab / (saa * sbb).squareRoot()
    }

    @Test func drawsHaveTheTargetRankCorrelationsWithin0_03() throws {
        let compiled = try AnalysisFixture.compiled()
        let targets = [("growth", "margin", 0.7), ("margin", "cost_start", -0.4), ("damping", "growth", 0.2)]
        let sampler = try ParameterSampler(compiled, seed: 11, correlations: targets)
        let draws = (0..<20_000).map { sampler.sample(run: $0) }
        func column(_ name: String) -> [Double] { let k = sampler.names.firstIndex(of: name)!; return draws.map { $0[k] } }
        for (a, b, r) in targets {
            let measured = Self.spearman(column(a), column(b))
            #expect(abs(measured - r) <= 0.03, "\(a)~\(b): \(measured) vs \(r)")
        }
        // Pairs not named stay independent.
        #expect(abs(Self.spearman(column("spread"), column("growth"))) <= 0.03)
        for (k, distribution) in sampler.distributions.enumerated() {
            #expect(draws.allSatisfy { $0[k] >= distribution.low && $0[k] <= distribution.high })
        }
    }

    @Test func uncorrelatedParametersDrawTheSameWithOrWithoutACopula() throws {
        let compiled = try AnalysisFixture.compiled()
        let plain = try ParameterSampler(compiled, seed: 5)
        let coupled = try ParameterSampler(compiled, seed: 5, correlations: [("growth", "margin", 0.5)])
        let k = plain.names.firstIndex(of: "spread")!
        for run in 0..<100 { #expect(plain.sample(run: run)[k] == coupled.sample(run: run)[k]) }
    }

    @Test func spearmanBecomesPearsonByTwoSinePiOverSix() throws {
        let copula = try GaussianCopula([("a", "b", 0.5)], drawn: ["a", "b"], parameters: ["a", "b"])
        // L = [[1, 0], [ρ, √(1 − ρ²)]] with ρ = 2 sin(π/12).
        let rho = 2 * sin(Double.pi / 12)
        #expect(abs(copula.factor[2] - rho) <= 1e-15)
        #expect(abs(copula.factor[3] - (1 - rho * rho).squareRoot()) <= 1e-15)
    }

    @Test func choleskyRejectsMatricesThatAreNotPositiveDefinite() {
        #expect(GaussianCopula.cholesky([1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1], size: 3) == nil)
        let l = GaussianCopula.cholesky([4, 2, 2, 3], size: 2)
        #expect(l == [2, 0, 1, 2.0.squareRoot()])
    }
}
