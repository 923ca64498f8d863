import Testing
@testable import Reporting

@Suite("Tick selection")
struct AxisTests {
    struct LinearCase: Sendable, CustomTestStringConvertible {
        var range: ClosedRange<Double>
        var ticks: [Double]
        var testDescription: String { "\(range)" }
    }

    @Test("linear ticks use 1-2-5 steps and widen the domain to whole steps", arguments: [
        LinearCase(range: 0...1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        LinearCase(range: 0...7.3, ticks: [0, 2, 4, 6, 8]),
        LinearCase(range: -3...12, ticks: [-5, 0, 5, 10, 15]),
        LinearCase(range: 0.03...0.97, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        LinearCase(range: 1200...9800, ticks: [0, 2000, 4000, 6000, 8000, 10000]),
        LinearCase(range: 0.001...0.0042, ticks: [0.001, 0.002, 0.003, 0.004, 0.005]),
    ])
    func linear(_ testCase: LinearCase) {
        let axis = Axis.linear(covering: testCase.range)
        #expect(axis.ticks.map(\.value) == testCase.ticks)
        #expect(axis.domain == testCase.ticks.first!...testCase.ticks.last!)
        #expect(axis.scale == .linear)
    }

    @Test func linearLabelsArePlainNumbers() {
        #expect(Axis.linear(covering: 0...1).ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        #expect(Axis.linear(covering: -3...12).ticks.map(\.label) == ["\u{2212}5", "0", "5", "10", "15"])
        #expect(Axis.linear(covering: 0...1, format: .percent).ticks.map(\.label) == ["0%", "20%", "40%", "60%", "80%", "100%"])
    }

    @Test func linearExactlyKeepsTheDomainAndTicksInside() {
        let axis = Axis.linear(exactly: 0.05...0.95)
        #expect(axis.domain == 0.05...0.95)
        #expect(axis.ticks.map(\.value) == [0.2, 0.4, 0.6, 0.8])
    }

    @Test func logDecades() {
        let axis = Axis.log(covering: 1e24...1e29)
        #expect(axis.domain == 1e24...1e29)
        #expect(axis.ticks.map(\.value) == [1e24, 1e25, 1e26, 1e27, 1e28, 1e29])
        #expect(axis.ticks.map(\.label) == ["1e24", "1e25", "1e26", "1e27", "1e28", "1e29"])
        #expect(axis.minorValues.isEmpty)
    }

    @Test func logMoneyRangeWidensToOneTwoFiveBounds() {
        let axis = Axis.log(covering: 3e7...2e10, format: .money)
        #expect(axis.domain == 2e7...2e10)
        #expect(axis.ticks.map(\.value) == [1e8, 1e9, 1e10])
        #expect(axis.ticks.map(\.label) == ["$100M", "$1B", "$10B"])
    }

    @Test func logUnderThreeDecadesLabelsTwosAndFives() {
        let axis = Axis.log(covering: 1.2e9...4e10, format: .money)
        #expect(axis.domain == 1e9...5e10)
        #expect(axis.ticks.map(\.value) == [1e9, 2e9, 5e9, 1e10, 2e10, 5e10])
        #expect(axis.ticks.map(\.label) == ["$1B", "$2B", "$5B", "$10B", "$20B", "$50B"])
    }

    @Test func logThinsDecadesWhenCrowded() {
        let axis = Axis.log(covering: 1...1e30, maxTicks: 8)
        #expect(axis.ticks.map(\.value) == [1, 1e5, 1e10, 1e15, 1e20, 1e25, 1e30])
        #expect(axis.minorValues.count == 24)
    }

    @Test func logWithinOneDecadeFallsBackToLinearTicks() {
        let axis = Axis.log(covering: 1.1e9...1.9e9, format: .money)
        #expect(axis.domain == 1e9...2e9)
        #expect(axis.ticks.map(\.label) == ["$1B", "$1.2B", "$1.4B", "$1.6B", "$1.8B", "$2B"])
    }

    @Test func yearsAreWholeAndThinnedWhenCrowded() {
        let quarterly = Axis.years(covering: 2025...2035.75)
        #expect(quarterly.domain == 2025...2036)
        #expect(quarterly.ticks.map(\.label)
            == ["2025", "2026", "2027", "2028", "2029", "2030", "2031", "2032", "2033", "2034", "2035", "2036"])
        #expect(Axis.years(covering: 2018...2035, maxTicks: 10).ticks.map(\.value) == [2018, 2020, 2022, 2024, 2026, 2028, 2030, 2032, 2034])
        #expect(Axis.years(covering: 2018...2050, maxTicks: 8).ticks.map(\.label) == ["2020", "2025", "2030", "2035", "2040", "2045", "2050"])
        #expect(Axis.years(covering: 2020.4...2035).domain == 2020...2035)
        #expect(Axis.years(covering: 2025.25...2025.75).ticks.map(\.label) == ["2025", "2026"])
        #expect(Axis.years(covering: 2025...2025).ticks.map(\.label) == ["2024", "2025", "2026"])
        #expect(Axis.years(covering: 2025...2035, maxTicks: 8).ticks.map(\.label) == ["2025", "2027", "2029", "2031", "2033", "2035"])
        #expect(Axis.years(covering: 1e300...Double.infinity).domain.upperBound <= 9e15)
    }

    @Test func equalValuesArePadded() {
        let flat = Axis.linear(covering: 5...5)
        #expect(flat.domain.lowerBound < 5 && flat.domain.upperBound > 5)
        #expect(Axis.linear(covering: 0...0).ticks.map(\.value) == [-1, -0.5, 0, 0.5, 1])
        let flatLog = Axis.log(covering: 3e9...3e9)
        #expect(flatLog.domain.lowerBound < 3e9 && flatLog.domain.upperBound > 3e9)
        #expect(!flatLog.ticks.isEmpty)
    }

    @Test func fractionAlongTheAxis() throws {
        let log = Axis.log(covering: 1e24...1e28)
        #expect(abs(try #require(log.fraction(of: 1e26)) - 0.5) < 1e-12)
        #expect(log.fraction(of: 0) == nil)
        #expect(log.fraction(of: -1) == nil)
        #expect(log.fraction(of: .nan) == nil)
        let linear = Axis.linear(covering: 0...10)
        #expect(linear.fraction(of: 2.5) == 0.25)
        #expect(linear.fraction(of: Double.infinity) == nil)
    }

    @Test func extentSkipsValuesTheScaleCannotShow() {
        let values: [Double] = [.nan, 3, .infinity, -2, 0, 40, -.infinity]
        #expect(Axis.extent(of: values, scale: .linear) == -2...40)
        #expect(Axis.extent(of: values, scale: .log) == 3...40)
        #expect(Axis.extent(of: [.nan, -1], scale: .log) == nil)
        #expect(Axis.extent(of: [], scale: .linear) == nil)
    }
}
