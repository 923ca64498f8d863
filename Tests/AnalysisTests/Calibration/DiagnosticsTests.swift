import Foundation
import Testing
@testable import Analysis

struct DiagnosticsTests {
    static func ar1(_ n: Int, phi: Double, seed: UInt64) -> [Double] {
        var random = Xoshiro256StarStar(seed: seed)
        var x = random.nextNormal() / (1 - phi * phi).squareRoot()
        return (0..<n).map { _ in
            x = phi * x + random.nextNormal()
            return x
        }
    }

    /// The integrated autocorrelation time of AR(1) is (1 + φ)/(1 − φ).
    @Test(arguments: [0.0, 0.5, 0.8])
    func essOfAR1(phi: Double) throws {
        let n = 40_000
        let chains = (0..<4).map { Self.ar1(n / 4, phi: phi, seed: 100 + UInt64($0)) }
        let ess = try EffectiveSampleSize.of(chains)
        let expected = Double(n) * (1 - phi) / (1 + phi)
        #expect(abs(ess / expected - 1) < 0.08, "ESS \(ess), expected \(expected)")
        let single = try EffectiveSampleSize.of([Self.ar1(n, phi: phi, seed: 7)], split: false)
        #expect(abs(single / expected - 1) < 0.08, "ESS \(single), expected \(expected)")
    }

    @Test func rHatSeparatesMixedFromUnmixedChains() throws {
        var random = Xoshiro256StarStar(seed: 3)
        let mixed = (0..<4).map { _ in (0..<1000).map { _ in random.nextNormal() } }
        let offsets = [0.0, 0.0, 1.0, 1.0]
        let unmixed = (0..<4).map { c in (0..<1000).map { _ in random.nextNormal() + offsets[c] } }
        #expect(try RHat.split(mixed) < 1.01)
        #expect(try RHat.rankNormalized(mixed) < 1.01)
        #expect(try RHat.split(unmixed) > 1.1)
        #expect(try RHat.rankNormalized(unmixed) > 1.1)
        // A trend within each chain shows in split-R̂ even when the chains agree with each other.
        let trending = (0..<4).map { _ in (0..<1000).map { Double($0) / 250 + random.nextNormal() } }
        #expect(try RHat.split(trending) > 1.1)
        #expect(throws: CalibrationError.unequalChainLengths(first: 1000, chain: 1, other: 3)) {
            _ = try RHat.split([mixed[0], [1, 2, 3]])
        }
    }

    /// Hand-computed split-R̂: chains (1, 2, 3, 4) and (3, 4, 5, 6) split into (1, 2), (3, 4), (3, 4),
    /// (5, 6): n = 2, s² = ½ each so W = ½; means 1.5, 3.5, 3.5, 5.5 have variance 8/3, B = 16/3;
    /// var⁺ = ½·½ + 8/3 = 35/12, R̂ = √(35/6).
    @Test func splitRHatHandComputed() throws {
        let r = try RHat.split([[1, 2, 3, 4], [3, 4, 5, 6]])
        #expect(abs(r - (35.0 / 6.0).squareRoot()) < 1e-12)
    }

    @Test func percentilesInterpolateOrderStatistics() throws {
        let chains = [(1...10).map(Double.init), (11...20).map(Double.init)]
        let summary = try PosteriorSummary.of(chains, percentiles: [0, 25, 50, 90, 100])
        // Type 7: h = 19p/100, so p = 25 → h = 4.75 → 5.75; p = 50 → 10.5; p = 90 → h = 17.1 → 18.1.
        #expect(summary.values[0] == 1 && summary.values[4] == 20)
        #expect(abs(summary.values[1] - 5.75) < 1e-12 && summary.values[2] == 10.5 && abs(summary.values[3] - 18.1) < 1e-12)
        #expect(summary.mean == 10.5)
        #expect(abs(summary.standardDeviation - 35.0.squareRoot()) < 1e-12)
    }
}
