import Foundation
import Testing
@testable import Analysis

struct ProfileTests {
    /// ℓ(θ) = −½(θ − μ)ᵀP(θ − μ), a Gaussian log-likelihood with precision P and covariance P⁻¹.
    static func gaussian(mean: [Double], precision: [[Double]]) -> @Sendable ([Double]) -> Double {
        { theta in
            let d = theta.indices.map { theta[$0] - mean[$0] }
            var q = 0.0
            for i in d.indices { for j in d.indices { q += d[i] * precision[i][j] * d[j] } }
            return -0.5 * q
        }
    }

    static let mean = [1.0, -2.0, 0.5]
    static let precision = [[2.0, -0.8, 0.3], [-0.8, 1.0, 0.2], [0.3, 0.2, 4.0]]

    /// With the others re-optimised, the profile of a Gaussian is the marginal: the interval is
    /// μᵢ ± √(2·drop·Σᵢᵢ), ≈ ±1.96σᵢ for drop 1.92.
    @Test func reoptimisedProfileMatchesMarginalInterval() throws {
        let covariance = try #require(DenseMatrix.inverseSymmetricPositiveDefinite(Self.precision))
        let bounds = try Bounds(lower: [-10, -10, -10], upper: [10, 10, 10])
        let result = try ProfileLikelihood.intervals(logLikelihood: Self.gaussian(mean: Self.mean, precision: Self.precision),
                                                     maximum: Self.mean, bounds: bounds)
        for (i, interval) in result.intervals.enumerated() {
            let sigma = covariance[i][i].squareRoot()
            #expect(interval.lowerEnd == .crossing && interval.upperEnd == .crossing)
            #expect(abs((Self.mean[i] - interval.lower) / (1.96 * sigma) - 1) < 1e-3)
            #expect(abs((interval.upper - Self.mean[i]) / (1.96 * sigma) - 1) < 1e-3)
            let exact = (2 * 1.92 * covariance[i][i]).squareRoot()
            #expect(abs((interval.upper - interval.lower) / (2 * exact) - 1) < 2e-4)
        }
        #expect(result.bestValue < 1e-6)
        print("profile (reoptimize, 3 parameters): \(result.evaluations) evaluations")
    }

    /// Others fixed at the maximum: the conditional interval μᵢ ± √(2·drop/Pᵢᵢ).
    @Test func fixedOthersGivesConditionalInterval() throws {
        let bounds = try Bounds(lower: [-10, -10, -10], upper: [10, 10, 10])
        let result = try ProfileLikelihood.intervals(logLikelihood: Self.gaussian(mean: Self.mean, precision: Self.precision),
                                                     maximum: Self.mean, bounds: bounds,
                                                     settings: ProfileSettings(method: .fixedOthers))
        for (i, interval) in result.intervals.enumerated() {
            let half = (2 * 1.92 / Self.precision[i][i]).squareRoot()
            #expect(abs((interval.upper - Self.mean[i]) / half - 1) < 2e-4)
            #expect(abs((Self.mean[i] - interval.lower) / half - 1) < 2e-4)
        }
        #expect(result.evaluations < 100)
    }

