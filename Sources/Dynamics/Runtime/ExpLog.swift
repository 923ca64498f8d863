import Foundation

/// `exp`, `ln` and `^` written once over the slot type, so eight runs in lanes compute them with
/// vector arithmetic instead of eight library calls each, and a lane gets exactly what a run of
/// its own gets. The kernels are fdlibm's (Sun Microsystems, 1993: `e_exp.c`, `e_log.c`): under
/// one ulp for `exp` and `ln`, so `x ^ y = exp(y · ln x)` is within |y · ln x| ulp of the exact
/// power (below 2e-13 relative where the kernel is used, |y · ln x| ≤ 700). Whole powers and
/// arguments outside the kernels' ranges (zero, negative, subnormal, infinite or NaN operands,
/// results near overflow or underflow) take the C library's functions, lane by lane.
enum ExpLog {
    @inline(__always)
    static func exp<V: SlotValue>(_ x: V) -> V {
        let result = expKernel(x)
        let inside = V.indicator(V.magnitude(x), .lessOrEqual, V(repeating: kernelLimit))
        return V.patch(result, where: inside, x, V(repeating: 0)) { x, _ in Foundation.exp(x) }
    }

    @inline(__always)
    static func log<V: SlotValue>(_ x: V) -> V {
        let result = logKernel(x)
        return V.patch(result, where: positiveNormal(x), x, V(repeating: 0)) { x, _ in Foundation.log(x) }
    }

    /// `x ^ y`; a whole power (`2 ^ 10`, `x ^ 2`) is the C library's, exact where it is.
    @inline(__always)
    static func pow<V: SlotValue>(_ x: V, _ y: V) -> V {
        let t = y * logKernel(x)
        let shift = V(repeating: V.roundingShift)
        // Inside: x positive and normal, y not whole, |y · ln x| ≤ 700 (false for a NaN or infinite y).
        // Whole where rounding leaves y as it is; every y of magnitude 2^51 or more is whole.
        let notWhole = V(repeating: 1) - V.indicator((y + shift) - shift, .equal, y)
        let fractional = V.choose(notWhole, V(repeating: 0), if: V.magnitude(y), .less, V(repeating: 2251799813685248.0))
        let inside = positiveNormal(x) * fractional
            * V.indicator(V.magnitude(t), .lessOrEqual, V(repeating: kernelLimit))
        return V.patch(expKernel(t), where: inside, x, y) { Foundation.pow($0, $1) }
    }

    /// |x| ≤ 700 keeps exp's result and 2^k normal, so scaling by the exponent field is exact.
    static let kernelLimit = 700.0
    static let smallestNormal = 2.2250738585072014e-308

    /// 1 for lanes with 0 < x < ∞ and x normal, else 0.
    @inline(__always)
    static func positiveNormal<V: SlotValue>(_ x: V) -> V {
        let normal = V.indicator(V(repeating: smallestNormal), .lessOrEqual, x)
        return V.choose(V(repeating: 0), normal, if: V(repeating: .infinity), .equal, x)
    }

    // fdlibm e_exp.c: x = k·ln2 + r, |r| ≤ ln2/2; exp(r) from a rational approximation.
    static let ln2High = 6.93147180369123816490e-01
    static let ln2Low = 1.90821492927058770002e-10
    static let inverseLn2 = 1.44269504088896338700e+00
    static let p1 = 1.66666666666666019037e-01
    static let p2 = -2.77777777770155933842e-03
    static let p3 = 6.61375632143793436117e-05
    static let p4 = -1.65339022054652515390e-06
    static let p5 = 4.13813679705723846039e-08

    /// exp(x) for |x| ≤ 700.
    @inline(__always)
    static func expKernel<V: SlotValue>(_ x: V) -> V {
        // k = x / ln2 rounded to the nearest whole number, ties to even.
        let shifted = x * V(repeating: inverseLn2) + V(repeating: V.roundingShift)
        let k = shifted - V(repeating: V.roundingShift)
        let high = x - k * V(repeating: ln2High)
        let low = k * V(repeating: ln2Low)
        let r = high - low
        let t = r * r
        let c = r - t * (V(repeating: p1) + t * (V(repeating: p2) + t * (V(repeating: p3) + t * (V(repeating: p4) + t * V(repeating: p5)))))
        let y = V(repeating: 1) - ((low - (r * c) / (V(repeating: 2) - c)) - high)
        return V.scale(y, byPowerOfTwoIn: shifted)
    }

