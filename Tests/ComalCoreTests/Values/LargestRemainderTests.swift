import ComalCore
import ComalTestSupport
import Testing

@Suite("Largest remainder")
struct LargestRemainderTests {
    /// Weights and expected parts are listed for keys "a", "b", "c" (…) in that order.
    @Test(
        "splits in proportion, leftovers to the largest remainders, ties to the smaller key",
        arguments: [
            // 10 × 1/3 = 3.33 each: floors 3, 3, 3; one left, all remainders tie, so "a" gets it.
            (10, [1, 1, 1], [4, 3, 3]),
            // 2 × 1/3 = 0.67 each: floors 0; two left, to "a" and "b".
            (2, [1, 1, 1], [1, 1, 0]),
            // 5 × 1/4 = 1.25, 5 × 3/4 = 3.75: the larger remainder wins over the smaller key.
            (5, [1, 3], [1, 4]),
            // Exact shares need no leftovers.
            (7, [1, 2, 4], [1, 2, 4]),
            (5, [2, 3], [2, 3]),
            // 100 × 1/6 = 16.67, × 2/6 = 33.33, × 3/6 = 50: floors 16, 33, 50; one left, to "a" (0.67 > 0.33).
            (100, [1, 2, 3], [17, 33, 50]),
            // A zero weight gets nothing; the others share all.
            (10, [0, 5], [0, 10]),
            (9, [2, 0, 1], [6, 0, 3]),
            // Nothing to split.
            (0, [3, 4], [0, 0]),
            // 1 × 2/5 = 0.4, × 3/5 = 0.6: the single unit to "b".
            (1, [2, 3], [0, 1]),
            // Negative weights count as zero.
            (4, [-3, 1, 1], [0, 2, 2]),
        ])
    func split(total: Int, weights: [Int], parts: [Int]) {
        let keys = weights.indices.map { String(UnicodeScalar(UInt8(ascii: "a") + UInt8($0))) }
        let result = LargestRemainder.split(total, weights: Dictionary(uniqueKeysWithValues: zip(keys, weights)))
        #expect(result == Dictionary(uniqueKeysWithValues: zip(keys, parts)))
    }

    @Test("when every weight is zero, nothing is assigned and the caller decides")
    func allZero() {
        #expect(LargestRemainder.split(7, weights: ["a": 0, "b": 0]) == ["a": 0, "b": 0])
        #expect(LargestRemainder.split(7, weights: [String: Int]()).isEmpty)
    }

    @Test("ties go to the smaller key, not to the key listed first")
    func tiesByKey() {
        // Dictionary literals have no meaningful order; build the same weights in opposite orders anyway.
        var forward: [Site.ID: Int] = [:], backward: [Site.ID: Int] = [:]
        for code in ["ABQ-01", "ESP-02", "TAO-03"] { forward[Site.ID(code)] = 1 }
        for code in ["TAO-03", "ESP-02", "ABQ-01"] { backward[Site.ID(code)] = 1 }
        let expected = [Site.ID("ABQ-01"): 1, Site.ID("ESP-02"): 0, Site.ID("TAO-03"): 0]
        #expect(LargestRemainder.split(1, weights: forward) == expected)
        #expect(LargestRemainder.split(1, weights: backward) == expected)
    }

    @Test("the hub sorts after every site, so a tie never favours the hub")
    func hubLast() {
        let weights: [Recipient: Int] = [.hub: 1, .site(Site.ID("ZUN-99")): 1]
        #expect(LargestRemainder.split(1, weights: weights) == [.hub: 0, .site(Site.ID("ZUN-99")): 1])
    }

    @Test(
        "money splits to the cent, credits as negative parts",
        arguments: [
            // $10.00 in thirds: 333.33 each, the leftover cent to "a".
            (1000, [1, 1, 1], [334, 333, 333]),
            (-1000, [1, 1, 1], [-334, -333, -333]),
            // $25.00 by goods 73.33 / 123.75 / 77.92 (see the worked example in ConsolidationTests).
            (2500, [7333, 12_375, 7792], [667, 1125, 708]),
            (1, [1, 1], [1, 0]),
        ])
    func money(cents: Int, weights: [Int], parts: [Int]) {
        let keys = weights.indices.map { "k\($0)" }
        let result = LargestRemainder.split(Money(cents: cents), weights: Dictionary(uniqueKeysWithValues: zip(keys, weights)))
        #expect(result == Dictionary(uniqueKeysWithValues: zip(keys, parts.map(Money.init(cents:)))))
        #expect(result.values.sorted().sum() == Money(cents: cents))
    }

    @Test("parts always add up to the whole", arguments: [1, 2, 3, 42])
    func addsUp(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let total = Int.random(in: 0...10_000, using: &generator)
            var weights: [Int: Int] = [:]
            for key in 0..<Int.random(in: 1...12, using: &generator) {
                weights[key] = Int.random(in: 0...500, using: &generator)
            }
            let parts = LargestRemainder.split(total, weights: weights)
            let weightSum = weights.values.reduce(0, +)
            #expect(parts.values.reduce(0, +) == (weightSum > 0 ? total : 0))
            for (key, weight) in weights where weightSum > 0 {
                // Each part is its exact share rounded down or up, never further off.
                let exactFloor = total * weight / weightSum
                #expect(parts[key]! == exactFloor || parts[key]! == exactFloor + 1)
            }
        }
    }
}
