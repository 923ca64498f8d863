/// The asymptotic covariance of maximum-likelihood estimates: the inverse of the observed
/// information, Σ = (−H)⁻¹ with H the Hessian of the log-likelihood at the maximum
/// (Pawitan 2001, In All Likelihood, §8.3), and the correlations Σᵢⱼ/√(ΣᵢᵢΣⱼⱼ).
/// When −H is not positive definite (not a maximum, a flat direction, or a non-finite
/// evaluation) the covariance, standard errors and correlations are nil.
public struct ParameterCovariance: Sendable, Equatable {
    /// H, the finite-difference Hessian of the log-likelihood.
    public let hessian: [[Double]]
    /// Σ = (−H)⁻¹, or nil.
    public let covariance: [[Double]]?
    /// √Σᵢᵢ, or nil.
    public let standardErrors: [Double]?
    /// Σᵢⱼ/√(ΣᵢᵢΣⱼⱼ), or nil.
    public let correlations: [[Double]]?

    /// From the Hessian of `logLikelihood` at `maximum` (see `Hessian.centralDifferences`).
    public static func estimate(logLikelihood: @escaping @Sendable ([Double]) -> Double, maximum: [Double],
                                bounds: Bounds, relativeStep: Double = 1e-3) throws(CalibrationError) -> ParameterCovariance {
        let hessian = try Hessian.centralDifferences(of: logLikelihood, at: maximum, bounds: bounds, relativeStep: relativeStep)
        return ParameterCovariance(hessian: hessian)
    }

    /// From a log-likelihood Hessian already at hand.
    public init(hessian: [[Double]]) {
        self.hessian = hessian
        let covariance = DenseMatrix.inverseSymmetricPositiveDefinite(hessian.map { $0.map { -$0 } })
        self.covariance = covariance
        let errors = covariance.map { c in c.indices.map { c[$0][$0].squareRoot() } }
        standardErrors = errors
        if let covariance, let errors {
            correlations = covariance.indices.map { i in covariance.indices.map { j in covariance[i][j] / (errors[i] * errors[j]) } }
        } else {
            correlations = nil
        }
    }
}
