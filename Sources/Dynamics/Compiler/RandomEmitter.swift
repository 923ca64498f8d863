/// Instructions for the random builtins, each from one uniform draw (see `RandomDraw`).
extension CodeGenerator {
    /// The site of the random call at `position` in the equation being emitted.
    func randomSite(at position: SourcePosition) -> Double {
        guard let site = randomSites[emitting]?[position] else {
            preconditionFailure("a random call in '\(emitting)' was not given a site before code generation")
        }
        return site
    }

    /// Emits `draw` on the arguments already in `arguments` (slots) and returns the result's slot.
    mutating func emitDraw(_ draw: RandomDraw, _ arguments: [Int], site: Int, into target: Int?) -> Int {
        /// Appends `op` into a new temporary, or into the target for the `last` instruction.
        func apply(_ op: Instruction.Op, _ a: Int, _ b: Int = 0, _ c: Int = 0, last: Bool = false) -> Int {
            let d = last ? (target ?? temporary()) : temporary()
            code.append(Instruction(op, d, a, b, c))
            return d
        }
        let stream = arguments.count > draw.seedArgument ? arguments[draw.seedArgument] : literal(0)
        switch draw {
        case .uniform:
            let u = apply(.randomUniform, stream, site)
            let width = apply(.subtract, arguments[1], arguments[0])
            return apply(.multiplyAdd, width, u, arguments[0], last: true)
        case .exponential:
            let u = apply(.randomUniform, stream, site)
            let logarithm = apply(.ln, u)
            let negated = apply(.negate, arguments[0])
            return apply(.multiply, negated, logarithm, last: true)
        case .poisson:
            let u = apply(.randomUniform, stream, site)
            let mean = apply(.multiply, arguments[0], ReservedSlot.dt)
            return apply(.poissonQuantile, mean, u, last: true)
        case .normal:
            let mean = arguments[0], sd = arguments[1]
            let bounded = arguments.count > 3
            let u = apply(.randomUniform, stream, site)
            var p = u
            if bounded {
                // Φ of each bound, standardised; without an upper bound Φ is 1.
                func cdf(_ bound: Int) -> Int {
                    let offset = apply(.subtract, bound, mean)
                    let standardised = apply(.divide, offset, sd)
                    return apply(.normalCDF, standardised)
                }
                let low = cdf(arguments[3])
                let high = arguments.count > 4 ? cdf(arguments[4]) : literal(1)
                let span = apply(.subtract, high, low)
                p = apply(.multiplyAdd, u, span, low)
            }
            let z = apply(.normalQuantile, p)
            let value = apply(.multiplyAdd, sd, z, mean, last: !bounded)
            guard bounded else { return value }
            // Rounding can put Φ⁻¹ a hair outside (or at ±∞); the bounds hold exactly.
            let floor = apply(.max, value, arguments[3], last: arguments.count == 4)
            return arguments.count > 4 ? apply(.min, floor, arguments[4], last: true) : floor
        case .lognormal:
            let u = apply(.randomUniform, stream, site)
            let ratio = apply(.divide, arguments[1], arguments[0])
            let spread = apply(.multiplyAdd, ratio, ratio, literal(1))
            let variance = apply(.ln, spread)
            let sigma = apply(.sqrt, variance)
            let logMean = apply(.ln, arguments[0])
            let mu = apply(.subtractMultiply, variance, literal(0.5), logMean)
            let z = apply(.normalQuantile, u)
            let exponent = apply(.multiplyAdd, sigma, z, mu)
            return apply(.exp, exponent, last: true)
        }
    }
}
