import Foundation
import Testing
@testable import Dynamics

/// The engine's `exp`, `ln` and `^` (fdlibm's kernels, ExpLog.swift) against the C library:
/// within a few ulp inside the kernels' ranges, the library's own answer outside them, and the
/// same bits for a run alone and for a lane of eight.
struct ExpLogTests {
    /// Reproducible arguments: a 64-bit linear congruential sequence mapped into [low, high).
    static func arguments(_ count: Int, low: Double, high: Double, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return low + (high - low) * Double(state >> 11) / Double(1 << 53)
        }
    }

    static func relativeError(_ a: Double, _ b: Double) -> Double { abs(a - b) / abs(b) }

    @Test func expIsWithinTwoUlpOfTheLibrary() {
        for x in Self.arguments(20_000, low: -700, high: 700, seed: 1) + Self.arguments(20_000, low: -2, high: 2, seed: 2) {
            #expect(Self.relativeError(ExpLog.exp(x), Foundation.exp(x)) <= 4.5e-16, "exp(\(x))")
        }
        #expect(ExpLog.exp(0.0) == 1)
        #expect(abs(ExpLog.exp(1.0) - M_E) <= M_E.ulp)
    }

    @Test func lnIsWithinTwoUlpOfTheLibrary() {
        let logs = Self.arguments(20_000, low: -300, high: 300, seed: 3).map { Foundation.pow(10, $0) }
        for x in logs + Self.arguments(20_000, low: 0.5, high: 2, seed: 4) {
            let exact = Foundation.log(x)
            // Near x = 1 the logarithm is near zero: measure against the larger of it and x - 1.
            #expect(abs(ExpLog.log(x) - exact) <= 4.5e-16 * max(abs(exact), abs(x - 1)), "ln(\(x))")
        }
        #expect(ExpLog.log(1.0) == 0)
        #expect(ExpLog.log(M_E) == 1)
    }

    @Test func powerIsWithinItsBound() {
        let bases = Self.arguments(5_000, low: -20, high: 20, seed: 5).map { Foundation.pow(10, $0) }
        let exponents = Self.arguments(5_000, low: -12, high: 12, seed: 6)
        for (x, y) in zip(bases, exponents) {
            let exact = Foundation.pow(x, y)
            // exp(y · ln x): the rounding of y · ln x moves the result by |y · ln x| ulp at most.
            let bound = (abs(y * Foundation.log(x)) + 2) * 2.3e-16
            #expect(Self.relativeError(ExpLog.pow(x, y), exact) <= bound, "\(x) ^ \(y)")
        }
        // Whole powers are the library's, exact where it is; a base of 1 gives 1.
        #expect(ExpLog.pow(2.0, 9.0) == 512 && ExpLog.pow(3.7, 1.0) == 3.7 && ExpLog.pow(3.7, 2.0) == Foundation.pow(3.7, 2.0))
        #expect(ExpLog.pow(10.0, -3.0) == Foundation.pow(10.0, -3.0) && ExpLog.pow(3.7, 0.0) == 1 && ExpLog.pow(1.0, 7.5) == 1)
    }

    /// Outside the kernels the C library answers: zero, negative, subnormal, infinite and NaN
    /// operands, and results near overflow or underflow.
    @Test(arguments: [(1.0 + 1e-14, 2251799813685249.0), (1.0 - 1e-14, -18014398509481982.0), (0.0, 2.0), (0.0, -1.0), (0.0, 0.0), (-2.0, 3.0), (-2.0, 0.5), (5e-324, 0.5), (.infinity, 2.0), (2.0, .infinity),
                      (.nan, 0.0), (1.0, .nan), (10.0, 320.0), (10.0, -320.0), (2.0, 1023.5)])
    func powerOutsideTheKernelIsTheLibrarys(x: Double, y: Double) {
        let expected = Foundation.pow(x, y)
        let got = ExpLog.pow(x, y)
        #expect(got.bitPattern == expected.bitPattern || (got.isNaN && expected.isNaN), "\(x) ^ \(y): \(got) vs \(expected)")
    }

    @Test(arguments: [0.0, -1.0, 5e-324, Double.infinity, -Double.infinity, Double.nan, 1e-310])
    func lnOutsideTheKernelIsTheLibrarys(x: Double) {
        let got = ExpLog.log(x), expected = Foundation.log(x)
        #expect(got.bitPattern == expected.bitPattern || (got.isNaN && expected.isNaN), "ln(\(x))")
    }

    @Test(arguments: [701.0, -701.0, 709.7, -745.0, 800, Double.infinity, -Double.infinity, Double.nan])
    func expOutsideTheKernelIsTheLibrarys(x: Double) {
        let got = ExpLog.exp(x), expected = Foundation.exp(x)
        #expect(got.bitPattern == expected.bitPattern || (got.isNaN && expected.isNaN), "exp(\(x))")
    }

    /// Eight lanes, some inside the kernels and some not, give each lane's scalar answer.
    @Test func lanesGiveEachLanesScalarBits() {
        let xs = Lanes(0.3, 7.5, -2, 0, 1e300, 3.2e-320, 2.5, .nan)
        let ys = Lanes(1.7, -0.25, 3, 2, 2.5, 0.5, 1.5, 4)
        let powers = ExpLog.pow(xs, ys), logs = ExpLog.log(xs), exps = ExpLog.exp(xs)
        for lane in 0..<8 {
            let (x, y) = (xs[lane], ys[lane])
            #expect(powers[lane].bitPattern == ExpLog.pow(x, y).bitPattern || powers[lane].isNaN && ExpLog.pow(x, y).isNaN, "lane \(lane)")
            #expect(logs[lane].bitPattern == ExpLog.log(x).bitPattern || logs[lane].isNaN && ExpLog.log(x).isNaN, "lane \(lane)")
            #expect(exps[lane].bitPattern == ExpLog.exp(x).bitPattern || exps[lane].isNaN && ExpLog.exp(x).isNaN, "lane \(lane)")
        }
    }
}
