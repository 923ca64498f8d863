import Analysis
import Dynamics
import Foundation
import Scenarios
import XMILE

/// The promises for inputs given to the libraries in-process: every problem a file input
/// causes is a diagnostic placed in that file (or, for a few folder-level problems, named for
/// the folder); nothing traps. Work is bounded: runs longer than `workLimit` steps × variables
/// are checked for what loading reports, not run.
public struct LibraryChecks: Sendable {
    /// The tests' small assumptions, loaded, which override inputs are checked against.
    let fixture: Assumptions
    let fixtureScenarios: [String: CompiledScenario]
    public var workLimit = 2_000_000

    public init(corpus: Corpus) throws {
        let folder = corpus.folders.first { $0.name == "fixture" }!.files
        fixture = try Assumptions.load(AssumptionFiles(root: "fixture", files: folder.mapValues { String(decoding: $0, as: UTF8.self) }))
        var scenarios: [String: CompiledScenario] = [:]
        for name in fixture.scenarioNames { scenarios[name] = try CompiledScenario(Scenario.resolve(name, in: fixture)) }
        fixtureScenarios = scenarios
    }

    /// What is wrong with how `input` was handled: an empty list when every promise held.
    public func check(_ input: FuzzInput) -> [String] {
        switch input.target {
        case .json5: return json5(input.bytes)
        case .expression: return expression(input.bytes)
        case .assumptions: return assumptions(input.files)
        case .overrides: return input.isBatch ? batch(input.bytes) : stdin(input.bytes)
        case .xmile: return xmile(input.bytes)
        case .commandLine: return []
        }
    }

    // MARK: - Targets

