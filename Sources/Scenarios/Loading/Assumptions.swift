import Dynamics

/// A validated assumptions folder: the model's structure, the base numbers, the scenarios,
/// history and report layout. Loading reports every problem at once, sorted by file and line.
public struct Assumptions: Sendable {
    public let files: AssumptionFiles
    let model: [ModelFile]
    let base: ScenarioFile
    let scenarioFiles: [String: ScenarioFile]
    let backtestFile: ScenarioFile?
    public let report: ReportSpec
    public let history: [String: HistoryTable]
    /// Problems that do not stop a run: unused parameters.
    public let warnings: [Diagnostic]
    /// The model with base's numbers, compiled once while loading; scenarios of the same
    /// structure run on it with their own values.
    let baseModel: CompiledModel?
    /// The dimensions the model files declare.
    public let dimensions: [ArrayDimension]
    /// What `forecast calibrate` fits (`calibration.json5`), if the folder says.
    public let calibration: CalibrationSpec?
    /// What it fitted last (`calibrated.json5`), applied between base and the scenarios.
    public let calibrated: Calibrated?

    /// Scenario names: `base` first, then the others alphabetically.
    public var scenarioNames: [String] { ["base"] + scenarioFiles.keys.sorted() }
    public var hasBacktest: Bool { backtestFile != nil }

    /// Every stock, flow and auxiliary as written, in file order.
    public var variables: [Variable] { model.flatMap(\.variables) }

    /// Other names for recorded series, from every model file.
    public var aliases: [Alias] { model.flatMap(\.aliases) }

    /// Arrayed parameters and tables of base.json5.
    var arrays: [ArrayDeclaration] { base.arrays }

