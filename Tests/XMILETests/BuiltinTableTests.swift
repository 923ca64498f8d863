import Foundation
import Testing
import Dynamics
@testable import XMILE

/// The table of builtins is the one place each builtin is spelled: the README shows it as
/// generated, and XMILE import and export agree with it.
struct BuiltinTableTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")
    static let begin = "<!-- builtins:begin -->\n"
    static let end = "<!-- builtins:end -->"

    @Test func readmeShowsTheGeneratedTable() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin)), stop = try #require(text.range(of: Self.end))
        let shown = String(text[start.upperBound..<stop.lowerBound])
        let generated = BuiltinSpecification.markdownTable()
        if shown != generated, ProcessInfo.processInfo.environment["UPDATE_README_BUILTINS"] == "1" {
            let updated = text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated)
            try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(shown == generated, "README.md's table of builtins is stale; run: UPDATE_README_BUILTINS=1 swift test --filter BuiltinTable")
    }

    @Test func everyXMILENameOfABuiltinImportsToIt() {
        for builtin in Builtin.allCases {
            for alias in builtin.specification.xmile {
                let function = XMILEFunction.all[alias.name]
                #expect(function != nil, "\(alias.name)")
                switch function?.translation {
                case .builtin(let target), .ordered(let target): #expect(target == builtin, "\(alias.name)")
                case .trend: #expect(builtin == .trend)
                case .forecast: #expect(builtin == .forcst)
                default: Issue.record("\(alias.name) imports as \(String(describing: function?.translation))")
                }
            }
        }
    }

    /// A builtin exported as an XMILE function imports again as the same builtin.
    @Test func everyExportedFunctionNameImportsBackToTheSameBuiltin() {
        for builtin in Builtin.allCases {
            guard case .function(let name) = builtin.specification.export else { continue }
            guard case .builtin(let target) = XMILEFunction.all[name.lowercased()]?.translation else {
                if case .ordered(let target) = XMILEFunction.all[name.lowercased()]?.translation { #expect(target == builtin); continue }
                Issue.record("\(builtin) exports as \(name), which does not import"); continue
            }
            #expect(target == builtin, "\(builtin) exports as \(name), which imports as \(target)")
        }
    }

    /// Every builtin, called on its own, exports to XMILE that imports and runs as the engine
    /// runs it; one whose export is `.unavailable` is refused with the variable named. Arguments
    /// are the first of 0.5, 0.5, 2 that the builtin takes (2: an order or a seed).
    @Test(arguments: Builtin.allCases)
    func everyBuiltinExportsFromTheTable(_ builtin: Builtin) throws {
        // Built as a call rather than parsed: `mod` is an operator in the equation language.
        let position = SourcePosition(line: 1, column: 1)
        let arguments = [0.5, 0.5, 2].prefix(builtin.arity.lowerBound).map { Expression(.number($0), at: position) }
        let call = Expression(.call(builtin.rawValue, arguments), at: position)
        let definition = ModelDefinition(variables: [.auxiliary("probe", Equation("\(call)", parsed: call))])
        let settings = RunSettings(start: 0, stop: 2, dt: 0.25, method: .euler, stopOnNonFinite: false)
        if builtin.specification.export == .unavailable {
            #expect(throws: DiagnosticList.self) { try XMILEExporter.export(definition, settings: settings, name: "m", doc: nil) }
            do {
                _ = try XMILEExporter.export(definition, settings: settings, name: "m", doc: nil)
            } catch {
                #expect(error.diagnostics.contains { "\($0)".contains("'probe' calls \(builtin.rawValue)()") })
            }
            return
        }
        let (mismatches, compared) = try ExportCheck.roundTrip(definition, settings: settings)
        #expect(compared == 1)
        #expect(mismatches.isEmpty, "\(builtin): \(mismatches)")
    }

    /// A call the writer cannot map is refused, never written under a guessed name.
    @Test func aCallWithoutAnXMILEFormIsRefusedNotGuessed() {
        var writer = XMILEEquationWriter(names: XMILEExportNames([("probe", "probe")]), tables: [], positiveParameters: [])
        let position = SourcePosition(line: 1, column: 1)
        let written = writer.write(Expression(.call("vector_select", [Expression(.number(1), at: position)]), at: position), owner: "probe")
        #expect(!written.text.contains("VECTOR_SELECT"))
        #expect(writer.problems.map(\.description) == [
            "error: the equation of 'probe' calls vector_select(), which has no XMILE form; the README's table of builtins says how each one exports; rewrite the equation without it to export",
        ])
    }

    /// Array functions export under their XMILE names, which import as the same functions.
    @Test func everyArrayFunctionExportsUnderItsXMILEName() {
        for reduction in ArrayReduction.allCases {
            guard case .array(let name) = XMILEFunction.all[reduction.xmileName.lowercased()]?.translation else {
                Issue.record("\(reduction.xmileName) does not import as an array function"); continue
            }
            #expect(name == reduction.rawValue)
        }
    }

    @Test func theTableHasARowPerBuiltin() {
        let rows = BuiltinSpecification.markdownTable().split(separator: "\n").dropFirst(2)
        #expect(rows.count == Builtin.allCases.count)
        #expect(rows.contains("| `delay_fixed(x, tau, [initial])` | `DELAY(input, delay time, [initial])` | `DELAY FIXED` | stateful | tau in years; result and initial as x | `DELAY` | x exactly tau earlier (tau read at the start, in whole steps) |"))
    }
}

/// Vensim's XIDZ and ZIDZ, as Vensim's reference defines them: "XIDZ(A, B, X) = A/B, or X if
/// B is zero" and "ZIDZ(A, B) = A/B, or 0 if B is zero" (Vensim documentation, XIDZ and ZIDZ).
struct VensimDivisionTests {
    @Test func xidzAndZidzDivideOrFallBack() throws {
        let results = try simulate(xmile("""
            <aux name="b"><eqn>IF TIME &lt; 1 THEN 0 ELSE 4</eqn></aux>
            <aux name="x"><eqn>XIDZ(2, b, 7)</eqn></aux>
            <aux name="z"><eqn>ZIDZ(2, b)</eqn></aux>
            """, stop: 2, dt: 1))
        #expect(results.values("x") == [7, 0.5, 0.5])
        #expect(results.values("z") == [0, 0.5, 0.5])
    }

    @Test func zidzTakesExactlyTwoArguments() {
        let found = problems(xmile("<aux name=\"z\"><eqn>ZIDZ(2, 1, 3)</eqn></aux>"))
        #expect(found.contains { $0.contains("ZIDZ takes 2 arguments, not 3") }, "\(found)")
    }
}
