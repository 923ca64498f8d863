import Foundation
import Testing
import TestSupport
@testable import Fuzzing

/// The quick fuzz run: a few thousand seeded mutations of every input the tool reads, checked
/// in process, with every hundredth run through the built binary. The long run is
/// `swift run -c release forecast-fuzz --inputs 100000` (see the README).
struct FuzzTests {
    static let seed: UInt64 = 20_261_202

    static func configuration(inputs: Int) -> FuzzConfiguration {
        var configuration = FuzzConfiguration(seed: seed, inputs: inputs)
        configuration.jobs = 2
        configuration.commandLineEvery = 100
        configuration.forecast = ForecastBinary.url
        configuration.maximumSize = 16 * 1024
        configuration.fullFolderEvery = 40
        // Generous bounds: a loaded machine must not make this fail; a hang still stops it.
        configuration.hangLimit = 120
        configuration.commandLineTimeout = 60
        return configuration
    }

    @Test func aQuickRunFindsNoCrashHangOrUnlocatedProblem() throws {
        let report = try Fuzzer.run(Self.configuration(inputs: 3000), corpus: Corpus.load())
        #expect(report.findings.isEmpty, "\(report.summary)")
        #expect(report.inputs == 3000)
        for target in FuzzTarget.allCases {
            #expect((report.counts[target] ?? 0) >= 25, "\(target) had \(report.counts[target] ?? 0) inputs: \(report.summary)")
        }
    }

    @Test func theSameSeedMakesTheSameInputs() throws {
        let corpus = try Corpus.load()
        let generator = Generator(corpus: corpus, maximumSize: 16 * 1024, commandLineEvery: 100)
        for index in [0, 1, 2, 57, 100, 2999] {
            let first = generator.input(index, seed: Self.seed), second = generator.input(index, seed: Self.seed)
            #expect(first.files == second.files && first.arguments == second.arguments && first.standardInput == second.standardInput)
            #expect(first.summary == second.summary)
        }
        let other = (0..<20).filter { generator.input($0, seed: Self.seed).files != generator.input($0, seed: Self.seed + 1).files }
        #expect(other.count > 15)
    }

    @Test func mutationsStayWithinTheSizeBound() {
        let mutator = Mutator.json5(maximumSize: 1000)
        var random = FuzzRandom(seed: 7)
        for _ in 0..<500 {
            #expect(mutator.mutate(Array("{ a: [1, 2, \"x\"] }".utf8), using: &random).count <= 1000)
        }
    }
}
