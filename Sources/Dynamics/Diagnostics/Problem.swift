/// A kind of problem, with the values that describe it.
///
/// Each stage keeps its kinds in one enum (`ParseProblem`, `CompileProblem`, `RunProblem`, …)
/// whose `message` and `hint` hold all of that stage's wording, so code that needs to know what
/// went wrong asks the case, never the text.
public protocol Problem: Sendable {
    /// What is wrong, in one sentence without a trailing period.
    var message: String { get }
    /// What to do about it, e.g. `did you mean 'hardware_growth'?`.
    var hint: String? { get }
}

extension Problem {
    public var hint: String? { nil }
}

/// A problem found while working on something named: `in the equation of 'x': …`,
/// `scenario 'data-wall': …`. The inner problem keeps its own case and hint.
public struct ProblemInContext: Problem {
    public enum Context: Hashable, Sendable {
        /// An equation, by the name of its variable.
        case equation(String)
        /// A scenario, by name.
        case scenario(String)
    }

    public var context: Context
    public var inner: any Problem

    public init(_ context: Context, _ inner: any Problem) {
        self.context = context
        self.inner = inner
    }

    public var message: String {
        switch context {
        case .equation(let name): "in the equation of '\(name)': \(inner.message)"
        case .scenario(let name): "scenario '\(name)': \(inner.message)"
        }
    }

    public var hint: String? { inner.hint }
}

extension Diagnostic {
    /// The problem itself, looking through any contexts it was reported in.
    public var underlyingProblem: any Problem {
        var problem = problem
        while let wrapped = problem as? ProblemInContext { problem = wrapped.inner }
        return problem
    }

    /// The same diagnostic, reported as found while working on `context`.
    public func inContext(_ context: ProblemInContext.Context) -> Diagnostic {
        Diagnostic(severity, ProblemInContext(context, problem), at: location)
    }
}
