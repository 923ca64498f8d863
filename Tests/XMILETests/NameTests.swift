import Testing
import XMILE

/// XMILE identifiers (§3.2.2): equal up to case, quotes and runs of spaces, underscores and
/// newlines.
struct NameTests {
    @Test(arguments: [
        ("Teacup Temperature", "teacup_temperature"),
        ("teacup_temperature", "teacup_temperature"),
        ("\"Teacup  Temperature\"", "teacup_temperature"),
        ("  TEACUP__ _Temperature ", "teacup_temperature"),
        ("Stock with \\n Newline Character", "stock_with_newline_character"),
        ("\"Stock_with_\\n_Newline_Character\"", "stock_with_newline_character"),
        ("Aux with $peC!@| characters", "aux_with_$pec!@|_characters"),
        ("Flow w/ division, lists, and INITIAL(construction functions)",
         "flow_w/_division,_lists,_and_initial(construction_functions)"),
        ("\"say \\\"hi\\\"\"", "say_\"hi\""),
        ("_leading and trailing_", "leading_and_trailing"),
        ("Größe", "größe"),
    ])
    func canonicalForm(_ written: String, _ canonical: String) {
        #expect(XMILEName.canonical(written) == canonical)
    }

    @Test(arguments: [
        ("Stock with \\n Newline Character", "Stock with   Newline Character"),
        ("\"Quoted Name\"", "Quoted Name"),
        ("Heat Loss to Room", "Heat Loss to Room"),
    ])
    func displayForm(_ written: String, _ display: String) {
        #expect(XMILEName.display(written) == display)
    }

    @Test func referencesMatchDeclarationsWrittenDifferently() throws {
        let results = try simulate(xmile("""
            <aux name="Characteristic Time"><eqn>10</eqn></aux>
            <aux name="Stock with \\n Newline"><eqn>"characteristic   TIME" * 2</eqn></aux>
            <aux name="uses newline name"><eqn>"Stock_with_\\n_Newline" + CHARACTERISTIC_time</eqn></aux>
            """, stop: 1))
        #expect(results.values("uses newline name")[0] == 30)
        #expect(results.series.map(\.name) == ["Characteristic Time", "Stock with   Newline", "uses newline name"])
    }

    @Test func displayNamesMapCanonicalNamesToTheFile() throws {
        let model = try importModel(xmile("<aux name=\"Room Temperature\"><eqn>70</eqn></aux>"))
        #expect(model.displayNames == ["room_temperature": "Room Temperature"])
        #expect(model.definition.variables.map(\.name) == ["room_temperature"])
    }
}
