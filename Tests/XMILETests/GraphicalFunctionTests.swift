import Testing
import Dynamics
import XMILE

/// `<gf>` (XMILE §3.1.4, §4.1.3): points from xpts or xscale, separators, types, and both the
/// standalone and the embedded forms.
struct GraphicalFunctionTests {
    private func table(_ gf: String) throws -> Table {
        let model = try importModel(xmile("<gf name=\"effect\">\(gf)</gf>"))
        return try #require(model.definition.tables.first)
    }

    @Test func pointsFromXptsAndYpts() throws {
        let effect = try table("<xpts>0,1,2.5</xpts><ypts>1, 0.5 ,0</ypts>")
        #expect(effect.xs == [0, 1, 2.5])
        #expect(effect.ys == [1, 0.5, 0])
        #expect(effect.mode == .clamp)
    }

    @Test func xscaleSpacesThePointsEvenly() throws {
        let effect = try table("<xscale min=\"0\" max=\"45\"/><yscale min=\"-1\" max=\"1\"/><ypts>0,0,1,1,0,0,-1,-1,0,0</ypts>")
        #expect(effect.xs == [0, 5, 10, 15, 20, 25, 30, 35, 40, 45])
    }

    @Test func xptsWinOverXscale() throws {
        let effect = try table("<xscale min=\"0\" max=\"10\"/><xpts>0,1,2</xpts><ypts>3,4,5</ypts>")
        #expect(effect.xs == [0, 1, 2])
    }

    @Test func separatorsCanBeChosen() throws {
        let effect = try table("<xpts sep=\";\">0;5;10</xpts><ypts sep=\" \">1 2 3</ypts>")
        #expect(effect.xs == [0, 5, 10])
        #expect(effect.ys == [1, 2, 3])
    }

    @Test(arguments: [
        ("", Table.Mode.clamp), ("type=\"continuous\"", .clamp), ("type=\"extrapolate\"", .extrapolate),
        ("type=\"discrete\"", .discrete), ("type=\"Discrete\"", .discrete), ("discrete=\"true\"", .discrete),
        ("discrete=\"false\"", .clamp),
    ])
    func typeSetsTheMode(_ attribute: String, _ mode: Table.Mode) throws {
        let model = try importModel(xmile("<gf name=\"g\" \(attribute)><xpts>0,1</xpts><ypts>0,1</ypts></gf>"))
        #expect(model.definition.tables.first?.mode == mode)
    }

    @Test func pointsOutOfOrderAreSorted() throws {
        let effect = try table("<xpts>2,0,1</xpts><ypts>20,0,10</ypts>")
        #expect(effect.xs == [0, 1, 2])
        #expect(effect.ys == [0, 10, 20])
    }

