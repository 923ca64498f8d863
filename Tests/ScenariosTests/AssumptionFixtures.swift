import Dynamics
@testable import Scenarios

/// A small valid assumptions folder; tests replace one file at a time to break it.
enum Fixture {
    static let model = """
    // A one-stock model.
    {
      schema: 1,
      sector: "growth",
      stocks: {
        x: { initial: "x0", inflows: ["growth"], unit: "FLOP", doc: "Compute." },
      },
      flows: {
        growth: { equation: "x * ln(rate)", unit: "FLOP/year", doc: "Growth." },
      },
      auxiliaries: {
        doubled: { equation: "2 * x * curve(time)", unit: "FLOP", doc: "Twice." },
      },
    }
    """

    static let base = """
    {
      schema: 1,
      name: "base",
      time: { start: "2025Q1", end: "2027Q4", step: 0.25, method: "rk4", unit: "year" },
      parameters: {
        x0: { value: 1, unit: "FLOP", source: "a source" },
        rate: { value: 2, low: 1, high: 3, distribution: "uniform", unit: "1/year", source: "judgement: a guess" },
      },
      tables: {
        curve: { x: [2025, 2030], y: [1, 1], unit: "dimensionless" },
      },
    }
    """

    static let files: [String: String] = [
        "model/growth.json5": model,
        "base.json5": base,
        "scenarios/fast.json5": "{ extends: \"base\", description: \"Faster.\", set: { rate: 2.5 } }",
        "scenarios/faster.json5": "{ extends: \"fast\", set: { rate: 2.9 }, events: [{ at: \"2026Q1\", set: { x0: 5 } }] }",
        "report.json5": "{ headline: [\"x\"], milestones: { big: { series: \"x\", above: 10, label: \"Big\" } } }",
    ]

    /// The fixture with `path` replaced by `text` (or removed when nil).
    static func with(_ path: String, _ text: String?) -> AssumptionFiles {
        var files = self.files
        files[path] = text
        return AssumptionFiles(root: "a", files: files)
    }

    static func load(_ files: AssumptionFiles = AssumptionFiles(root: "a", files: Fixture.files)) throws -> Assumptions {
        try Assumptions.load(files)
    }
}

/// Text with a `⏚` marking a position: the text without the marker, and the marker's line:column.
struct Marked {
    let text: String
    let position: String

    init(_ marked: String) {
        var line = 1, column = 1, found = "?"
        var text = ""
        for character in marked {
            if character == "⏚" {
                found = "\(line):\(column)"
                continue
            }
            text.append(character)
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
        self.position = found
    }
}
