import Foundation
import Fuzzing

// `forecast-fuzz`: the long fuzz run, `swift run -c release forecast-fuzz --inputs 100000`.
// The quick run is a test (Tests/FuzzTests); both use the same seeded generator and checks.

let usage = """
    Usage: forecast-fuzz [--inputs N] [--seed S] [--jobs J] [--cli-every K] [--max-size BYTES] [--full-folder-every N] [--slow SECONDS]
           forecast-fuzz --seed S --input I [--save DIR]

    Mutates the repository's assumption folders, their JSON5 files and equations, --stdin and
    --batch input, --set values and the XMILE conformance models, and checks every input in
    process (located diagnostics, no crash, bounded time) and every K-th one through the built
    forecast binary (exit code, no signal, one JSON object on stderr in JSON mode, no files
    written on failure). The same seed makes the same inputs; --input I makes one of them
    again, and --save writes it to DIR. Exit code 1 when anything was found.

    """

/// Standard output, unbuffered: a crash must not lose what was said before it.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func fuzzMain() throws -> Int32 {
    var configuration = FuzzConfiguration(seed: 1, inputs: 10_000)
    configuration.slowLimit = 5
    var single: Int?
    var saveTo: String?
    var arguments = Array(CommandLine.arguments.dropFirst())
    func value(_ name: String) -> String {
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("forecast-fuzz: \(name) needs a value\n\n\(usage)".utf8))
            exit(2)
        }
        return arguments.removeFirst()
    }
    func number<T: LosslessStringConvertible>(_ name: String) -> T {
        let text = value(name)
        guard let parsed = T(text) else {
            FileHandle.standardError.write(Data("forecast-fuzz: \(name) takes a number, not '\(text)'\n\n\(usage)".utf8))
            exit(2)
        }
        return parsed
    }
    while !arguments.isEmpty {
        let argument = arguments.removeFirst()
        switch argument {
        case "--inputs": configuration.inputs = number(argument)
        case "--seed": configuration.seed = number(argument)
        case "--jobs": configuration.jobs = number(argument)
        case "--cli-every": configuration.commandLineEvery = number(argument)
        case "--max-size": configuration.maximumSize = number(argument)
        case "--full-folder-every": configuration.fullFolderEvery = number(argument)
        case "--slow": configuration.slowLimit = number(argument)
        case "--hang": configuration.hangLimit = number(argument)
        case "--input": single = number(argument)
        case "--save": saveTo = value(argument)
        case "--help", "-h":
            say(usage)
            return 0
        default:
            FileHandle.standardError.write(Data("forecast-fuzz: unknown argument '\(argument)'\n\n\(usage)".utf8))
            exit(2)
        }
    }

    // The forecast binary is built beside this one (the package makes forecast-fuzz depend on it).
    let here = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    let forecast = here.appendingPathComponent("forecast")
    if FileManager.default.isExecutableFile(atPath: forecast.path) {
        configuration.forecast = forecast
    } else {
        FileHandle.standardError.write(Data("forecast-fuzz: no forecast binary at \(forecast.path); checking in process only\n".utf8))
    }

    let corpus = try Corpus.load()
    if let single {
        let generator = Generator(corpus: corpus, maximumSize: configuration.maximumSize,
                                  commandLineEvery: configuration.forecast == nil ? 0 : configuration.commandLineEvery,
                                  fullFolderEvery: configuration.fullFolderEvery)
        let input = generator.input(single, seed: configuration.seed)
        say(input.summary)
        if let saveTo {
            try input.save(in: URL(fileURLWithPath: saveTo))
            say("saved to \(saveTo)")
        }
        configuration.first = single
        configuration.inputs = 1
        configuration.jobs = 1
    }
    let total = configuration.inputs
    configuration.progress = { done in
        FileHandle.standardError.write(Data("forecast-fuzz: \(done) of \(total) inputs\n".utf8))
    }
    let report = try Fuzzer.run(configuration, corpus: corpus)
    say(report.summary)
    return report.findings.isEmpty ? 0 : 1
}

exit(try fuzzMain())
