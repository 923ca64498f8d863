import Scenarios

/// How much one indicator at one quarter moves when each ranged parameter goes from its low to
/// its high, the others held at their values: the data of a tornado chart.
public struct SensitivityResult: Sendable {
    /// One parameter's effect.
    public struct Swing: Sendable {
        public var parameter: String
        public var low: Double
        public var high: Double
        /// The indicator with the parameter at `low`.
        public var valueAtLow: Double
        /// The indicator with the parameter at `high`.
        public var valueAtHigh: Double
        /// True when the parameter's source is a judgement rather than a measurement.
        public var isJudgement: Bool
        /// |valueAtHigh − valueAtLow|.
        public var swing: Double

        public init(parameter: String, low: Double, high: Double, valueAtLow: Double, valueAtHigh: Double, isJudgement: Bool) {
            self.parameter = parameter
            self.low = low
            self.high = high
            self.valueAtLow = valueAtLow
            self.valueAtHigh = valueAtHigh
            self.isJudgement = isJudgement
            swing = abs(valueAtHigh - valueAtLow)
        }
    }

    public var scenario: String
    public var indicator: String
    public var unit: String?
    /// The quarter asked for; the value is read at the saved time nearest its start.
    public var at: Quarter
    /// The indicator with every parameter at its value.
    public var baseValue: Double
    /// Largest swing first; equal swings by parameter name.
    public var swings: [Swing]

    public init(scenario: String, indicator: String, unit: String?, at: Quarter, baseValue: Double, swings: [Swing]) {
        self.scenario = scenario
        self.indicator = indicator
        self.unit = unit
        self.at = at
        self.baseValue = baseValue
        self.swings = swings
    }
}
