/// Latin-hypercube points in the unit cube (McKay, Beckman & Conover 1979): for k points each
/// coordinate j takes one value in each of the k strata [s/k, (s+1)/k), the strata assigned by
/// an independent Fisher–Yates permutation per coordinate and the position within a stratum
/// uniform. Point p, coordinate j: u = (π_j(p) + U)/k.
enum LatinHypercube {
    static func points(_ k: Int, dimension: Int, generator: inout Xoshiro256StarStar) -> [[Double]] {
        guard k > 0 else { return [] }
        var points = [[Double]](repeating: [Double](repeating: 0, count: dimension), count: k)
        for j in 0..<dimension {
            var strata = Array(0..<k)
            for i in stride(from: k - 1, to: 0, by: -1) { strata.swapAt(i, generator.nextIndex(below: i + 1)) }
            for p in 0..<k { points[p][j] = (Double(strata[p]) + generator.nextUnit()) / Double(k) }
        }
        return points
    }
}
