import Testing
import Reporting

@Suite("Tick label formats")
struct TickFormatTests {
    @Test(arguments: [
        (1.2e9, "$1.2B"), (3e7, "$30M"), (1e10, "$10B"), (1.25e9, "$1.25B"), (1e8, "$100M"),
        (500, "$500"), (2.5e3, "$2.5K"), (1.5e12, "$1.5T"), (999.9e6, "$1B"), (-3e7, "\u{2212}$30M"), (0, "$0"),
        // Tiny amounts (prices per token on a log axis) are not rounded to "$0".
        (1e-9, "$1e-9"), (2.5e-6, "$2.5e-6"), (0.001, "$0.001"),
    ])
    func money(_ value: Double, _ expected: String) {
        #expect(TickFormat.money(value) == expected)
    }

    @Test(arguments: [
        (4.5e26, "4.5e26"), (1e26, "1e26"), (1.25e25, "1.25e25"), (9.996e25, "1e26"), (1e-3, "1e-3"),
        (3, "3"), (0, "0"), (-2e24, "\u{2212}2e24"),
    ])
    func scientific(_ value: Double, _ expected: String) {
        #expect(TickFormat.scientific(value) == expected)
    }

    @Test(arguments: [
        (1_234_567, "1,234,567"), (12_345, "12,345"), (999, "999"), (0.25, "0.25"), (0.2, "0.2"), (12.5, "12.5"),
        (-1500, "\u{2212}1,500"), (0, "0"), (0.001, "0.001"), (2.0 / 3.0, "0.667"),
    ])
    func number(_ value: Double, _ expected: String) {
        #expect(TickFormat.number(value) == expected)
    }

    @Test(arguments: [(2025.0, "2025"), (2030.0, "2030"), (1999.0, "1999"), (2025.5, "2025.5")])
    func year(_ value: Double, _ expected: String) {
        #expect(TickFormat.year(value) == expected)
    }

    @Test(arguments: [(0.25, "25%"), (0.125, "12.5%"), (1.0, "100%"), (0.0, "0%"), (0.004, "0.4%")])
    func percent(_ value: Double, _ expected: String) {
        #expect(TickFormat.percent(value) == expected)
    }

    @Test func customFormat() {
        let months = TickFormat { "\(Int($0)) mo" }
        #expect(months(6) == "6 mo")
    }
}