    /// The ridge of the (exact) covariance gives the marginal interval at one evaluation per probe.
    @Test func ridgeMatchesMarginalIntervalCheaply() throws {
        let covariance = try #require(DenseMatrix.inverseSymmetricPositiveDefinite(Self.precision))
        let bounds = try Bounds(lower: [-10, -10, -10], upper: [10, 10, 10])
        let result = try ProfileLikelihood.intervals(logLikelihood: Self.gaussian(mean: Self.mean, precision: Self.precision),
                                                     maximum: Self.mean, bounds: bounds, parameters: [2, 0],
                                                     settings: ProfileSettings(method: .ridge, covariance: covariance))
        #expect(result.intervals.map(\.parameter) == [2, 0])
        for interval in result.intervals {
            let half = (2 * 1.92 * covariance[interval.parameter][interval.parameter]).squareRoot()
            #expect(abs((interval.upper - Self.mean[interval.parameter]) / half - 1) < 2e-4)
            #expect(abs((Self.mean[interval.parameter] - interval.lower) / half - 1) < 2e-4)
        }
        #expect(result.evaluations <= 1 + 4 * 4)
        #expect(throws: CalibrationError.dimensionMismatch(what: "covariance (needed by the ridge method)", expected: 3, got: 0)) {
            _ = try ProfileLikelihood.intervals(logLikelihood: { _ in 0 }, maximum: Self.mean, bounds: bounds,
                                                settings: ProfileSettings(method: .ridge))
        }
    }

    /// On a non-Gaussian likelihood (log-normal data of a positive linear model, five log-scale
    /// parameters) the cheap methods bound the true profile from inside: ridge and fixed-others
    /// probes are feasible points of the profile's maximisation, so their deficits are larger.
    /// The ridge of the Hessian covariance comes within 1 % of the re-optimised interval here.
    @Test func cheapMethodsLieInsideTheProfileInterval() throws {
        let n = 5
        var random = Xoshiro256StarStar(seed: 1)
        let a = (0..<(3 * n)).map { _ in (0..<n).map { _ in pow(random.nextUnit(), 3) } }
        let model: @Sendable ([Double]) -> [Double] = { p in a.map { row in zip(row, p).reduce(0.0) { $0 + $1.0 * $1.1 } } }
        let observed = model((0..<n).map { 0.5 + 0.1 * Double($0) }).map { $0 * pow(10, 0.02 * random.nextNormal()) }
        let logLikelihood: @Sendable ([Double]) -> Double = { p in
            (try? Likelihood.logLikelihood(model: model(p), observed: observed, observation: .lognormal(sigma: 0.02))) ?? -.infinity
        }
        let bounds = try Bounds(lower: [Double](repeating: 0.01, count: n), upper: [Double](repeating: 5, count: n),
                                logScale: [Bool](repeating: true, count: n))
        let fit = try Minimizer.minimize(objective: { -logLikelihood($0) }, start: [Double](repeating: 1, count: n), bounds: bounds)
        let covariance = try #require(try ParameterCovariance.estimate(logLikelihood: logLikelihood, maximum: fit.point, bounds: bounds).covariance)
        let profile = try ProfileLikelihood.intervals(logLikelihood: logLikelihood, maximum: fit.point, bounds: bounds)
        let ridge = try ProfileLikelihood.intervals(logLikelihood: logLikelihood, maximum: fit.point, bounds: bounds,
                                                    settings: ProfileSettings(method: .ridge, covariance: covariance))
        let fixed = try ProfileLikelihood.intervals(logLikelihood: logLikelihood, maximum: fit.point, bounds: bounds,
                                                    settings: ProfileSettings(method: .fixedOthers))
        for i in 0..<n {
            let (p, r, f) = (profile.intervals[i], ridge.intervals[i], fixed.intervals[i])
            #expect(p.lowerEnd == .crossing && p.upperEnd == .crossing)
            let slack = 1e-4 * (p.upper - p.lower)
            #expect(r.lower >= p.lower - slack && r.upper <= p.upper + slack)
            #expect(f.lower >= p.lower - slack && f.upper <= p.upper + slack)
            #expect(abs(r.lower / p.lower - 1) < 0.01 && abs(r.upper / p.upper - 1) < 0.01)
        }
        #expect(profile.bestValue - profile.maximum < 1e-6)
        print("profile evaluations, 5 parameters: reoptimize \(profile.evaluations), ridge \(ridge.evaluations), fixed \(fixed.evaluations)")
    }

    /// ℓ = −½((θ − 0.5)/1)² on [0, 10]: the lower side reaches the bound, the upper crosses at
    /// 0.5 + √3.84.
    @Test func boundReachedIsReportedOpen() throws {
        let bounds = try Bounds(lower: [0], upper: [10])
        let result = try ProfileLikelihood.intervals(logLikelihood: { -0.5 * ($0[0] - 0.5) * ($0[0] - 0.5) },
                                                     maximum: [0.5], bounds: bounds)
        let interval = result.intervals[0]
        #expect(interval.lowerReachedBound && interval.lower == 0)
        #expect(!interval.upperReachedBound)
        #expect(abs(interval.upper - (0.5 + 3.84.squareRoot())) < 1e-3)
    }

    /// A bivariate Gaussian with σ = (2, 0.5) and correlation 0.6: the finite-difference Hessian
    /// gives back the covariance.
    @Test func hessianRecoversCorrelation() throws {
        let (s1, s2, rho) = (2.0, 0.5, 0.6)
        let scale = 1 / (1 - rho * rho)
        let precision = [[scale / (s1 * s1), -scale * rho / (s1 * s2)], [-scale * rho / (s1 * s2), scale / (s2 * s2)]]
        let bounds = try Bounds(lower: [-20, -20], upper: [20, 20])
        let estimate = try ParameterCovariance.estimate(logLikelihood: Self.gaussian(mean: [3, -1], precision: precision),
                                                        maximum: [3, -1], bounds: bounds)
        let correlations = try #require(estimate.correlations)
        #expect(abs(correlations[0][1] - rho) < 1e-4)
        #expect(abs(correlations[1][0] - rho) < 1e-4)
        #expect(correlations[0][0] == 1 || abs(correlations[0][0] - 1) < 1e-12)
        let errors = try #require(estimate.standardErrors)
        #expect(abs(errors[0] - s1) < 1e-4 && abs(errors[1] - s2) < 1e-4)
    }

    @Test func saddleGivesNilCorrelations() throws {
        let bounds = try Bounds(lower: [-1, -1], upper: [1, 1])
        let estimate = try ParameterCovariance.estimate(logLikelihood: { $0[0] * $0[0] - $0[1] * $0[1] },
                                                        maximum: [0, 0], bounds: bounds)
        #expect(estimate.covariance == nil && estimate.correlations == nil && estimate.standardErrors == nil)
        #expect(abs(estimate.hessian[0][0] - 2) < 1e-6 && abs(estimate.hessian[1][1] + 2) < 1e-6)
        #expect(throws: CalibrationError.pointOnBound(parameter: 0, value: 1)) {
            _ = try Hessian.centralDifferences(of: { $0[0] }, at: [1, 0], bounds: bounds)
        }
    }

    @Test func choleskyInverse() throws {
        let a = [[4.0, 2, 0.4], [2, 3, 0.5], [0.4, 0.5, 1]]
        let inverse = try #require(DenseMatrix.inverseSymmetricPositiveDefinite(a))
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + a[i][$1] * inverse[$1][j] }
                #expect(abs(product - (i == j ? 1 : 0)) < 1e-12)
            }
        }
        #expect(DenseMatrix.cholesky([[1, 2], [2, 1]]) == nil)
        #expect(DenseMatrix.cholesky([[1, .nan], [.nan, 1]]) == nil)
    }
}

/// A parameter the data do not bound has no usable curvature; its profile then walks along a
/// covariance row made of the prior's half-width, uncorrelated with the rest.
struct UsableCovarianceTests {
    @Test func aRowWithoutCurvatureBecomesThePriorsHalfWidth() throws {
        let bounds = try Bounds(lower: [0, 1, 10], upper: [2, 3, 30])
        let matrix: [[Double]] = [[0.5, 0.1, 0.2], [0.1, -1, 0.3], [0.2, 0.3, .nan]]
        let usable = Calibrator.usableCovariance(matrix, bounds: bounds)
        #expect(usable == [[0.5, 0, 0], [0, 1, 0], [0, 0, 100]])
        #expect(Calibrator.usableCovariance(nil, bounds: bounds) == [[1, 0, 0], [0, 1, 0], [0, 0, 100]])
    }
}
