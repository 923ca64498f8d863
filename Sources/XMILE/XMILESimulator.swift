import Dynamics

/// The saved series of one run of an XMILE model, under the names the file wrote.
public struct XMILEResults: Sendable {
    /// One recorded variable.
    public struct Series: Sendable {
        /// The name as written in the model file.
        public var name: String
        public var kind: CompiledModel.Column.Kind
        /// One value per saved time.
        public var values: [Double]

        public init(name: String, kind: CompiledModel.Column.Kind, values: [Double]) {
            self.name = name
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
    /// Runs `model` with its own `<sim_specs>`, or with `settings` when given.
    public static func simulate(_ model: XMILEModel, settings: RunSettings? = nil) throws(DiagnosticList) -> XMILEResults {
        // Graphical functions alone import (as tables) but give nothing to run.
        guard !model.definition.variables.isEmpty else {
            throw DiagnosticList([XMILEProblem.noVariables.diagnostic(at: model.variablesLocation)])
        }
        let compiled = try Compiler.compile(model.definition, dialect: .xmile)
        let result: RunResult
        do {
            result = try compiled.run(settings ?? model.settings)
        } catch {
            throw DiagnosticList([error])
        }
        let series = model.definition.variables.compactMap { variable -> XMILEResults.Series? in
            guard let index = compiled.columnIndex(of: variable.name) else { return nil }
            return XMILEResults.Series(name: model.displayName(of: variable.name), kind: compiled.columns[index].kind,
                                       values: Array(result.series(at: index)))
        }
        return XMILEResults(times: result.times, series: series)
    }
}
