/// How the alliance turns the eaches its sites ordered into whole cases to buy.
public enum CaseRoundingRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// Buy the full cases ordered, plus one more when the sites' tolerance can absorb the rest of it;
    /// otherwise the partial case is not bought and its shortfall is shared.
    case fill
    /// Always round up to whole cases; the extra eaches go to the hub's stock.
    case up

    /// What to buy of a product whose sites ordered `orderedEaches` in all and would take `tolerance`
    /// more, under this rule.
    public func purchase(orderedEaches: Int, tolerance: Int, eachesPerCase pack: Int, splitsCases: Bool) -> CasePurchase {
        let (fullCases, remainder) = orderedEaches.quotientAndRemainder(dividingBy: pack)
        guard remainder > 0 else { return CasePurchase(cases: fullCases, splitEaches: 0) }
        if splitsCases { return CasePurchase(cases: fullCases, splitEaches: remainder) }
        switch self {
        case .fill:
            return CasePurchase(cases: fullCases + (remainder + tolerance >= pack ? 1 : 0), splitEaches: 0)
        case .up:
            return CasePurchase(cases: fullCases + 1, splitEaches: 0)
        }
    }
}

/// How much of one product the alliance buys: whole cases, and single eaches where the supplier splits.
public struct CasePurchase: Hashable, Sendable, Codable {
    public var cases: Int
    public var splitEaches: Int

    public init(cases: Int, splitEaches: Int) {
        self.cases = cases
        self.splitEaches = splitEaches
    }

    /// Every each bought, in eaches of a pack of `eachesPerCase`.
    public func eaches(eachesPerCase: Int) -> Int { cases * eachesPerCase + splitEaches }
}