    @Test(arguments: [
        ("<xpts>0,1</xpts><ypts>0,1,2</ypts>", "it has 2 x values but 3 y values"),
        ("<xpts>0,1</xpts>", "it has no <ypts>"),
        ("<ypts>0,1</ypts>", "it needs <xpts> or <xscale> to place its points"),
        ("<xpts>0,1,1</xpts><ypts>0,1,2</ypts>", "two points have the same x value 1"),
        ("<xpts>0,one</xpts><ypts>0,1</ypts>", "<xpts> holds 'one', which is not a number"),
        ("<xscale min=\"0\"/><ypts>0,1</ypts>", "<xscale> needs numeric min and max attributes"),
    ])
    func malformedPointsAreReported(_ gf: String, _ problem: String) {
        let found = problems(xmile("<gf name=\"effect\">\(gf)</gf>"))
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("error: graphical function 'effect': \(problem)") == true, "\(found)")
    }

    @Test func standaloneAndEmbeddedFunctionsAreApplied() throws {
        let results = try simulate(xmile("""
            <gf name="lookup table" type="extrapolate"><xpts>0,1</xpts><ypts>0,2</ypts></gf>
            <aux name="called"><eqn>lookup_table(TIME - 1)</eqn></aux>
            <aux name="via lookup"><eqn>LOOKUP(lookup_table, TIME)</eqn></aux>
            <aux name="embedded"><eqn>TIME</eqn><gf><xscale min="1" max="2"/><ypts>10,20</ypts></gf></aux>
            <aux name="stepwise"><eqn>TIME / 2</eqn><gf type="discrete"><xpts>0,1,2</xpts><ypts>5,6,6</ypts></gf></aux>
            <aux name="by reference"><eqn>TIME</eqn><gf name="lookup table"/></aux>
            """, stop: 4))
        #expect(results.values("called") == [-2, 0, 2, 4, 6])
        #expect(results.values("via lookup") == [0, 2, 4, 6, 8])
        #expect(results.values("embedded") == [10, 10, 20, 20, 20])
        #expect(results.values("stepwise") == [5, 5, 6, 6, 6])
        #expect(results.values("by reference") == [0, 2, 4, 6, 8])
    }

    @Test func aVariableWithAGraphicalFunctionCanBeCalled() throws {
        // Its own value applies the function to its equation; called, it applies it to the argument.
        let results = try simulate(xmile("""
            <aux name="effect"><eqn>0</eqn><gf><xpts>0,10</xpts><ypts>1,2</ypts></gf></aux>
            <aux name="called"><eqn>effect(TIME * 5)</eqn></aux>
            <aux name="looked up"><eqn>LOOKUP(effect, TIME * 5)</eqn></aux>
            """, stop: 2))
        #expect(results.values("effect") == [1, 1, 1])
        #expect(results.values("called") == [1, 1.5, 2])
        #expect(results.values("looked up") == [1, 1.5, 2])
    }

    @Test func aGraphicalFunctionNeedsAnArgument() {
        let found = problems(xmile("""
            <gf name="effect"><xpts>0,1</xpts><ypts>0,1</ypts></gf>
            <aux name="a"><eqn>effect * 2</eqn></aux>
            """))
        #expect(found.first?.contains("'effect' is a graphical function and needs an argument; write effect(x)") == true,
                "\(found)")
    }
}

/// Vensim's LOOKUP FORWARD and LOOKUP BACKWARD: no interpolation; the y of the first point at
/// or after x, or of the last point at or before it, and the end values beyond the points.
struct SteppedLookupTests {
    static let model = xmile("""
        <gf name="g"><xpts>0,1,2</xpts><ypts>10,20,40</ypts></gf>
        <aux name="x"><eqn>TIME / 2 - 1</eqn></aux>
        <aux name="forward"><eqn>LOOKUP_FORWARD(g, x)</eqn></aux>
        <aux name="backward"><eqn>LOOKUP_BACKWARD(g, x)</eqn></aux>
        <aux name="interpolated"><eqn>g(x)</eqn></aux>
        """, stop: 8, dt: 1)

    @Test func stepForwardAndBackwardWithoutInterpolating() throws {
        let results = try simulate(Self.model)
        // x = −1, −0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3
        #expect(results.values("forward") == [10, 10, 10, 20, 20, 40, 40, 40, 40])
        #expect(results.values("backward") == [10, 10, 10, 10, 20, 20, 40, 40, 40])
        #expect(results.values("interpolated") == [10, 10, 10, 15, 20, 30, 40, 40, 40])
    }

    @Test func theFirstArgumentMustNameAGraphicalFunction() {
        let found = problems(xmile("<aux name=\"y\"><eqn>LOOKUP_FORWARD(TIME, 1)</eqn></aux>"))
        #expect(found.contains { $0.contains("LOOKUP_FORWARD must name a graphical function") && $0.hasPrefix("test.xmile:") })
    }

    @Test func exportWritesLookupForwardAndKeepsTheSteps() throws {
        let model = try importModel(Self.model)
        let text = try XMILEExporter.export(model.definition, settings: model.settings, name: "m", doc: nil)
        #expect(text.contains("LOOKUP_FORWARD("))
        let results = try simulate(text)
        #expect(results.values("forward") == [10, 10, 10, 20, 20, 40, 40, 40, 40])
        #expect(results.values("backward") == [10, 10, 10, 10, 20, 20, 40, 40, 40])
    }
}
