// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "forecast",
    products: [
        .executable(name: "forecast", targets: ["forecast"]),
        .library(name: "Dynamics", targets: ["Dynamics"]),
    ],
    targets: [
        // The engine: expression language, compiler, integrators. Foundation only. Optimised in
        // debug builds too: its evaluator and exp/log kernels are generic over one run or eight
        // lanes, which unspecialised code runs tens of times slower (the tests and the sample
        // report's regeneration run the same bits either way).
        .target(name: "Dynamics", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Assumption folders (JSON5) → a model and a run configuration.
        .target(name: "Scenarios", dependencies: ["Dynamics"]),
        // XMILE 1.0 import and export (FoundationXML).
        .target(name: "XMILE", dependencies: ["Dynamics"]),
        // Monte Carlo, sensitivity, backtests, indicators and milestones.
        .target(name: "Analysis", dependencies: ["Scenarios", "Dynamics"]),
        // Markdown, SVG, CSV and JSON writers.
        .target(name: "Reporting", dependencies: ["Analysis", "Scenarios", "XMILE", "Dynamics"]),
        // The command-line tool.
        .executableTarget(name: "forecast", dependencies: ["Reporting", "Analysis", "Scenarios", "XMILE", "Dynamics"]),
        // Release-built benchmark: `swift run -c release forecast-bench`.
        .executableTarget(name: "forecast-bench", dependencies: ["Analysis", "Scenarios", "Dynamics"], path: "Sources/Benchmarks"),
        // Seeded mutation fuzzing of every input the tool reads; run by FuzzTests (a quick
        // run) and by `swift run -c release forecast-fuzz --inputs 100000` (a long one).
        .target(name: "Fuzzing", dependencies: ["Analysis", "Scenarios", "XMILE", "Dynamics"]),
        .executableTarget(name: "forecast-fuzz", dependencies: ["Fuzzing", "forecast"], path: "Sources/Fuzz"),
        // Helpers shared by the test targets; not shipped.
        .target(name: "TestSupport", dependencies: ["Dynamics", "Scenarios"]),
        .testTarget(name: "DynamicsTests", dependencies: ["Dynamics", "TestSupport"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "Dynamics", "TestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Scenarios", "Dynamics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XMILETests", dependencies: ["XMILE", "Reporting", "Dynamics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Analysis", "Scenarios", "Dynamics", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "ForecastTests", dependencies: ["TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FuzzTests", dependencies: ["Fuzzing", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
