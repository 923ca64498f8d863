import Dynamics

/// Compiles and runs a small model written inline, for tests.
public func simulate(_ variables: [Variable], parameters: [Parameter] = [], tables: [Table] = [],
                     from start: Double = 0, to stop: Double, dt: Double, saveEvery: Double? = nil,
                     method: IntegrationMethod = .rk4) throws -> RunResult {
    let model = try Compiler.compile(ModelDefinition(variables: variables, parameters: parameters, tables: tables))
    return try model.run(RunSettings(start: start, stop: stop, dt: dt, saveEvery: saveEvery, method: method))
}

/// The value of a one-auxiliary model `x = equation` at time 0.
public func evaluate(_ equation: String) throws -> Double {
    try simulate([.auxiliary("x", Equation(equation))], to: 1, dt: 1).series("x")![0]
}

/// Relative difference |a − b| / |b| (absolute when b is 0).
public func relativeError(_ a: Double, _ b: Double) -> Double {
    b == 0 ? abs(a) : abs(a - b) / abs(b)
}

/// The compile or run problems of a model, as printed; empty if it compiled and ran.
public func problems(_ variables: [Variable], parameters: [Parameter] = [], tables: [Table] = [],
                     to stop: Double = 1, dt: Double = 0.25) -> [String] {
    do {
        let model = try Compiler.compile(ModelDefinition(variables: variables, parameters: parameters, tables: tables))
        _ = try model.run(RunSettings(start: 0, stop: stop, dt: dt))
        return []
    } catch let list as DiagnosticList {
        return list.diagnostics.map(\.description)
    } catch {
        return ["\(error)"]
    }
}
