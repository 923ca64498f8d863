/// Settings of the Nelder–Mead minimiser. Lengths are in the unit cube of `Bounds`, so one value
/// suits parameters of any scale.
public struct MinimizerSettings: Sendable, Equatable {
    /// Edge of the initial simplex, and of each restart's simplex, in the unit cube.
    public var initialStep: Double
    /// A cycle stops when every vertex is within this distance (max norm, unit cube) of the best…
    public var xTolerance: Double
    /// …and the values at the vertices differ by at most fTolerance·(1 + |best|).
    public var fTolerance: Double
    /// Hard budget of objective evaluations over all cycles.
    public var maxEvaluations: Int
    /// Fresh simplices built at the best point after a cycle converges. The run stops (converged)
    /// when a restart fails to improve the best value by more than the f tolerance.
    public var maxRestarts: Int

    public init(initialStep: Double = 0.1, xTolerance: Double = 1e-7, fTolerance: Double = 1e-10,
                maxEvaluations: Int = 50_000, maxRestarts: Int = 8) {
        self.initialStep = initialStep
        self.xTolerance = xTolerance
        self.fTolerance = fTolerance
        self.maxEvaluations = maxEvaluations
        self.maxRestarts = maxRestarts
    }

    func validate() throws(CalibrationError) {
        guard initialStep > 0, initialStep <= 1 else { throw .invalidSetting(name: "initialStep", value: initialStep) }
        guard xTolerance >= 0, xTolerance.isFinite else { throw .invalidSetting(name: "xTolerance", value: xTolerance) }
        guard fTolerance >= 0, fTolerance.isFinite else { throw .invalidSetting(name: "fTolerance", value: fTolerance) }
        guard maxEvaluations >= 1 else { throw .invalidSetting(name: "maxEvaluations", value: Double(maxEvaluations)) }
        guard maxRestarts >= 0 else { throw .invalidSetting(name: "maxRestarts", value: Double(maxRestarts)) }
    }
}
