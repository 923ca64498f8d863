/// A physical unit as integer powers of base symbols: `FLOP/$/year` is FLOP¹·$⁻¹·year⁻¹.
///
/// Written units are products and quotients of symbols with optional integer powers
/// (`$/people/year`, `FLOP^2`, `1/year`, `$/(people*year)`); `dimensionless`, `1` and the empty
/// string mean no unit. `person` and `people`, and the plurals `years`, `months` and `tokens`,
/// read as one symbol each.
public struct Unit: Hashable, Sendable, CustomStringConvertible {
    public var powers: [String: Int]

    public init(_ powers: [String: Int] = [:]) {
        self.powers = powers.filter { $0.value != 0 }
    }

    public static let dimensionless = Unit()
    public static let year = Unit(["year": 1])
    public static let perYear = Unit(["year": -1])

    static let aliases = ["person": "people", "years": "year", "months": "month", "tokens": "token"]

    /// Parses a written unit; nil if it is not of the form above.
    public init?(parsing text: String) {
        var scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        if scalars.isEmpty || String(String.UnicodeScalarView(scalars)) == "dimensionless" {
            self.init()
            return
        }
        var index = 0, depth = 0
        func parseProduct() -> Unit? {
            guard var result = parseFactor() else { return nil }
            while index < scalars.count, "*/·".unicodeScalars.contains(scalars[index]) {
                let dividing = scalars[index] == "/"
                index += 1
                guard let factor = parseFactor() else { return nil }
                result = dividing ? result / factor : result * factor
            }
            return result
        }
        func parseFactor() -> Unit? {
            var base: Unit
            if index < scalars.count, scalars[index] == "(" {
                // Brackets nest this deep at most (the parser recurses into each).
                depth += 1
                guard depth <= 64 else { return nil }
                index += 1
                guard let inner = parseProduct(), index < scalars.count, scalars[index] == ")" else { return nil }
                depth -= 1
                index += 1
                base = inner
            } else {
                var symbol = ""
                while index < scalars.count, !"*/·^()".unicodeScalars.contains(scalars[index]) {
                    symbol.unicodeScalars.append(scalars[index])
                    index += 1
                }
                if symbol.isEmpty { return nil }
                if symbol == "1" || symbol == "dimensionless" {
                    base = Unit()
                } else {
                    base = Unit([Unit.aliases[symbol] ?? symbol: 1])
                }
            }
            if index < scalars.count, scalars[index] == "^" {
                index += 1
                var digits = ""
                while index < scalars.count, scalars[index] == "-" || ("0"..."9").contains(scalars[index]) {
                    digits.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard let power = Int(digits), abs(power) <= Unit.maximumPower else { return nil }
                base = base.raised(to: power)
            }
            return base
        }
        guard let unit = parseProduct(), index == scalars.count else { return nil }
        scalars.removeAll()
        self = unit
    }

    public static func * (a: Unit, b: Unit) -> Unit {
        Unit(a.powers.merging(b.powers, uniquingKeysWith: +))
    }

    public static func / (a: Unit, b: Unit) -> Unit {
        a * b.raised(to: -1)
    }

    public func raised(to power: Int) -> Unit {
        Unit(powers.mapValues { $0 * power })
    }

    /// The largest power of a dimension a unit may carry: `FLOP^1000`. Past it, powers are
    /// nonsense and would overflow.
    public static let maximumPower = 1000

    /// `self` raised to `power`, or nil when a dimension's power would pass `maximumPower`.
    public func raised(toAtMost power: Double) -> Unit? {
        guard power == power.rounded(), abs(power) <= Double(Unit.maximumPower) else { return isDimensionless ? self : nil }
        let whole = Int(power)
        guard powers.values.allSatisfy({ abs($0 * whole) <= Unit.maximumPower }) else { return nil }
        return raised(to: whole)
    }

    /// The square root, if every power is even.
    public var squareRoot: Unit? {
        guard powers.values.allSatisfy({ $0 % 2 == 0 }) else { return nil }
        return Unit(powers.mapValues { $0 / 2 })
    }

    public var isDimensionless: Bool { powers.isEmpty }

    /// `FLOP/$/year`, `1/year`, `FLOP^2`, `dimensionless`.
    public var description: String {
        if powers.isEmpty { return "dimensionless" }
        func term(_ symbol: String, _ power: Int) -> String { power == 1 ? symbol : "\(symbol)^\(power)" }
        let numerator = powers.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { term($0.key, $0.value) }
        let denominator = powers.filter { $0.value < 0 }.sorted { $0.key < $1.key }.map { term($0.key, -$0.value) }
        return (numerator.isEmpty ? "1" : numerator.joined(separator: "*")) + denominator.map { "/" + $0 }.joined()
    }
}
