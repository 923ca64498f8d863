/// The Hessian of a function by central finite differences (Abramowitz & Stegun 25.3.23–26):
///
///     H_ii = (f(x + hᵢeᵢ) − 2f(x) + f(x − hᵢeᵢ)) / hᵢ²
///     H_ij = (f(x + hᵢeᵢ + hⱼeⱼ) − f(x + hᵢeᵢ − hⱼeⱼ) − f(x − hᵢeᵢ + hⱼeⱼ) + f(x − hᵢeᵢ − hⱼeⱼ)) / (4hᵢhⱼ)
///
/// exact for quadratics up to rounding, O(h²) otherwise. The step is
/// hᵢ = relativeStep·(upperᵢ − lowerᵢ) for a linear parameter and relativeStep·xᵢ for a
/// log-scale one, shortened to the distance to the nearer bound. 2n² + 1 evaluations, made in
/// parallel and combined in index order.
public enum Hessian {
    public static func centralDifferences(of function: @escaping @Sendable ([Double]) -> Double, at x: [Double],
                                          bounds: Bounds, relativeStep: Double = 1e-3) throws(CalibrationError) -> [[Double]] {
        try bounds.check(x, what: "point")
        guard relativeStep > 0, relativeStep < 0.5 else { throw .invalidSetting(name: "relativeStep", value: relativeStep) }
        let n = x.count
        var h = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let scale = bounds.logScale[i] ? x[i] : bounds.upper[i] - bounds.lower[i]
            h[i] = min(relativeStep * scale, x[i] - bounds.lower[i], bounds.upper[i] - x[i])
            guard h[i] > 0 else { throw .pointOnBound(parameter: i, value: x[i]) }
        }
        // Points: the centre, then x ± hᵢeᵢ, then the four corners of each pair i < j.
        var offsets: [[(Int, Double)]] = [[]]
        for i in 0..<n { offsets += [[(i, h[i])], [(i, -h[i])]] }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                for (si, sj) in [(1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0)] {
                    offsets.append([(i, si * h[i]), (j, sj * h[j])])
                }
            }
        }
        let points = offsets.map { moves in moves.reduce(into: x) { $0[$1.0] += $1.1 } }
        let f = Parallel.map(points.count) { function(points[$0]) }
        var hessian = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var corner = 1 + 2 * n
        for i in 0..<n {
            hessian[i][i] = (f[1 + 2 * i] - 2 * f[0] + f[2 + 2 * i]) / (h[i] * h[i])
            for j in (i + 1)..<max(n, i + 1) {
                let value = (f[corner] - f[corner + 1] - f[corner + 2] + f[corner + 3]) / (4 * h[i] * h[j])
                (hessian[i][j], hessian[j][i]) = (value, value)
                corner += 4
            }
        }
        return hessian
    }
}
