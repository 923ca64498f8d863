import Testing
@testable import Analysis

/// Reference outputs come from an independent Python transcription of Vigna's C code
/// (xoshiro256starstar.c, splitmix64.c).
@Suite struct RandomTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        var mixer = SplitMix64(state: 1234567)
        #expect([mixer.next(), mixer.next(), mixer.next()] == [6457827717110365317, 3203168211198807973, 9817491932198370423])
        #expect(SplitMix64.mix(0) == 0)
    }

    @Test func xoshiroMatchesTheReferenceFromAKnownState() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let outputs = (0..<6).map { _ in generator.next() }
        #expect(outputs == [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600])
    }

    @Test(arguments: [
        (UInt64(0), UInt64(0), [UInt64(0x99ec5f36cb75f2b4), 0xbf6e1f784956452a, 0x1a5f849d4933e6e0, 0x6aa594f1262d2d2c, 0xbba5ad4a1f842e59]),
        (1, 0, [0xb3f2af6d0fc710c5, 0x853b559647364cea, 0x92f89756082a4514, 0x642e1c7bc266a3a7, 0xb27a48e29a233673]),
        (1, 1, [0x070829099ba4bdb5, 0x547bf1256b539df8, 0x011b0f367e63ab7d, 0x7368ff2551c4a794, 0x06bf424c4bcb4a89]),
        (42, 7, [0x11a904479c05b3da, 0xcffd69429302c462, 0x79e6a4245def3af9, 0x501c914b15828b2b, 0x1086c29df459f2f2]),
        (.max, 123456789, [0xcf2d4c2eca913fc1, 0x9785478de976090a, 0xbe1f6747e5e898a6, 0x05cd0137058ee8e5, 0x8eeb2c1ad7cb789a]),
    ])
    func seededStreamsMatchTheReference(seed: UInt64, stream: UInt64, expected: [UInt64]) {
        var generator = Xoshiro256StarStar(seed: seed, stream: stream)
        #expect((0..<5).map { _ in generator.next() } == expected)
    }

    @Test func unitDrawsAreTheTop53Bits() {
        var generator = Xoshiro256StarStar(seed: 1, stream: 0)
        #expect([generator.nextUnit(), generator.nextUnit(), generator.nextUnit()] == [0.7029218331588505, 0.5204366199388569, 0.5741057000197225])
    }

    @Test func unitDrawsStayInTheirIntervals() {
        var generator = Xoshiro256StarStar(seed: 9, stream: 3)
        for _ in 0..<100_000 {
            let u = generator.nextUnit(), open = generator.nextOpenUnit()
            #expect(u >= 0 && u < 1)
            #expect(open > 0 && open < 1)
        }
    }
}
