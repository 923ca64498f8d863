/// The outcome of one minimisation.
public struct MinimizationResult: Sendable, Equatable {
    /// The best point found, in parameter units (inside the bounds).
    public let point: [Double]
    /// The objective there (+∞ if no evaluation was finite).
    public let value: Double
    /// Objective evaluations used.
    public let evaluations: Int
    /// Nelder–Mead iterations over all cycles.
    public let iterations: Int
    /// Restarts performed after the first cycle.
    public let restarts: Int
    /// True when a cycle met both tolerances and the following restart found no improvement;
    /// false when the evaluation budget or the restart limit ended the run first.
    public let converged: Bool
}
