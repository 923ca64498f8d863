import Foundation
import Dynamics

/// Reads XMILE 1.0 files (OASIS, 2015) into models the engine runs.
///
/// Supported: one root `<model>` of stocks, flows, auxiliaries and graphical functions, with
/// `<sim_specs>`, `<behavior>` and the scalar builtins of §3.5 (see `XMILEFunction`). Vendor
/// elements such as `<isee:prefs>` and views are ignored. Arrays, submodels (`<module>`),
/// macros, conveyors, queues and random functions are reported as
/// `not supported yet: <feature> (line N)` rather than simulated approximately.
public enum XMILEImporter {
    /// Reads and imports the XMILE file at `url`; diagnostics name the file as `url` spells it.
    public static func load(contentsOf url: URL) throws(DiagnosticList) -> XMILEModel {
        let file = url.isFileURL ? url.relativePath : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw DiagnosticList([XMILEProblem.unreadable(reason: reason).diagnostic(at: SourceLocation(file: file, line: 1, column: 1))])
        }
        return try parse(data, file: file)
    }

    /// Imports XMILE text; `file` names it in diagnostics.
    public static func parse(_ data: Data, file: String?) throws(DiagnosticList) -> XMILEModel {
        let document = try XMILEDocument.parse(data, file: file)
        let root = document.root
        var problems: [Diagnostic] = []
        func report(_ problem: XMILEProblem, _ element: XMLElementNode) {
            problems.append(problem.diagnostic(at: element.location(in: file)))
        }

        guard root.localName == "xmile" else {
            throw DiagnosticList([XMILEProblem.notXMILE(root: root.name).diagnostic(at: root.location(in: file))])
        }
        let header = root.child("header")
        if let includes = header?.child("includes") {
            report(.notSupported(feature: "included files (<includes>)", line: includes.line), includes)
        }
        let models = root.children(named: "model")
        // The root model is the one without a name; the others are what modules instantiate.
        guard let model = models.first(where: { ($0.attributes["name"] ?? "").isEmpty }) ?? models.first else {
            throw DiagnosticList(problems + [XMILEProblem.noModel.diagnostic(at: root.location(in: file))])
        }
        for found in models where found.attributes["resource"] != nil {
            report(.notSupported(feature: "models in other files (<model resource>)", line: found.line), found)
        }

        let origin = Origin(header)
        var warnings = document.warnings
        var specs: SimulationSpecs?
        if let element = model.child("sim_specs") ?? root.child("sim_specs") {
            do {
                specs = try SimulationSpecs.read(element, file: file)
                warnings += specs!.warnings
                if origin == .vensimExport, specs!.settings.method == .rk4 {
                    specs!.settings.method = .euler
                    warnings.append(XMILEProblem.vensimExportMethod.diagnostic(at: element.location(in: file)))
                }
            } catch {
                problems += error.diagnostics
            }
        } else {
            report(.noSimSpecs, root)
        }

        let nonNegative = NonNegative()
            .applying(root.child("behavior"), file: file, problems: &problems)
            .applying(model.child("behavior"), file: file, problems: &problems)
        var elementNames: [String: String] = [:]
        let dimensions = ArrayReader.dimensions(root.child("dimensions") ?? model.child("dimensions"), file: file,
                                                display: &elementNames, problems: &problems)
        var reader = VariableReader(file: file, nonNegative: nonNegative, vensimArithmetic: origin != .other, dimensions: dimensions)
        let macros = MacroDefinition.read(root, file: file, reader: &reader, problems: &problems)
        var assembly = ModelAssembly(models: models, file: file)
        var output = assembly.instantiate(model, prefix: "", display: "", reader: &reader)
        output = assembly.connected(output)
        var expander = MacroExpander(macros: macros)
        output = expander.expand(output)
        problems += reader.problems + assembly.problems + expander.problems
        output.displayNames.merge(elementNames) { variable, _ in variable }
        // Every variable is recorded at every saved time: refuse a run memory cannot hold, at its clock.
        if let settings = specs?.settings, let element = model.child("sim_specs") ?? root.child("sim_specs"),
           settings.recordedValues(variables: output.variables.count) > RunSettings.maximumValues {
            problems.append(Diagnostic(.error, RunProblem.tooManyValues(savedTimes: settings.recordedValues(variables: 1),
                                                                        variables: output.variables.count, limit: RunSettings.maximumValues),
                                       at: element.location(in: file)))
        }

        guard !problems.contains(where: \.isError), let specs else { throw DiagnosticList(problems + warnings) }
        let (definition, orderProblems) = StartOrders.resolve(
            ModelDefinition(variables: output.variables, tables: output.tables, dimensions: dimensions, arrays: output.arrays),
            settings: specs.settings)
        guard orderProblems.isEmpty else { throw DiagnosticList(problems + orderProblems + warnings) }
        return XMILEModel(
            name: text(header?.child("name")) ?? model.attributes["name"].flatMap { $0.isEmpty ? nil : $0 },
            doc: text(model.child("doc")) ?? text(root.child("model_doc")) ?? text(header?.child("caption")),
            definition: definition, settings: specs.settings, timeUnit: specs.timeUnit, displayNames: output.displayNames,
            warnings: warnings + problems, variablesLocation: (model.child("variables") ?? model).location(in: file))
    }

    /// Which tool wrote the file, where that changes what the file means.
    ///
    /// In files from Vensim, written by its own XMILE export or converted by xmutil, `INT` and
    /// `MOD` keep Vensim's meaning: `INT` truncates toward zero and `MOD` takes the sign of the
    /// dividend, where XMILE 1.0 has the floor and the sign of the divisor (§3.3.1, footnote 7).
    /// Vensim's own export writes `method="RK4"` even for models it simulates with Euler, so
    /// for those files RK4 is replaced by Euler, with a warning.
    enum Origin {
        case vensimExport
        case xmutil
        case other

        init(_ header: XMLElementNode?) {
            let written = [header?.childText("vendor"), header?.childText("product")].compactMap { $0?.lowercased() }
            if !written.contains(where: { $0.contains("vensim") || $0.contains("ventana") }) {
                self = .other
            } else {
                self = written.contains { $0.contains("xmutil") } ? .xmutil : .vensimExport
            }
        }
    }

    private static func text(_ element: XMLElementNode?) -> String? {
        guard let text = element?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
