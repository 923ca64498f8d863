/// One parameter's likelihood-profile interval.
public struct ProfileInterval: Sendable, Equatable {
    /// How one side of the interval ended.
    public enum End: Sendable, Equatable {
        /// The profile fell by `drop`; the end is that crossing.
        case crossing
        /// The bound was reached before the profile fell by `drop`: the interval is open there.
        case reachedBound
        /// `maxProbes` ran out first; the end is the last probe, and the interval is wider.
        case probeLimit
    }

    public let parameter: Int
    /// The parameter's value at the maximum.
    public let estimate: Double
    public let lower: Double
    public let upper: Double
    public let lowerEnd: End
    public let upperEnd: End
    /// Log-likelihood evaluations spent on this parameter (both sides).
    public let evaluations: Int

    public var lowerReachedBound: Bool { lowerEnd == .reachedBound }
    public var upperReachedBound: Bool { upperEnd == .reachedBound }
}

/// The profile intervals of every parameter.
public struct ProfileResult: Sendable, Equatable {
    /// The log-likelihood at the given maximum.
    public let maximum: Double
    public let intervals: [ProfileInterval]
    /// The highest log-likelihood met while profiling, and where. Above `maximum` (by more than
    /// the crossing tolerance) means the given point was not the maximum: refit from here.
    public let bestValue: Double
    public let bestPoint: [Double]
    /// Evaluations over all parameters, including the one at the maximum.
    public let evaluations: Int
}
