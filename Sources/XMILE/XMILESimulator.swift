import Dynamics

/// The saved series of one run of an XMILE model, under the names the file wrote.
public struct XMILEResults: Sendable {
    /// One recorded variable.
    public struct Series: Sendable {
        /// The name as written in the model file; an element as `Name[Element,Element]`.
        public var name: String
        /// The canonical name (`teacup_temperature`, `stock_a[entry_1]`), for matching.
        public var key: String
        public var kind: CompiledModel.Column.Kind
        /// One value per saved time.
        public var values: [Double]

        public init(name: String, key: String? = nil, kind: CompiledModel.Column.Kind, values: [Double]) {
            self.name = name
            self.key = key ?? XMILEName.canonicalColumn(name)
            self.kind = kind
            self.values = values
        }
    }

    /// The saved times, from start to stop.
    public var times: [Double]
    /// One series per stock, flow and auxiliary, in the order the file declares them.
    public var series: [Series]

    public init(times: [Double], series: [Series]) {
        self.times = times
        self.series = series
    }
}

/// Compiles and runs XMILE models.
public enum XMILESimulator {
    /// Runs `model` with its own `<sim_specs>`, or with `settings` when given. A value that
    /// stops being a number is carried on as NaN or infinity, as Stella and PySD do, rather than
    /// stopping the run.
    public static func simulate(_ model: XMILEModel, settings: RunSettings? = nil) throws(DiagnosticList) -> XMILEResults {
        // Graphical functions alone import (as tables) but give nothing to run.
        guard !model.definition.variables.isEmpty else {
            throw DiagnosticList([XMILEProblem.noVariables.diagnostic(at: model.variablesLocation)])
        }
        let compiled = try Compiler.compile(model.definition, dialect: .xmile)
        var settings = settings ?? model.settings
        settings.stopOnNonFinite = false
        let result: RunResult
        do {
            result = try compiled.run(settings)
        } catch {
            throw DiagnosticList([error])
        }
        // Each variable in file order; an array element by element, as `Name[Element,Element]`.
        let dimensions = Dictionary(model.definition.dimensions.map { ($0.name, $0.elements) }, uniquingKeysWith: { a, _ in a })
        let series = model.definition.variables.flatMap { variable -> [XMILEResults.Series] in
            let tuples = variable.dimensions.reduce([[String]]([[]])) { partial, name in
                partial.flatMap { prefix in (dimensions[name] ?? []).map { prefix + [$0] } }
            }
            return tuples.compactMap { tuple in
                let name = variable.dimensions.isEmpty ? variable.name : ArrayElement.name(variable.name, tuple)
                guard let index = compiled.columnIndex(of: name) else { return nil }
                let display = variable.dimensions.isEmpty ? model.displayName(of: variable.name)
                    : ArrayElement.name(model.displayName(of: variable.name), tuple.map(model.displayName(of:)))
                return XMILEResults.Series(name: display, key: name, kind: compiled.columns[index].kind, values: Array(result.series(at: index)))
            }
        }
        return XMILEResults(times: result.times, series: series)
    }
}
