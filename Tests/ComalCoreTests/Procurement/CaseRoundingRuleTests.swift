import ComalCore
import Testing

@Suite("Case rounding rule")
struct CaseRoundingRuleTests {
    /// `fill`, whole cases only, pack of 6: floor(Q/6) cases, plus one when the remainder r > 0 and r + T ≥ 6.
    @Test(
        "fill buys the partial case only when tolerance completes it",
        arguments: [
            // (Q, T, cases)
            (12, 0, 2),  // r = 0: exact cases, tolerance irrelevant
            (12, 9, 2),  // r = 0: tolerance never buys an extra case
            (13, 0, 2),  // r = 1, 1 + 0 < 6
            (13, 4, 2),  // r = 1, 1 + 4 = 5 < 6: one short of the threshold
            (13, 5, 3),  // r = 1, 1 + 5 = 6: exactly at the threshold
            (13, 6, 3),  // r = 1, 1 + 6 = 7 > 6
            (17, 0, 2),  // r = 5, 5 + 0 < 6
            (17, 1, 3),  // r = 5, 5 + 1 = 6
            (5, 0, 0),  // less than a case, no tolerance
            (5, 1, 1),  // 5 + 1 = 6
            (1, 4, 0),  // 1 + 4 = 5
            (1, 5, 1),  // 1 + 5 = 6
            (0, 0, 0),
            (0, 10, 0),  // nothing ordered: tolerance alone buys nothing
            (6, 0, 1),
            (60, 0, 10),
        ])
    func fill(ordered: Int, tolerance: Int, cases: Int) {
        let purchase = CaseRoundingRule.fill.purchase(
            orderedEaches: ordered, tolerance: tolerance, eachesPerCase: 6,
            splitsCases: false)
        #expect(purchase == CasePurchase(cases: cases, splitEaches: 0))
        #expect(purchase.eaches(eachesPerCase: 6) == cases * 6)
    }

    /// `up`, whole cases only: ceil(Q/6), whatever the tolerance.
    @Test(
        "up always rounds to the next whole case",
        arguments: [
            // (Q, T, cases)
            (12, 0, 2), (13, 0, 3), (13, 4, 3), (17, 0, 3), (18, 0, 3), (19, 0, 4), (5, 0, 1), (1, 0, 1), (0, 0, 0),
            (0, 5, 0),
        ])
    func up(ordered: Int, tolerance: Int, cases: Int) {
        let purchase = CaseRoundingRule.up.purchase(
            orderedEaches: ordered, tolerance: tolerance, eachesPerCase: 6,
            splitsCases: false)
        #expect(purchase == CasePurchase(cases: cases, splitEaches: 0))
    }

    /// A supplier that splits cases sells exactly what was ordered: floor(Q/6) cases and r eaches, under either rule.
    @Test("splittable products buy whole cases and the remainder as eaches", arguments: CaseRoundingRule.allCases)
    func splittable(rule: CaseRoundingRule) {
        let table = [
            // (Q, T, cases, eaches)
            (13, 0, 2, 1), (13, 5, 2, 1), (13, 6, 2, 1), (12, 3, 2, 0), (5, 0, 0, 5), (5, 1, 0, 5), (0, 0, 0, 0),
            (35, 0, 5, 5),
        ]
        for (ordered, tolerance, cases, eaches) in table {
            let purchase = rule.purchase(
                orderedEaches: ordered, tolerance: tolerance, eachesPerCase: 6,
                splitsCases: true)
            #expect(purchase == CasePurchase(cases: cases, splitEaches: eaches), "Q=\(ordered) T=\(tolerance)")
            #expect(purchase.eaches(eachesPerCase: 6) == ordered)
        }
    }

    @Test(
        "other pack sizes follow the same thresholds",
        arguments: [
            // (rule, Q, T, p, cases)
            (CaseRoundingRule.fill, 25, 10, 36, 0),  // 25 + 10 = 35 < 36
            (.fill, 25, 11, 36, 1),  // 25 + 11 = 36
            (.fill, 73, 0, 36, 2),  // 2 cases and 1 over
            (.up, 73, 0, 36, 3),
            (.fill, 1, 0, 1, 1),  // a pack of one never leaves a remainder
            (.up, 7, 0, 1, 7),
        ])
    func otherPacks(rule: CaseRoundingRule, ordered: Int, tolerance: Int, pack: Int, cases: Int) {
        #expect(
            rule.purchase(orderedEaches: ordered, tolerance: tolerance, eachesPerCase: pack, splitsCases: false)
                == CasePurchase(cases: cases, splitEaches: 0))
    }
}
