import Dynamics
import Scenarios

/// A small market model with one parameter of each distribution, one fixed, one unused, and
/// milestones; tests swap its numbers to make the cases they need.
enum AnalysisFixture {
    static let model = """
    {
      schema: 1,
      sector: "market",
      stocks: {
        cost: { initial: "cost_start", inflows: ["cost_growth"], unit: "$", doc: "Frontier training cost." },
      },
      flows: {
        cost_growth: { equation: "cost * ln(growth) * damping", unit: "$/year", doc: "Growth of the cost." },
      },
      auxiliaries: {
        revenue: { equation: "cost * margin * spread + floor", unit: "$", doc: "Revenue." },
      },
    }
    """

    static let parameters = """
        cost_start: { value: 1e8, low: 5e7, high: 4e8, distribution: "lognormal", unit: "$", source: "a source" },
        growth: { value: 2, low: 1.5, high: 3, distribution: "triangular", unit: "1/year", source: "judgement: a guess" },
        damping: { value: 1, low: 0.9, high: 1.1, distribution: "normal", unit: "dimensionless", source: "a source" },
        margin: { value: 0.5, low: 0.2, high: 0.8, distribution: "uniform", unit: "dimensionless", source: "a source" },
        spread: { value: 1, low: 0.5, high: 2, unit: "dimensionless", source: "judgement: symmetric enough" },
        floor: { value: 1, unit: "$", source: "a source" },
        unused_knob: { value: 1, low: 0, high: 2, distribution: "uniform", unit: "dimensionless", source: "a source" },
    """

    static func base(_ parameters: String = parameters) -> String {
        """
        {
          schema: 1,
          name: "base",
          time: { start: "2025Q1", end: "2030Q4", step: 0.25, method: "rk4", unit: "year" },
          parameters: {
        \(parameters)
          },
        }
        """
    }

    static let report = """
    { headline: ["cost", "revenue"],
      milestones: {
        billion: { series: "cost", above: 1e9, label: "First $1B run" },
        never: { series: "cost", above: 1e30, label: "Out of reach" },
      } }
    """

    static func files(parameters: String = parameters, extraModel: String? = nil) -> AssumptionFiles {
        var files = ["model/market.json5": model, "base.json5": base(parameters), "report.json5": report,
                     "scenarios/slow.json5": "{ extends: \"base\", set: { growth: 1.6 }, events: [{ at: \"2027Q1\", set: { margin: 0.3 } }] }"]
        if let extraModel { files["model/extra.json5"] = extraModel }
        return AssumptionFiles(root: "fixture", files: files)
    }

    static func assumptions(parameters: String = parameters, extraModel: String? = nil) throws -> Assumptions {
        try Assumptions.load(files(parameters: parameters, extraModel: extraModel))
    }

    static func compiled(_ scenario: String = "base", parameters: String = parameters, extraModel: String? = nil) throws -> CompiledScenario {
        try CompiledScenario(Scenario.resolve(scenario, in: assumptions(parameters: parameters, extraModel: extraModel)).scenario)
    }

    /// Every range collapsed onto the value.
    static let collapsedParameters = """
        cost_start: { value: 1e8, low: 1e8, high: 1e8, distribution: "lognormal", unit: "$", source: "a source" },
        growth: { value: 2, low: 2, high: 2, distribution: "triangular", unit: "1/year", source: "judgement: a guess" },
        damping: { value: 1, low: 1, high: 1, distribution: "normal", unit: "dimensionless", source: "a source" },
        margin: { value: 0.5, low: 0.5, high: 0.5, distribution: "uniform", unit: "dimensionless", source: "a source" },
        spread: { value: 1, low: 1, high: 1, unit: "dimensionless", source: "judgement: symmetric enough" },
        floor: { value: 1, unit: "$", source: "a source" },
        unused_knob: { value: 1, low: 1, high: 1, distribution: "uniform", unit: "dimensionless", source: "a source" },
    """

    /// A model part that stops the run (square root of a negative number) when `fragile` < 0,
    /// which a uniform on [−1, 3] draws a quarter of the time.
    static let fragileModel = """
    {
      schema: 1,
      sector: "fragile",
      auxiliaries: {
        risky: { equation: "sqrt(fragile)", unit: "dimensionless", doc: "Fails below zero." },
      },
    }
    """
    static let fragileParameters = parameters + """
        fragile: { value: 1, low: -1, high: 3, distribution: "uniform", unit: "dimensionless", source: "a source" },
    """
}

extension AnalysisFixture {
    /// A model part with noise of its own: a standard normal draw each step.
    static let noisyModel = """
    {
      schema: 1,
      sector: "noisy",
      auxiliaries: {
        noise: { equation: "normal(0, 1)", unit: "dimensionless", doc: "A new draw each step." },
      },
    }
    """
}