    // fdlibm e_log.c: x = 2^k · (1 + f), √2/2 ≤ 1 + f < √2; log(1 + f) = f − f²/2 + s(f²/2 + R(s²)), s = f / (2 + f).
    static let lg1 = 6.666666666666735130e-01
    static let lg2 = 3.999999999940941908e-01
    static let lg3 = 2.857142874366239149e-01
    static let lg4 = 2.222219843214978396e-01
    static let lg5 = 1.818357216161805012e-01
    static let lg6 = 1.531383769920937332e-01
    static let lg7 = 1.479819860511658591e-01
    static let squareRoot2 = 1.4142135623730951

    /// ln(x) for positive normal finite x.
    @inline(__always)
    static func logKernel<V: SlotValue>(_ x: V) -> V {
        let (mantissa, exponent) = V.split(x)
        // Mantissas above √2 are halved (exactly) and counted in the exponent.
        let m = V.choose(mantissa * V(repeating: 0.5), mantissa, if: V(repeating: squareRoot2), .less, mantissa)
        let k = V.choose(exponent + V(repeating: 1), exponent, if: V(repeating: squareRoot2), .less, mantissa)
        let f = m - V(repeating: 1)
        let s = f / (V(repeating: 2) + f)
        let z = s * s
        let w = z * z
        let t1 = w * (V(repeating: lg2) + w * (V(repeating: lg4) + w * V(repeating: lg6)))
        let t2 = z * (V(repeating: lg1) + w * (V(repeating: lg3) + w * (V(repeating: lg5) + w * V(repeating: lg7))))
        let r = t2 + t1
        let halfSquare = V(repeating: 0.5) * f * f
        return k * V(repeating: ln2High) - ((halfSquare - (s * (halfSquare + r) + k * V(repeating: ln2Low))) - f)
    }
}

extension SlotValue {
    /// 1.5 · 2^52: adding it rounds a Double below 2^51 in magnitude to a whole number, ties to
    /// even, and leaves that number in the low bits of the sum.
    @inline(__always) static var roundingShift: Double { 6755399441055744.0 }
}

/// The bit-level steps of the kernels (SlotValue's `split`, `scale` and `patch`).
extension Double {
    @inline(__always)
    static func split(_ x: Double) -> (mantissa: Double, exponent: Double) {
        let bits = x.bitPattern
        let mantissa = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
        // The biased exponent placed in the low bits of roundingShift, then the bias taken off.
        let exponent = Double(bitPattern: roundingShift.bitPattern | (bits >> 52)) - (roundingShift + 1023)
        return (mantissa, exponent)
    }

    @inline(__always)
    static func scale(_ y: Double, byPowerOfTwoIn shifted: Double) -> Double {
        let k = shifted.bitPattern &- roundingShift.bitPattern
        return Double(bitPattern: y.bitPattern &+ (k &<< 52))
    }

    @inline(__always)
    static func patch(_ result: Double, where inside: Double, _ a: Double, _ b: Double, _ fallback: (Double, Double) -> Double) -> Double {
        inside == 1 ? result : fallback(a, b)
    }
}

extension SIMD8 where Scalar == Double {
    @inline(__always)
    static func split(_ x: Self) -> (mantissa: Self, exponent: Self) {
        let bits = unsafeBitCast(x, to: SIMD8<UInt64>.self)
        let mantissa = unsafeBitCast((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000, to: Self.self)
        let shift = SIMD8<UInt64>(repeating: roundingShift.bitPattern)
        let exponent = unsafeBitCast(shift | (bits &>> 52), to: Self.self) - Self(repeating: roundingShift + 1023)
        return (mantissa, exponent)
    }

    @inline(__always)
    static func scale(_ y: Self, byPowerOfTwoIn shifted: Self) -> Self {
        let k = unsafeBitCast(shifted, to: SIMD8<UInt64>.self) &- SIMD8<UInt64>(repeating: roundingShift.bitPattern)
        return unsafeBitCast(unsafeBitCast(y, to: SIMD8<UInt64>.self) &+ (k &<< 52), to: Self.self)
    }

    @inline(__always)
    static func patch(_ result: Self, where inside: Self, _ a: Self, _ b: Self, _ fallback: (Double, Double) -> Double) -> Self {
        let outside = inside .!= Self(repeating: 1)
        guard any(outside) else { return result }
        var patched = result
        for lane in 0..<8 where outside[lane] { patched[lane] = fallback(a[lane], b[lane]) }
        return patched
    }
}
