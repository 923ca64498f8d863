import Foundation
import Testing
import Dynamics
import XMILE

/// Test inputs, arithmetic and time builtins imported from XMILE text (XMILE 1.0 §3.3, §3.5).
struct BuiltinFunctionTests {
    @Test func pulseMovesItsMagnitudeInOneStep() throws {
        // PULSE(10, 2) is 10/DT during the step that starts at 2 and 0 otherwise.
        let results = try simulate(xmile("""
            <stock name="filled"><eqn>0</eqn><inflow>pouring</inflow></stock>
            <flow name="pouring"><eqn>PULSE(10, 2)</eqn></flow>
            """, stop: 5, dt: 0.25))
        for (t, value) in zip(results.times, results.values("pouring")) {
            #expect(value == (t == 2 ? 40 : 0), "t = \(t)")
        }
        #expect(results.value("filled", at: 2) == 0)
        #expect(results.value("filled", at: 2.25) == 10)
        #expect(results.values("filled").last == 10)
    }

    @Test func pulseRepeatsEveryInterval() throws {
        let results = try simulate(xmile("""
            <aux name="repeating"><eqn>PULSE(5, 1, 3)</eqn></aux>
            <aux name="once"><eqn>PULSE(5, 1, 0)</eqn></aux>
            """, stop: 10, dt: 0.5))
        let firing = zip(results.times, results.values("repeating")).filter { $0.1 != 0 }
        #expect(firing.map(\.0) == [1, 4, 7, 10])
        #expect(firing.allSatisfy { $0.1 == 10 })
        #expect(zip(results.times, results.values("once")).filter { $0.1 != 0 }.map(\.0) == [1])
    }

    @Test func stepAndRampSwitchOnAtTheirTimes() throws {
        let results = try simulate(xmile("""
            <aux name="stepped"><eqn>STEP(3, 2)</eqn></aux>
            <aux name="ramped"><eqn>RAMP(2, 1)</eqn></aux>
            <aux name="ramped until"><eqn>RAMP(2, 1, 3)</eqn></aux>
            """, stop: 5, dt: 0.5))
        for (k, t) in results.times.enumerated() {
            #expect(results.values("stepped")[k] == (t >= 2 ? 3 : 0), "t = \(t)")
            #expect(results.values("ramped")[k] == max(0, 2 * (t - 1)), "t = \(t)")
            #expect(results.values("ramped until")[k] == max(0, 2 * (min(t, 3) - 1)), "t = \(t)")
        }
    }

    @Test func timeConstantsNeedNoParentheses() throws {
        let results = try simulate(xmile("""
            <aux name="circle"><eqn>PI * 2</eqn></aux>
            <aux name="called"><eqn>PI()</eqn></aux>
            <aux name="span"><eqn>STOPTIME - STARTTIME</eqn></aux>
            <aux name="step size"><eqn>DT</eqn></aux>
            <aux name="clock"><eqn>TIME</eqn></aux>
            """, start: 1, stop: 3, dt: 0.5))
        #expect(results.values("circle").allSatisfy { $0 == 2 * Double.pi })
        #expect(results.values("called").allSatisfy { $0 == Double.pi })
        #expect(results.values("span").allSatisfy { $0 == 2 })
        #expect(results.values("step size").allSatisfy { $0 == 0.5 })
        #expect(results.values("clock") == [1, 1.5, 2, 2.5, 3])
    }

    @Test(arguments: [
        // (equation, XMILE value, value in a file Vensim wrote)
        ("-7 MOD 3", 2.0, -1.0),
        ("7 MOD -3", -2.0, 1.0),
        ("7.5 MOD 2", 1.5, 1.5),
        ("INT(-2.5)", -3.0, -2.0),
        ("INT(2.5)", 2.0, 2.0),
        ("MODULO(-7, 3)", -1.0, -1.0),
    ])
    func integerArithmeticFollowsTheWritingTool(_ equation: String, _ xmileValue: Double, _ vensimValue: Double) throws {
        let variable = "<aux name=\"x\"><eqn>\(equation)</eqn></aux>"
        let standard = try simulate(xmile(variable, stop: 1))
        let fromVensim = try simulate(xmile(variable, stop: 1, vendor: "Ventana Systems, xmutil"))
        #expect(standard.values("x")[0] == xmileValue)
        #expect(fromVensim.values("x")[0] == vensimValue)
    }

