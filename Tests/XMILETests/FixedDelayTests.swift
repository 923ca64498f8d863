import Testing
import XMILE

/// XMILE's DELAY: a pipeline that repeats its input exactly the delay time later.
struct FixedDelayImportTests {
    @Test func delayRepeatsTheInputLater() throws {
        let results = try simulate(xmile("""
            <aux name="late"><eqn>DELAY(TIME * 2, 1.5)</eqn></aux>
            <aux name="late with start"><eqn>DELAY(TIME, 1, 7)</eqn></aux>
            """, stop: 3, dt: 0.5))
        #expect(results.values("late") == [0, 0, 0, 0, 1, 2, 3])
        #expect(results.values("late with start") == [7, 7, 0, 0.5, 1, 1.5, 2])
    }

    @Test func aDelayedFlowMovesEverythingLater() throws {
        let results = try simulate(xmile("""
            <stock name="arrived"><eqn>0</eqn><inflow>arrivals</inflow></stock>
            <flow name="arrivals"><eqn>DELAY(PULSE(10, 1), 2, 0)</eqn></flow>
            """, stop: 5, dt: 0.25))
        #expect(results.value("arrived", at: 3) == 0)
        #expect(results.value("arrived", at: 3.25) == 10)
        #expect(results.value("arrived", at: 5) == 10)
    }
}