    public static func load(_ files: AssumptionFiles) throws(DiagnosticList) -> Assumptions {
        var problems: [Diagnostic] = []
        func parse(_ path: String) -> JSONValue? {
            guard let text = files.files[path] else { return nil }
            do {
                return try JSON5Reader.parse(text, file: files.displayPath(path))
            } catch {
                problems.append(error)
                return nil
            }
        }

        let problemsBeforeModel = problems.count
        let modelPaths = files.paths(in: "model", extension: "json5")
        let modelRoots = modelPaths.compactMap { path in parse(path).map { (path, $0) } }
        // Dimensions first: any model file may range over those another declares.
        var dimensions: [ArrayDimension] = []
        for (path, root) in modelRoots {
            for dimension in ModelFile.dimensions(root, file: files.displayPath(path), problems: &problems) {
                if let first = dimensions.first(where: { $0.name == dimension.name }) {
                    problems.append(Diagnostic(.error, AssumptionProblem.dimensionDeclaredTwice(dimension.name, first: first.origin!), at: dimension.origin))
                } else {
                    dimensions.append(dimension)
                }
            }
        }
        let byName = Dictionary(dimensions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let model = modelRoots.map { path, root in
            ModelFile.read(root, file: files.displayPath(path), dimensions: byName, problems: &problems)
        }
        if model.isEmpty {
            problems.append(Diagnostic(.error, AssumptionProblem.noModelFiles(root: files.root)))
        } else if model.allSatisfy(\.variables.isEmpty), problems.count == problemsBeforeModel {
            problems.append(Diagnostic(.error, AssumptionProblem.noVariables(root: files.root),
                                       at: SourceLocation(file: files.displayPath(modelPaths[0]), line: 1, column: 1)))
        }
        guard let baseRoot = parse("base.json5") else {
            if files.files["base.json5"] == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.noBase(root: files.root)))
            }
            throw DiagnosticList(problems)
        }
        guard let base = ScenarioFile.read(baseRoot, file: files.displayPath("base.json5"), kind: .base, defaultName: "base",
                                           dimensions: byName, problems: &problems) else {
            throw DiagnosticList(problems)
        }
        var scenarios: [String: ScenarioFile] = [:]
        for path in files.paths(in: "scenarios", extension: "json5") {
            let name = String(path.dropFirst("scenarios/".count).dropLast(".json5".count))
            if let root = parse(path), let scenario = ScenarioFile.read(root, file: files.displayPath(path), kind: .scenario, defaultName: name,
                                                                        dimensions: byName, problems: &problems) {
                if name == "base" || name == "backtest" {
                    problems.append(Diagnostic(.error, AssumptionProblem.reservedScenarioName(name), at: scenario.location))
                }
                scenarios[name] = scenario
            }
        }
        let backtest = parse("backtest.json5").flatMap {
            ScenarioFile.read($0, file: files.displayPath("backtest.json5"), kind: .backtest, defaultName: "backtest", dimensions: byName,
                              problems: &problems)
        }
        var history: [String: HistoryTable] = [:]
        for path in files.paths(in: "history", extension: "csv") {
            let name = String(path.dropFirst("history/".count))
            if let text = files.files[path], let table = HistoryTable.read(text, file: files.displayPath(path), problems: &problems) {
                history[name] = table
            }
        }
        let calibration = parse("calibration.json5").flatMap {
            CalibrationSpec.read($0, file: files.displayPath("calibration.json5"), problems: &problems)
        }
        let calibrated = parse("calibrated.json5").flatMap {
            Calibrated.read($0, file: files.displayPath("calibrated.json5"), problems: &problems)
        }
        var report = ReportSpec(), reportReferences: [String: SourceLocation] = [:]
        if let root = parse("report.json5") {
            (report, reportReferences) = ReportSpec.read(root, file: files.displayPath("report.json5"), problems: &problems)
        }

        let assumptions = Assumptions(files: files, model: model, base: base, scenarioFiles: scenarios, backtestFile: backtest,
                                      report: report, history: history, warnings: [], baseModel: nil, dimensions: dimensions,
                                      calibration: calibration, calibrated: calibrated)
        var validator = Validator(assumptions: assumptions)
        validator.run(reportReferences: reportReferences)
        problems += validator.problems
        let warnings = problems.filter { !$0.isError }
        problems = problems.filter(\.isError)
        if !problems.isEmpty { throw DiagnosticList(problems + warnings) }
        return Assumptions(files: files, model: model, base: base, scenarioFiles: scenarios, backtestFile: backtest,
                           report: report, history: history, warnings: DiagnosticList(warnings).diagnostics, baseModel: validator.baseModel,
                           dimensions: dimensions, calibration: calibration, calibrated: calibrated)
    }

    /// The scenario file called `name` (`base`, `backtest` or one of `scenarios/`).
    func scenarioFile(_ name: String) -> ScenarioFile? {
        switch name {
        case "base": base
        case "backtest": backtestFile
        default: scenarioFiles[name]
        }
    }

    /// These assumptions without calibrated.json5's values: what a new fit starts from.
    public var withoutCalibrated: Assumptions { replacingCalibrated(nil) }

    /// These assumptions with another fit in calibrated.json5's place (e.g. a refit to earlier data).
    public func replacingCalibrated(_ calibrated: Calibrated?) -> Assumptions {
        Assumptions(files: files, model: model, base: base, scenarioFiles: scenarioFiles, backtestFile: backtestFile, report: report,
                    history: history, warnings: warnings, baseModel: baseModel, dimensions: dimensions, calibration: calibration,
                    calibrated: calibrated)
    }

    /// The files a scenario resolves through, base first: base, then each scenario it extends.
    func chain(of name: String) -> [ScenarioFile] {
        guard let file = scenarioFile(name) else { return [] }
        var chain = [file]
        while let parent = chain.last?.extends, parent.name != "base", let next = scenarioFiles[parent.name],
              !chain.contains(where: { $0.name == next.name }) {
            chain.append(next)
        }
        if name != "base" { chain.append(base) }
        return chain.reversed()
    }

    /// The path (in `files`) of the scenario file called `name`.
    func path(ofScenario name: String) -> String {
        switch name {
        case "base": "base.json5"
        case "backtest": "backtest.json5"
        default: "scenarios/\(name).json5"
        }
    }

    /// The digest of what a calibration is fitted from: the model files, the scenario files the
    /// fitted scenario resolves through, calibration.json5 and the history files its targets
    /// read. A calibrated.json5 with another digest is stale.
    public func calibrationDigest(_ spec: CalibrationSpec) -> String {
        var paths = files.paths(in: "model", extension: "json5") + chain(of: spec.scenario).map { path(ofScenario: $0.name) }
            + ["calibration.json5"] + Set(spec.targets.map { "history/\($0.history)" }).sorted()
        paths = Array(Set(paths)).sorted()
        var text = ""
        for path in paths {
            let content = files.files[path] ?? ""
            text += "\(path)\n\(content.utf8.count)\n\(content)\n"
        }
        return "sha256:" + SHA256.hex(text)
    }

    /// Names of every variable, parameter and table (arrays by their own name).
    var allNames: [String] {
        variables.map(\.name) + base.parameters.map { $0.element?.array ?? $0.name } + base.tables.map(\.table.name) + arrays.map(\.name)
    }
}

extension Assumptions {
    /// What the backtest is scored against: (series, history file, column).
    public var backtestScores: [(series: String, history: String, column: String)] {
        (backtestFile?.scores ?? []).map { ($0.series, $0.history, $0.column) }
    }
}

extension Assumptions {
    /// Rank correlations between parameters for Monte Carlo draws: (first, second, Spearman r).
    public var correlations: [(String, String, Double)] {
        base.correlations.map { ($0.first, $0.second, $0.rank) }
    }
}
