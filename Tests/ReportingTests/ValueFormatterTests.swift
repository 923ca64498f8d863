import Testing
import Reporting

/// Numbers as tables and sentences show them.
struct ValueFormatterTests {
    @Test(arguments: [
        (1.2e9, "$", "$1.20B"), (3.1e8, "$", "$310M"), (45_000, "$", "$45.0K"), (950, "$", "$950"), (12.5, "$/Mtok", "$12.50"),
        (0.0021, "$/Mtok", "$0.0021"), (2.85e12, "$/year", "$2.85T"), (850_000, "$/people/year", "$850K"),
        (4.5e26, "FLOP", "4.5e26"), (1e29, "FLOP", "1e29"), (12.34, "month", "12.3"), (0.312, "dimensionless", "0.312"),
        (0.003, "dimensionless", "0.00300"), (25_000_000, "people", "25.0M"), (500_000, "people", "500K"), (9_067, "people", "9,067"),
        (0, "dimensionless", "0"), (-1.5, "dimensionless", "-1.50"),
        // Calendar years as written, never rounded; a duration in years keeps three figures.
        (2029.5, "year", "2029.5"), (2030, "year", "2030"), (2027.25, "year", "2027.25"), (0.5, "year", "0.500"),
    ] as [(Double, String, String)])
    func formats(value: Double, unit: String, expected: String) {
        #expect(ValueFormatter.format(value, unit: unit) == expected)
    }

    @Test(arguments: [(1e9, "$", "$1B"), (1e10, "$", "$10B"), (24, "month", "24"), (6, "month", "6"), (1.25, "dimensionless", "1.25"),
                      (3e25, "FLOP", "3e25")] as [(Double, String, String)])
    func shortFormsDropTrailingZeros(value: Double, unit: String, expected: String) {
        #expect(ValueFormatter.short(value, unit: unit) == expected)
    }

    @Test func nonFiniteValuesAreNamed() {
        #expect(ValueFormatter.format(.nan, unit: "$") == "NaN")
        #expect(ValueFormatter.format(-.infinity, unit: nil) == "-inf")
    }
}
