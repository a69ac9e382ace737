/// What CACFP pays per meal in one program year, for one kind of site and one claiming category.
public struct ReimbursementRate: Hashable, Sendable, Codable {
    /// What a rate is paid for: meals as the rate tables group them.
    public enum Meal: String, Hashable, Sendable, Codable, DeclarationOrdered {
        case breakfast
        case lunchSupper = "lunch_supper"
        case snack
        /// Cash in lieu of USDA Foods, per lunch or supper, for a center that takes it.
        case cashInLieu = "cash_in_lieu"

        /// The rate a served meal is claimed at.
        public static func of(_ meal: MealType) -> Meal {
            switch meal {
            case .breakfast: .breakfast
            case .lunch, .supper: .lunchSupper
            case .amSnack, .pmSnack, .eveningSnack: .snack
            }
        }
    }

    /// Centers claim by the family's eligibility, homes by the home's tier.
    public enum Category: String, Hashable, Sendable, Codable, DeclarationOrdered {
        case free, reduced, paid
        case tier1, tier2
        /// One rate for every category (cash in lieu).
        case all
    }

    public var year: ProgramYear
    public var siteKind: Site.Kind
    public var category: Category
    public var meal: Meal
    public var rate: Money
    /// Worked out from the statute and a secondary source rather than read from the Federal Register
    /// notice: the alliance should check it.
    public var derived: Bool
    public var source: String

    public init(
        year: ProgramYear, siteKind: Site.Kind, category: Category, meal: Meal, rate: Money, derived: Bool, source: String
    ) {
        self.year = year
        self.siteKind = siteKind
        self.category = category
        self.meal = meal
        self.rate = rate
        self.derived = derived
        self.source = source
    }
}
