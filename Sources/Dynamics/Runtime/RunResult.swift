/// The recorded series of one run: one value per column per saved time.
public struct RunResult: Sendable {
    public let times: [Double]
    public let columns: [CompiledModel.Column]
    /// Column-major: the series of column `j` is `values[j * times.count ..< (j + 1) * times.count]`.
    public let values: [Double]

    init(times: [Double], columns: [CompiledModel.Column], values: [Double]) {
        self.times = times
        self.columns = columns
        self.values = values
    }

    /// The series of column `index`.
    public func series(at index: Int) -> ArraySlice<Double> {
        values[index * times.count ..< (index + 1) * times.count]
    }

    /// The series of the variable called `name`, if it was recorded.
    public func series(_ name: String) -> [Double]? {
        guard let index = columns.firstIndex(where: { $0.name == name }) else { return nil }
        return Array(series(at: index))
    }

    /// The value of `name` at the saved time nearest `time`.
    public func value(_ name: String, at time: Double) -> Double? {
        guard let series = series(name), !times.isEmpty else { return nil }
        let k = times.indices.min { abs(times[$0] - time) < abs(times[$1] - time) }!
        return series[k]
    }
}

/// A run stopped because a variable stopped being a finite number.
public struct RunError: Error, Hashable, Sendable, CustomStringConvertible {
    public var variable: String
    public var time: Double
    public var value: Double
    /// Where the variable is defined, if it came from a file.
    public var location: SourceLocation?

    public var description: String { diagnostic.description }

    public var diagnostic: Diagnostic {
        Diagnostic(.error, RunProblem.nonFinite(variable: variable, time: time, value: value), at: location)
    }
}
