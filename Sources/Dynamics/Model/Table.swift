/// A table (graphical function): y as a function of x through points, called by name like a
/// function, `sponsor_openness_vs_run_cost(x)`.
public struct Table: Hashable, Sendable {
    /// What happens between and beyond the points.
    public enum Mode: String, Hashable, Sendable {
        /// Linear between points; the end values beyond them.
        case clamp
        /// Linear between points; the end segments continued beyond them.
        case extrapolate
        /// A step function: each point's y holds until the next x (XMILE `discrete`; Vensim's
        /// LOOKUP BACKWARD).
        case discrete
        /// A step function the other way: the y of the first point at or after x (Vensim's
        /// LOOKUP FORWARD); the last y beyond the points.
        case forward
    }

    public var name: String
    public var xs: [Double]
    public var ys: [Double]
    public var mode: Mode
    public var unit: String?
    public var doc: String?
    public var origin: SourceLocation?
    /// `.user`, or `.graphicalFunction` for the points of a variable's graphical function.
    public var provenance: Provenance

    public init(name: String, xs: [Double], ys: [Double], mode: Mode = .clamp, unit: String? = nil,
                doc: String? = nil, origin: SourceLocation? = nil, provenance: Provenance = .user) {
        self.provenance = provenance
        self.name = name
        self.xs = xs
        self.ys = ys
        self.mode = mode
        self.unit = unit
        self.doc = doc
        self.origin = origin
    }

    /// Problems that make the table unusable: no points, x and y of unequal length, x not
    /// strictly increasing, or a value that is not finite.
    public func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if xs.isEmpty {
            problems.append(Diagnostic(.error, CompileProblem.tableHasNoPoints(name), at: origin))
        } else if xs.count != ys.count {
            problems.append(Diagnostic(.error, CompileProblem.tableLengthsDiffer(name, xCount: xs.count, yCount: ys.count), at: origin))
        }
        if let bad = (xs + ys).first(where: { !$0.isFinite }) {
            problems.append(Diagnostic(.error, CompileProblem.tableNonFinite(name, value: bad), at: origin))
        }
        for i in xs.indices.dropFirst() where !(xs[i] > xs[i - 1]) {
            problems.append(Diagnostic(.error, CompileProblem.tableNotIncreasing(name, index: i, x: xs[i], previous: xs[i - 1]), at: origin))
            break
        }
        return problems
    }

    /// y at `x`, as `mode` says. Precondition: `validate()` found nothing.
    public func callAsFunction(_ x: Double) -> Double {
        xs.withUnsafeBufferPointer { xp in
            ys.withUnsafeBufferPointer { yp in
                Table.lookup(x, xs: xp.baseAddress!, ys: yp.baseAddress!, count: xs.count, mode: mode)
            }
        }
    }

    /// The interpolation used by the evaluator, on raw buffers.
    @inline(__always)
    static func lookup(_ x: Double, xs: UnsafePointer<Double>, ys: UnsafePointer<Double>, count n: Int, mode: Mode) -> Double {
        if x.isNaN { return .nan }
        if n == 1 { return ys[0] }
        if x <= xs[0] {
            guard mode == .extrapolate, x < xs[0] else { return ys[0] }
            return ys[0] + (x - xs[0]) * (ys[1] - ys[0]) / (xs[1] - xs[0])
        }
        if x >= xs[n - 1] {
            guard mode == .extrapolate, x > xs[n - 1] else { return ys[n - 1] }
            return ys[n - 1] + (x - xs[n - 1]) * (ys[n - 1] - ys[n - 2]) / (xs[n - 1] - xs[n - 2])
        }
        // Binary search for the segment [xs[lo], xs[lo + 1]] holding x.
        var lo = 0, hi = n - 1
        while hi - lo > 1 {
            let mid = (lo + hi) >> 1
            if xs[mid] <= x { lo = mid } else { hi = mid }
        }
        if mode == .discrete { return ys[lo] }
        if mode == .forward { return x == xs[lo] ? ys[lo] : ys[lo + 1] }
        return ys[lo] + (x - xs[lo]) * (ys[lo + 1] - ys[lo]) / (xs[lo + 1] - xs[lo])
    }
}