    func json5(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try JSON5Reader.parse(bytes, file: "input.json5")
            return []
        } catch {
            return Self.unplaced([error], in: ["input.json5"])
        }
    }

    func expression(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var found: [String] = []
        var parsed: Dynamics.Expression?
        for dialect in [Parser.Dialect.forecast, .xmile] {
            do {
                let expression = try Parser.parse(text, dialect: dialect)
                if dialect == .forecast { parsed = expression }
            } catch {
                if error.position.line < 1 || error.position.column < 1 { found.append("parse error at \(error.position)") }
            }
        }
        found += compiled(text, declaring: [])
        // Again with every other name it reads declared, so that it compiles and runs.
        let known: Set<String> = ["x", "growth", "y", "x0", "rate", "curve", "time", "dt"]
        let others = Set((parsed?.references() ?? []).map(\.name)).subtracting(known).sorted()
        if !others.isEmpty { found += compiled(text, declaring: others) }
        return found
    }

    /// The equation as `y` in a small model (a stock, its flow, two parameters, a table, and a
    /// parameter for each of `names`), compiled, unit-checked and run.
    func compiled(_ text: String, declaring names: [String]) -> [String] {
        var found: [String] = []
        let file = "model.json5"
        func variable(_ variable: Variable, line: Int) -> Variable {
            var placed = variable
            placed.origin = SourceLocation(file: file, line: line, column: 5)
            placed.equation.origin = SourceLocation(file: file, line: line, column: 20)
            return placed
        }
        let variables = [
            variable(.stock("x", initial: "x0", inflows: ["growth"], unit: "FLOP"), line: 1),
            variable(.flow("growth", "x * ln(rate)", unit: "FLOP/year"), line: 2),
            variable(.auxiliary("y", Equation(text), unit: "FLOP"), line: 3),
        ]
        let parameters = [Parameter(name: "x0", value: 1e25, unit: "FLOP", origin: SourceLocation(file: file, line: 4, column: 5)),
                          Parameter(name: "rate", value: 2, unit: "1/year", origin: SourceLocation(file: file, line: 5, column: 5))]
            + names.enumerated().map { Parameter(name: $1, value: 1.5, unit: "dimensionless", origin: SourceLocation(file: file, line: 7 + $0, column: 5)) }
        let tables = [Table(name: "curve", xs: [2025, 2030], ys: [1, 2], origin: SourceLocation(file: file, line: 6, column: 5))]
        do {
            let model = try Compiler.compile(ModelDefinition(variables: variables, parameters: parameters, tables: tables))
            let units = Dictionary(parameters.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a })
            found += Self.unplaced(UnitChecker.check(model.equations, parameterUnits: units, tableUnits: ["curve": nil]), in: [file])
            do {
                _ = try model.run(RunSettings(start: 2025, stop: 2027, dt: 0.25))
            } catch {
                found += Self.unplaced([error], in: [file])
            }
        } catch {
            found += Self.unplaced(error.diagnostics, in: [file])
        }
        return found
    }

    func assumptions(_ folder: Corpus.Folder) -> [String] {
        let files = AssumptionFiles(root: "input", files: folder.mapValues { String(decoding: $0, as: UTF8.self) })
        let paths = Set(folder.keys.map { "input/\($0)" })
        let assumptions: Assumptions
        do {
            assumptions = try Assumptions.load(files)
        } catch {
            return Self.unplaced(error.diagnostics, in: paths)
        }
        var found = Self.unplaced(assumptions.warnings, in: paths)
        guard isSmall(assumptions) else { return found }
        found += Self.unplaced(AssumptionCheck(assumptions).problems, in: paths)
        for name in assumptions.scenarioNames.prefix(3) {
            // What `explain` shows, for each visible variable.
            guard let compiled = try? CompiledScenario(Scenario.resolve(name, in: assumptions)) else { continue }
            for column in compiled.model.columns.prefix(20) {
                _ = try? Explanation(column.name, in: compiled, depth: 3)
            }
        }
        return found
    }

    /// Whether every scenario's run is within `workLimit` steps × variables.
    func isSmall(_ assumptions: Assumptions) -> Bool {
        for name in assumptions.scenarioNames + (assumptions.hasBacktest ? ["backtest"] : []) {
            guard let scenario = try? Scenario.resolve(name, in: assumptions) else { continue }
            if scenario.settings.stepCount * max(1, assumptions.variables.count) > workLimit { return false }
        }
        return true
    }

    func stdin(_ bytes: [UInt8]) -> [String] {
        let base = fixtureScenarios["base"]!
        do {
            let overrides = try OverrideReader.read(Data(bytes), origin: "--stdin", file: "<stdin>").overrides
            let problems = base.validate(overrides)
            var found = Self.unplaced(problems, in: ["<stdin>"])
            if !problems.contains(where: \.isError) {
                do {
                    _ = try base.run(parameterValues: base.parameterValues(overrides))
                } catch {
                    found += Self.unplaced([error], in: ["fixture/model/growth.json5", "fixture/base.json5"])
                }
            }
            return found
        } catch {
            return Self.unplaced(error.diagnostics, in: ["<stdin>"])
        }
    }

    /// Batch lines, as `forecast run --batch` reads and runs them.
    func batch(_ bytes: [UInt8]) -> [String] {
        var lines: [BatchLine] = [], scenarios: [String: Result<BatchRunner.Prepared, DiagnosticList>] = [:]
        var files: Set<String> = ["fixture/model/growth.json5", "fixture/base.json5"]
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            let number = index + 1
            files.insert("<stdin line \(number)>")
            do {
                let (overrides, scenario, location) = try OverrideReader.read(Data(text.utf8), origin: "line \(number) of stdin",
                                                                             file: "<stdin line \(number)>", allowScenario: true)
                let name = scenario ?? "base"
                if scenarios[name] == nil {
                    if let compiled = fixtureScenarios[name] {
                        scenarios[name] = .success(.init(compiled: compiled, names: ["x"]))
                    } else {
                        do {
                            scenarios[name] = .success(.init(compiled: try CompiledScenario(Scenario.resolve(name, in: fixture)), names: ["x"]))
                        } catch {
                            scenarios[name] = .failure(error)
                        }
                    }
                }
                lines.append(BatchLine(number: number, request: .success(.init(scenario: name, overrides: overrides, scenarioLocation: location))))
            } catch {
                lines.append(BatchLine(number: number, request: .failure(error)))
            }
        }
        var found: [String] = []
        BatchRunner(scenarios: scenarios, common: [], sampling: .quarter, from: nil, to: nil, milestones: []).run(lines) { results in
            for result in results {
                if case .failure(let problems) = result.outcome { found += Self.unplaced(problems.diagnostics, in: files) }
            }
        }
        return found
    }

    func xmile(_ bytes: [UInt8]) -> [String] {
        let file = "input.xmile"
        do {
            let model = try XMILEImporter.parse(Data(bytes), file: file)
            var found = Self.unplaced(model.warnings, in: [file])
            guard model.settings.stepCount * max(1, model.definition.variables.count) <= workLimit else { return found }
            do {
                _ = try XMILESimulator.simulate(model)
            } catch {
                found += Self.unplaced(error.diagnostics, in: [file])
            }
            return found
        } catch {
            return Self.unplaced(error.diagnostics, in: [file])
        }
    }

    // MARK: - Places

    /// The diagnostics not placed in one of `files`, as printed. A folder without a model or
    /// without base.json5 has no file to point at, and names the folder instead.
    static func unplaced(_ diagnostics: [Diagnostic], in files: Set<String>) -> [String] {
        diagnostics.filter { diagnostic in
            if let file = diagnostic.location?.file, files.contains(file), diagnostic.location!.position.line >= 1,
               diagnostic.location!.position.column >= 1 { return false }
            if diagnostic.location == nil, let problem = diagnostic.underlyingProblem as? AssumptionProblem {
                switch problem {
                case .noModelFiles, .noBase: return false
                default: break
                }
            }
            return true
        }.map { "not placed in the input: \($0)" }
    }
}
