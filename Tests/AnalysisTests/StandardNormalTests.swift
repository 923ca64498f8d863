import Testing
@testable import Analysis
import Dynamics

/// Reference values from mpmath at 40 digits (`ncdf`, and `findroot` of ln ncdf(x) − ln p for the
/// double nearest p).
@Suite struct StandardNormalTests {
    @Test(arguments: [
        (-30.0, 4.9067139271481871e-198), (-8, 6.2209605742717841e-16), (-1.96, 0.024997895148220436),
        (-1, 0.15865525393145705), (0, 0.5), (0.5, 0.6914624612740131), (3, 0.99865010196836991),
    ])
    func cdfMatchesPublishedValues(x: Double, expected: Double) {
        // Relative error within 1e-13 (erfc keeps relative precision far into the tail).
        #expect(abs(StandardNormal.cdf(x) - expected) <= 1e-13 * expected)
    }

    @Test(arguments: [
        (1e-300, -37.047096299361199), (1e-100, -21.273453560965324), (1e-10, -6.3613409024040562), (0.001, -3.0902323061678135),
        (0.02425, -1.9729610513118848), (0.025, -1.9599639845400542), (0.3, -0.52440051270804082),
        (0.5, 0), (0.9, 1.2815515655446006), (0.95, 1.6448536269514723), (0.975, 1.9599639845400539),
        (0.999999, 4.7534243088170878),
    ])
    func quantileMatchesPublishedValues(p: Double, expected: Double) {
        // Absolute error within 1e-13 (one Halley step after Acklam's 1.15e-9 start).
        #expect(abs(StandardNormal.quantile(p) - expected) <= 1e-13 * max(1, abs(expected)))
    }

    @Test func quantileEdges() {
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(-0.1).isNaN)
        #expect(StandardNormal.quantile(1.1).isNaN)
        #expect(StandardNormal.quantile(.nan).isNaN)
        #expect(StandardNormal.cdf(-.infinity) == 0)
        #expect(StandardNormal.cdf(.infinity) == 1)
        #expect(StandardNormal.cdf(.nan).isNaN)
    }

    @Test func quantileIsAntisymmetricAndInvertsTheCDF() {
        for k in 1..<1000 {
            let p = Double(k) / 1000
            #expect(abs(StandardNormal.quantile(p) + StandardNormal.quantile(1 - p)) <= 1e-15)
            #expect(abs(StandardNormal.cdf(StandardNormal.quantile(p)) - p) <= 2e-16)
        }
    }
}
