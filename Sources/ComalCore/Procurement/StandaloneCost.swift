/// What a site would pay for the goods it got if it bought them alone, for the savings on its invoice.
public enum StandaloneCost {
    /// The price of `eaches` of `product` bought alone: whole cases at the tier the site alone reaches
    /// and, where the supplier splits, the rest as eaches; otherwise rounded up to whole cases, and
    /// never below the supplier's minimum number of cases.
    public static func goods(eaches: Int, of product: Product) -> Money {
        let pack = product.pack.eachesPerCase
        guard eaches > 0 else { return .zero }
        let (fullCases, remainder) = eaches.quotientAndRemainder(dividingBy: pack)
        if let eachPrice = product.eachPrice, fullCases * pack + remainder >= product.minimumCases * pack {
            return product.casePrice(forCases: fullCases) * fullCases + eachPrice * remainder
        }
        let cases = max(fullCases + (remainder > 0 ? 1 : 0), product.minimumCases)
        return product.casePrice(forCases: cases) * cases
    }
}