    @Test(arguments: [
        ("ABS(-3)", 3.0), ("SQRT(16)", 4.0), ("EXP(0)", 1.0), ("LN(EXP(2))", 2.0), ("LOG10(1000)", 3.0),
        ("MIN(4, -2)", -2.0), ("MAX(4, -2)", 4.0), ("SAFEDIV(1, 0, 7)", 7.0), ("SAFEDIV(1, 0)", 0.0),
        ("SAFEDIV(6, 3)", 2.0), ("-2^2", -4.0), ("2^3^2", 512.0), ("IF 1 > 2 THEN 1 ELSE IF 2 > 1 THEN 2 ELSE 3", 2.0),
        ("IF_THEN_ELSE(0, 1, 5)", 5.0), ("NOT 0 AND 1 OR 0", 1.0), ("3 &lt;&gt; 3", 0.0), ("3 = 3", 1.0),
        ("ARCTAN(1) * 4", Double.pi), ("COS(0) + SIN(0) + TAN(0)", 1.0), ("ARCSIN(1) * 2", Double.pi),
        ("ARCCOS(1)", 0.0), ("4 {a comment} + 5", 9.0),
    ])
    func mathematicsEvaluates(_ equation: String, _ expected: Double) throws {
        let results = try simulate(xmile("<aux name=\"x\"><eqn>\(equation)</eqn></aux>", stop: 1))
        #expect(abs(results.values("x")[0] - expected) < 1e-12, "\(equation)")
    }

    @Test func ifWithABracketedConditionIsTheStatementForm() throws {
        let results = try simulate(xmile("""
            <aux name="a"><eqn>IF (TIME &gt; 1) THEN 10 ELSE 5</eqn></aux>
            <aux name="b"><eqn>IF(TIME &gt; 1) AND (TIME &lt; 3) THEN 1 ELSE 0</eqn></aux>
            <aux name="c"><eqn>IF_THEN_ELSE(TIME &gt; 1, 1, 0) + if (1) then (2) else (3)</eqn></aux>
            """, stop: 3))
        #expect(results.values("a") == [5, 5, 10, 10])
        #expect(results.values("b") == [0, 0, 1, 0])
        #expect(results.values("c") == [2, 2, 3, 3])
    }

    @Test func stellaBracketsEveryPartOfAnIf() throws {
        let results = try simulate(xmile("""
            <aux name="kind"><eqn>TIME</eqn></aux>
            <aux name="chosen"><eqn>IF(kind=1) THEN(STEP(10, 2)) ELSE(IF(kind=2) THEN(PULSE(10, 2, 0)) ELSE(RAMP(.5, 2)))</eqn></aux>
            """, stop: 3))
        #expect(results.values("chosen") == [0, 0, 10, 0.5])
    }

    @Test func aVariableMayBeCalledLikeAnOperator() throws {
        let results = try simulate(xmile("""
            <aux name="mod"><eqn>5</eqn></aux>
            <aux name="and"><eqn>2</eqn></aux>
            <aux name="x"><eqn>mod mod 3 + (mod) * and</eqn></aux>
            """, stop: 1))
        #expect(results.values("x") == [12, 12])
    }

    @Test func equationsMayHoldEntitiesAndLineBreaks() throws {
        let results = try simulate(xmile("""
            <aux name="a"><eqn>
                IF TIME &gt;= 1
                   AND TIME &lt; 2
                THEN 1 ELSE 0
            </eqn></aux>
            """, stop: 3))
        #expect(results.values("a") == [0, 1, 0, 0])
    }

    @Test func nonNegativeFlowsAndStocksStayAtOrAboveZero() throws {
        let results = try simulate(xmile("""
            <stock name="tank"><eqn>3</eqn><outflow>drain</outflow><non_negative/></stock>
            <flow name="drain"><eqn>2</eqn></flow>
            <stock name="free"><eqn>3</eqn><outflow>drain</outflow><non_negative>false</non_negative></stock>
            <flow name="uniflow"><eqn>TIME - 2</eqn><non_negative/></flow>
            """, stop: 4))
        #expect(results.values("tank") == [3, 1, 0, 0, 0])
        #expect(results.values("free") == [3, 1, -1, -3, -5])
        #expect(results.values("uniflow") == [0, 0, 0, 1, 2])
    }

    @Test func behaviorMakesEveryStockNonNegativeUnlessItSaysOtherwise() throws {
        let text = xmile("""
            <stock name="kept"><eqn>1</eqn><outflow>drain</outflow></stock>
            <stock name="opted out"><eqn>1</eqn><outflow>drain</outflow><non_negative> FALSE </non_negative></stock>
            <flow name="drain"><eqn>1</eqn></flow>
            """, stop: 3, outside: "\n    <behavior><stock><non_negative/></stock></behavior>")
        let results = try simulate(text)
        #expect(results.values("kept") == [1, 0, 0, 0])
        #expect(results.values("opted out") == [1, 0, -1, -2])
    }
}
