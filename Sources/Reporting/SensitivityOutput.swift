import Analysis
import Dynamics
import Scenarios

/// Renders one-at-a-time sensitivity: the `forecast.sensitivity/1` JSON object, or a ranked
/// terminal table of swings.
public enum SensitivityOutput {
    /// `forecast.sensitivity/1`.
    public static func json(_ result: SensitivityResult, scenario: Scenario, warnings: [Diagnostic]) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value) }
        func string(_ text: String?) -> JSONValue { text.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
        func number(_ x: Double) -> JSONValue { JSONValue(.number(x)) }
        let swings = result.swings.map { swing in
            JSONValue(.object([
                member("parameter", string(swing.parameter)), member("unit", string(scenario.parameter(swing.parameter)?.unit)),
                member("low", number(swing.low)), member("high", number(swing.high)),
                member("value_at_low", number(swing.valueAtLow)), member("value_at_high", number(swing.valueAtHigh)),
                member("swing", number(swing.swing)), member("judgement", JSONValue(.bool(swing.isJudgement))),
            ]))
        }
        return JSONValue(.object([
            member("schema", string("forecast.sensitivity/1")),
            member("scenario", string(result.scenario)),
            member("indicator", string(result.indicator)),
            member("unit", string(result.unit)),
            member("at", string(result.at.label)),
            member("base_value", number(result.baseValue)),
            member("swings", JSONValue(.array(swings))),
            member("warnings", JSONValue(.array(warnings.map { string($0.entryText) }))),
        ]))
    }

    public static func table(_ result: SensitivityResult, scenario: Scenario) -> String {
        var text = "sensitivity of \(result.indicator)" + (result.unit.map { " [\($0)]" } ?? "")
        text += " at \(result.at), scenario \(result.scenario); money in 2023 US$"
        text = TextColumns.paragraph(text) + "\n"
        text += TextColumns.paragraph("base value \(ValueFormatter.format(result.baseValue, unit: result.unit)); each parameter moved alone from its low to its high") + "\n\n"
        guard !result.swings.isEmpty else { return text + "no parameter has a range (low and high) to move\n" }
        let header = ["low", "high", "at low", "at high", "swing"]
        let rows = result.swings.map { swing in
            let unit = scenario.parameter(swing.parameter)?.unit
            return (swing.parameter + (swing.isJudgement ? " *" : ""),
                    [ValueFormatter.format(swing.low, unit: unit), ValueFormatter.format(swing.high, unit: unit),
                     ValueFormatter.format(swing.valueAtLow, unit: result.unit), ValueFormatter.format(swing.valueAtHigh, unit: result.unit),
                     ValueFormatter.format(swing.swing, unit: result.unit)])
        }
        text += TextColumns(header: ["parameter"] + header, rows: rows.map { [$0.0] + $0.1 }).render()
        if result.swings.contains(where: \.isJudgement) {
            text += "\n* the range is a judgement, not a measurement\n"
        }
        return text
    }
}
