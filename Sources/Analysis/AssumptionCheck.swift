import Dynamics
import Scenarios

/// `forecast check`: every scenario (and the backtest) resolved, compiled and run, and the
/// base model's units checked, on top of what loading the assumptions checks.
public struct AssumptionCheck: Sendable {
    /// Errors and warnings, sorted for display.
    public let problems: [Diagnostic]
    public let root: String
    public let variableCount: Int
    public let scenarioCount: Int

    public init(_ assumptions: Assumptions) {
        var problems = assumptions.warnings
        for name in assumptions.scenarioNames + (assumptions.hasBacktest ? ["backtest"] : []) {
            do {
                let compiled = try CompiledScenario(Scenario.resolve(name, in: assumptions))
                if name == "base" { problems += compiled.unitProblems() }
                _ = try compiled.run()
            } catch let list as DiagnosticList {
                problems += list.diagnostics.map { Self.placed($0, name) }
            } catch let diagnostic as Diagnostic {
                problems.append(Self.placed(diagnostic, name))
            } catch {}
        }
        self.problems = DiagnosticList(problems).diagnostics
        root = assumptions.files.root
        variableCount = assumptions.variables.count
        scenarioCount = assumptions.scenarioNames.count
    }

    public var errorCount: Int { problems.filter(\.isError).count }
    public var warningCount: Int { problems.count - errorCount }

    /// `assumptions: 168 variables, 8 scenarios; 0 errors, 2 warnings`.
    public var summary: String {
        "\(root): \(variableCount) variables, \(scenarioCount) scenarios; "
            + "\(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
    }

    /// A problem without a file position says which scenario it came from.
    private static func placed(_ diagnostic: Diagnostic, _ scenario: String) -> Diagnostic {
        diagnostic.location == nil ? diagnostic.inContext(.scenario(scenario)) : diagnostic
    }
}
