import Foundation
import Testing
@testable import Analysis

struct FitTests {
    // Hand-computed: m = (1, 2, 3, 4), a = (2, 2, 4, 5). m − a = (−1, 0, −1, −1), MSE = 3/4.
    // m̄ = 2.5, ā = 3.25, S_m² = 1.25, S_a² = 1.6875, cov = 1.375.
    // (m̄ − ā)² = 0.5625 → U^M = 0.75; (S_m − S_a)² = 0.0327624… → U^S = 0.0436833;
    // 2(S_mS_a − cov) = 0.1547375… → U^C = 0.2063167. U₁ = √0.75/(√7.5 + √12.25) = 0.1388170.
    // R² = 1 − 3/6.75 = 5/9, RMSE = √0.75, MAPE = (50 + 0 + 25 + 20)/4 = 23.75 %.
    let model = [1.0, 2, 3, 4]
    let observed = [2.0, 2, 4, 5]

    @Test func theilDecompositionMatchesHandComputation() throws {
        let theil = try TheilStatistics.compute(model: model, observed: observed)
        #expect(theil.meanSquareError == 0.75)
        let (um, us, uc) = (try #require(theil.biasShare), try #require(theil.unequalVariationShare),
                            try #require(theil.unequalCovariationShare))
        #expect(abs(um - 0.75) < 1e-12)
        #expect(abs(us - 0.043683320459249775) < 1e-12)
        #expect(abs(uc - 0.20631667954075064) < 1e-12)
        #expect(abs(um + us + uc - 1) < 1e-15)
        #expect(abs(try #require(theil.inequalityCoefficient) - 0.1388169827619475) < 1e-12)
    }

    @Test func theilSharesSumToOneOnArbitrarySeries() throws {
        var random = Xoshiro256StarStar(seed: 9)
        for _ in 0..<20 {
            let a = (0..<30).map { _ in random.nextNormal() * 3 + 10 }
            let m = a.map { $0 * 0.8 + 1.5 + random.nextNormal() }
            let theil = try TheilStatistics.compute(model: m, observed: a)
            let sum = try #require(theil.biasShare) + #require(theil.unequalVariationShare) + #require(theil.unequalCovariationShare)
            #expect(abs(sum - 1) < 1e-12)
        }
        // A perfect fit has no error to share.
        let perfect = try TheilStatistics.compute(model: [1, 2], observed: [1, 2])
        #expect(perfect.biasShare == nil && perfect.inequalityCoefficient == 0)
    }

    @Test func fitStatisticsMatchHandComputation() throws {
        let fit = try FitStatistics.compute(model: model, observed: observed)
        #expect(abs(fit.rootMeanSquareError - 0.75.squareRoot()) < 1e-15)
        #expect(abs(try #require(fit.rSquared) - 5.0 / 9.0) < 1e-15)
        #expect(abs(try #require(fit.meanAbsolutePercentageError) - 23.75) < 1e-12)
        #expect(abs(try #require(fit.correlation) - 0.9467292624062573) < 1e-12)
        #expect(abs(try #require(fit.meanAbsoluteLog10Error) - 0.1307196863200844) < 1e-12)
        // In log10 space: model 10× the observations throughout is an RMSE of exactly 1.
        let logFit = try FitStatistics.compute(model: [10, 100, 1000], observed: [1, 10, 100], log10: true)
        #expect(abs(logFit.rootMeanSquareError - 1) < 1e-12)
        #expect(abs(try #require(logFit.meanAbsoluteLog10Error) - 1) < 1e-12)
        #expect(abs(try #require(logFit.theil.biasShare) - 1) < 1e-12)
        #expect(throws: CalibrationError.nonPositiveValue(what: "observed", index: 1, value: 0)) {
            _ = try FitStatistics.compute(model: [1, 2], observed: [1, 0], log10: true)
        }
        #expect(throws: CalibrationError.dimensionMismatch(what: "model", expected: 2, got: 1)) {
            _ = try FitStatistics.compute(model: [1], observed: [1, 2])
        }
    }

    @Test func observationModels() throws {
        // Floor: no penalty at or above the floor; Gaussian in log10 below it.
        let floor = FloorObservation(sigma: 0.1)
        #expect(floor.logLikelihood(model: 100, observed: 100) == 0)
        #expect(floor.logLikelihood(model: 1e6, observed: 100) == 0)
        #expect(abs(floor.logLikelihood(model: 10, observed: 100) - (-0.5 * 100)) < 1e-12)
        #expect(floor.logLikelihood(model: -1, observed: 100) == -.infinity)
        // Ceiling: the mirror of the floor.
        let ceiling = CeilingObservation(sigma: 0.1)
        #expect(ceiling.logLikelihood(model: 100, observed: 100) == 0)
        #expect(ceiling.logLikelihood(model: 1, observed: 100) == 0)
        #expect(abs(ceiling.logLikelihood(model: 1000, observed: 100) - (-0.5 * 100)) < 1e-12)
        #expect(ceiling.logLikelihood(model: 0, observed: 100) == -.infinity)
        // Range: flat inside, tails outside.
        let range = RangeObservation(low: 10, high: 1000, sigma: 0.5)
        #expect(range.logLikelihood(model: 10) == 0 && range.logLikelihood(model: 500) == 0)
        #expect(abs(range.logLikelihood(model: 1) - (-0.5 * 4)) < 1e-12)
        #expect(abs(range.logLikelihood(model: 1e5) - (-0.5 * 16)) < 1e-12)
        // Lognormal: the Gaussian density of log10 a.
        let lognormal = LognormalObservation(sigma: 0.2)
        let expected = -0.5 * 0.25 - log(0.2 * (2 * Double.pi).squareRoot())
        #expect(abs(lognormal.logLikelihood(model: 10 * pow(10, 0.1), observed: 10) - expected) < 1e-12)
        #expect(lognormal.logLikelihood(model: .nan, observed: 10) == -.infinity)
        // The series form sums.
        let total = try Likelihood.logLikelihood(model: [200, 50], observed: [100, 100], observation: .floor(sigma: 0.1))
        #expect(abs(total - (-0.5 * pow(log10(2.0) / 0.1, 2))) < 1e-12)
    }

    @Test func profiledSigma() throws {
        let observed = [1.0, 10, 100, 1000]
        let model = zip(observed, [0.1, -0.1, 0.2, -0.2]).map { $0 * pow(10, $1) }
        let (logLikelihood, sigma) = try Likelihood.profiledLognormal(model: model, observed: observed)
        #expect(abs(sigma - (0.1 / 4.0).squareRoot()) < 1e-12)
        // At σ̂ the profiled value equals the full likelihood there, and beats any other σ.
        let atSigma = try Likelihood.logLikelihood(model: model, observed: observed, observation: .lognormal(sigma: sigma))
        #expect(abs(logLikelihood - atSigma) < 1e-10)
        for other in [sigma * 0.9, sigma * 1.1] {
            #expect(try Likelihood.logLikelihood(model: model, observed: observed, observation: .lognormal(sigma: other)) < logLikelihood)
        }
    }
}
