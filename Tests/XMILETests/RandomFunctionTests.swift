import Foundation
import Testing
import Dynamics
import XMILE

/// XMILE's and Stella's random functions (RANDOM, UNIFORM, NORMAL with Vensim's truncation as
/// xmutil writes RANDOM NORMAL, LOGNORMAL, EXPRND, POISSON) import to the engine's, run from
/// the run's seed, and survive export.
struct RandomFunctionTests {
    static let model = xmile("""
        <aux name="drawn"><eqn>RANDOM(2, 4, 9)</eqn></aux>
        <aux name="uniform"><eqn>UNIFORM(2, 4, 9)</eqn></aux>
        <aux name="truncated"><eqn>NORMAL(5, 5, 0, 3, 6.9)</eqn></aux>
        <aux name="plain"><eqn>NORMAL(5, 5)</eqn></aux>
        <aux name="spread"><eqn>LOGNORMAL(3, 1.5)</eqn></aux>
        <aux name="waiting"><eqn>EXPRND(2)</eqn></aux>
        <aux name="arrivals"><eqn>POISSON(3)</eqn></aux>
        """, stop: 2000, dt: 1)

    @Test func importAndRunFromTheSeed() throws {
        let results = try simulate(Self.model)
        // RANDOM and UNIFORM are one function; with the same seed of their own, one stream.
        #expect(results.values("drawn") == results.values("uniform"))
        #expect(results.values("drawn").allSatisfy { $0 >= 2 && $0 < 4 })
        #expect(results.values("truncated").allSatisfy { $0 >= 3 && $0 <= 6.9 })
        #expect(results.values("plain").contains { $0 < 3 } && results.values("plain").contains { $0 > 6.9 })
        #expect(results.values("spread").allSatisfy { $0 > 0 })
        #expect(results.values("arrivals").allSatisfy { $0 >= 0 && $0 == $0.rounded() })
        #expect(try simulate(Self.model).values("plain") == results.values("plain"))
    }

    @Test func theSeedOfTheRunChangesTheDrawsWithoutASeedOfTheirOwn() throws {
        let model = try importModel(Self.model)
        var settings = model.settings
        settings.seed = 99
        let other = try XMILESimulator.simulate(model, settings: settings)
        let base = try XMILESimulator.simulate(model)
        #expect(other.values("plain") != base.values("plain"))
        #expect(other.values("drawn") == base.values("drawn"))
    }

    @Test func exportKeepsEveryDraw() throws {
        let model = try importModel(Self.model)
        let text = try XMILEExporter.export(model.definition, settings: model.settings, name: "random", doc: nil)
        let again = try simulate(text)
        let base = try simulate(Self.model)
        for name in ["drawn", "truncated", "plain", "spread", "waiting", "arrivals"] {
            #expect(again.values(name) == base.values(name), "\(name)")
        }
    }

    @Test func aWrongNumberOfArgumentsIsALocatedError() {
        let text = xmile("<aux name=\"a\"><eqn>NORMAL(1)</eqn></aux>")
        #expect(problems(text).contains { $0.hasPrefix(place(of: "NORMAL(1)", in: text)) && $0.contains("NORMAL") })
    }
}
