/// How a site claims its meals: a center by its children's eligibility (free, reduced-price, paid),
/// a family child-care home by its tier; the sponsor's share; and whether it takes cash in lieu of
/// USDA Foods.
public struct ClaimingTerms: Hashable, Sendable, Codable {
    /// The state agency's method for a center (7 CFR 226.9(b)), or a home's tier.
    public enum Method: Hashable, Sendable, Codable {
        /// Daily meal counts by category; the expected claim uses the shares of recent counts.
        case actualCounts
        /// Claiming percentages from enrollment, set at least once a year.
        case claimingPercentages
        /// One blended rate, Σ rate × category share.
        case blendedRate
        case tier1, tier2

        public var label: String {
            switch self {
            case .actualCounts: "actual counts"
            case .claimingPercentages: "claiming percentages"
            case .blendedRate: "blended rate"
            case .tier1: "tier I"
            case .tier2: "tier II"
            }
        }
    }

    /// The most a sponsor may keep of a center's reimbursement for administration (42 USC 1766(f)(2)(C)).
    public static let largestSponsorPercent = 15

    public var site: Site.ID
    public var method: Method
    /// The share of meals in each category, in percent (centers; they add up to 100).
    public var freePercent: Int
    public var reducedPercent: Int
    public var paidPercent: Int
    /// What the sponsor keeps, in percent of the reimbursement.
    public var sponsorPercent: Int
    public var cashInLieu: Bool

    public init(
        site: Site.ID, method: Method, freePercent: Int = 0, reducedPercent: Int = 0, paidPercent: Int = 0, sponsorPercent: Int = 0,
        cashInLieu: Bool = false
    ) {
        self.site = site
        self.method = method
        self.freePercent = freePercent
        self.reducedPercent = reducedPercent
        self.paidPercent = paidPercent
        self.sponsorPercent = sponsorPercent
        self.cashInLieu = cashInLieu
    }

    /// The categories a claim is split into, with their weights in percent.
    var categories: [(ReimbursementRate.Category, Int)] {
        switch method {
        case .tier1: [(.tier1, 100)]
        case .tier2: [(.tier2, 100)]
        case .actualCounts, .claimingPercentages, .blendedRate:
            [(.free, freePercent), (.reduced, reducedPercent), (.paid, paidPercent)].filter { $0.1 > 0 }
        }
    }
}
