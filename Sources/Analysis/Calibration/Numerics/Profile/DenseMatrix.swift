/// The little dense linear algebra the calibration needs, on row-major `[[Double]]` matrices.
enum DenseMatrix {
    /// The Cholesky factor L (lower triangular, A = L·Lᵀ) of a symmetric matrix, by the
    /// Cholesky–Banachiewicz recurrence L_jj = √(A_jj − Σ_{k<j} L_jk²),
    /// L_ij = (A_ij − Σ_{k<j} L_ik·L_jk)/L_jj (Golub & Van Loan 2013, Algorithm 4.2.1).
    /// Only the lower triangle of A is read. Nil when A is not (numerically) positive definite
    /// or holds a non-finite value.
    static func cholesky(_ a: [[Double]]) -> [[Double]]? {
        let n = a.count
        var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            guard a[i].count == n else { return nil }
            for j in 0...i {
                var sum = a[i][j]
                for k in 0..<j { sum -= l[i][k] * l[j][k] }
                if i == j {
                    guard sum > 0, sum.isFinite else { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                    guard l[i][j].isFinite else { return nil }
                }
            }
        }
        return l
    }

    /// A⁻¹ of a symmetric positive-definite A, as (L⁻¹)ᵀ·L⁻¹ from its Cholesky factor; L⁻¹ by
    /// forward substitution. Nil when A is not positive definite.
    static func inverseSymmetricPositiveDefinite(_ a: [[Double]]) -> [[Double]]? {
        guard let l = cholesky(a) else { return nil }
        let n = a.count
        var inverseL = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for j in 0..<n {
            inverseL[j][j] = 1 / l[j][j]
            for i in (j + 1)..<max(n, j + 1) {
                var sum = 0.0
                for k in j..<i { sum -= l[i][k] * inverseL[k][j] }
                inverseL[i][j] = sum / l[i][i]
            }
        }
        var inverse = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = 0.0
                for k in i..<n { sum += inverseL[k][i] * inverseL[k][j] }
                (inverse[i][j], inverse[j][i]) = (sum, sum)
            }
        }
        return inverse
    }
}
