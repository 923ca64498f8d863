import Dynamics
import Foundation

/// Reads overrides written as one JSON object of `name: number` (`--stdin`, a batch line),
/// each with the position of its key, so every later problem with it is located.
public enum OverrideReader {
    /// The overrides of one object, and its `"scenario"` (with where its value is written)
    /// when `allowScenario` is set.
    ///
    /// - Parameters:
    ///   - origin: how messages name the input: `--stdin`, `line 3 of stdin`.
    ///   - file: how locations name it: `<stdin>`, `<stdin line 3>`.
    public static func read(_ data: Data, origin: String, file: String, allowScenario: Bool = false)
        throws(DiagnosticList) -> (overrides: [Override], scenario: String?, scenarioLocation: SourceLocation?) {
        let value: JSONValue
        do {
            value = try JSON5Reader.parse(data, file: file)
        } catch {
            throw DiagnosticList([error])
        }
        guard let members = value.members else {
            throw DiagnosticList([Diagnostic(.error, ResolutionProblem.overridesNotAnObject(origin: origin, found: value.typeName),
                                             at: SourceLocation(file: file, position: value.position))])
        }
        var overrides: [Override] = [], scenario: String?, scenarioLocation: SourceLocation?, problems: [Diagnostic] = []
        for member in members {
            let key = SourceLocation(file: file, position: member.keyPosition)
            if allowScenario, member.key == "scenario" {
                guard let name = member.value.string else {
                    problems.append(Diagnostic(.error, ResolutionProblem.scenarioNotAString,
                                               at: SourceLocation(file: file, position: member.value.position)))
                    continue
                }
                scenario = name
                scenarioLocation = SourceLocation(file: file, position: member.value.position)
                continue
            }
            guard let number = member.value.number, number.isFinite else {
                problems.append(Diagnostic(.error, ResolutionProblem.overrideNotANumber(member.key, origin: origin, found: member.value.typeName),
                                           at: SourceLocation(file: file, position: member.value.position)))
                continue
            }
            overrides.append(Override(name: member.key, value: number, origin: origin, location: key))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return (overrides, scenario, scenarioLocation)
    }
}
