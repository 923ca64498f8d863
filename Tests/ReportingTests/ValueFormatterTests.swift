import Testing
import Reporting

/// Numbers as tables and sentences show them.
struct ValueFormatterTests {
    @Test(arguments: [
        (1.2e9, "$", "$1.20B"), (3.1e8, "$", "$310M"), (45_000, "$", "$45.0K"), (950, "$", "$950"), (12.5, "$/Mtok", "$12.5"),
        (0.0021, "$/Mtok", "$0.00210"), (0.0881, "$/Mtok", "$0.0881"), (0.02, "$/Mtok", "$0.0200"), (2.85e12, "$/year", "$2.85T"),
        (850_000, "$/people/year", "$850K"), (1e6, "$", "$1.00M"), (0, "$", "$0"),
        // A column of FLOP lines up: three figures in every mantissa.
        (4.5e26, "FLOP", "4.50e26"), (1e29, "FLOP", "1.00e29"), (12.34, "month", "12.3"), (0.312, "dimensionless", "0.312"),
        (0.003, "dimensionless", "0.00300"), (25_000_000, "people", "25.0M"), (500_000, "people", "500K"), (9_067, "people", "9,067"),
        (30_000, "dimensionless", "30,000"), (6_000, "dimensionless", "6,000"),
        (0, "dimensionless", "0"), (-1.5, "dimensionless", "-1.50"),
        // Calendar years as written, never rounded; a duration in years keeps three figures.
        (2029.5, "year", "2029.5"), (2030, "year", "2030"), (2027.25, "year", "2027.25"), (0.5, "year", "0.500"),
    ] as [(Double, String, String)])
    func formats(value: Double, unit: String, expected: String) {
        #expect(ValueFormatter.format(value, unit: unit) == expected)
    }

    /// A value that rounds to zero never reads "-0", whatever its unit.
    @Test(arguments: ["$", "people", "dimensionless", "month", "FLOP"])
    func noNegativeZero(unit: String) {
        for value in [-0.0, -1e-12, -0.0004, -0.4] {
            let text = ValueFormatter.format(value, unit: unit)
            #expect(!(text.hasPrefix("-") && !text.contains(where: { $0.isNumber && $0 != "0" })), "\(value) \(unit): \(text)")
        }
    }

    @Test(arguments: [(1e9, "$", "$1B"), (1e10, "$", "$10B"), (24, "month", "24"), (6, "month", "6"), (1.25, "dimensionless", "1.25"),
                      (3e25, "FLOP", "3e25"), (1e28, "FLOP", "1e28")] as [(Double, String, String)])
    func shortFormsDropTrailingZeros(value: Double, unit: String, expected: String) {
        #expect(ValueFormatter.short(value, unit: unit) == expected)
    }

    /// Inputs are shown as written: in their unit's notation, never rounded.
    @Test(arguments: [(3e8, "$", "$300M"), (1_234_567, "$", "$1.234567M"), (2029.5, "year", "2029.5"), (30_000, "people", "30,000"),
                      (1e28, "FLOP", "1e28"), (0.0625, "year", "0.0625"), (0.123456, "dimensionless", "0.123456"), (-2.5, nil, "-2.5")]
                     as [(Double, String?, String)])
    func exactInputs(value: Double, unit: String?, expected: String) {
        #expect(ValueFormatter.exact(value, unit: unit) == expected)
    }

    @Test func percentages() {
        #expect(ValueFormatter.percent(0.363) == "36.3%")
        #expect(ValueFormatter.percent(0.043) == "4.30%")
        #expect(ValueFormatter.percent(1) == "100%")
    }

    @Test(arguments: [("$/people/year", "$ per person per year"), ("FLOP/$", "FLOP per $"), ("$/Mtok", "$ per million tokens"),
                      ("dimensionless", ""), ("month", "months"), ("people", "people"), ("1/year", "per year"), ("$", "$"), ("FLOP", "FLOP")])
    func unitsSpeltForPeople(unit: String, expected: String) {
        #expect(UnitText.spelled(unit) == expected)
    }

    /// A wrapped header breaks after a space, underscore or hyphen, never inside a name's word.
    @Test func headersWrapBetweenWords() {
        #expect(TextColumns.wrap("scaling-continues", 12) == ["scaling-", "continues"])
        #expect(TextColumns.wrap("frontier_training_cost_closed", 12) == ["frontier_", "training_", "cost_closed"])
        #expect(TextColumns.wrap("sponsor-retreat", 12) == ["sponsor-", "retreat"])
    }

    @Test func nonFiniteValuesAreNamed() {
        #expect(ValueFormatter.format(.nan, unit: "$") == "NaN")
        #expect(ValueFormatter.format(-.infinity, unit: nil) == "-inf")
    }
}
