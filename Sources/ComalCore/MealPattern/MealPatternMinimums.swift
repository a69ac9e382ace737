import Foundation

/// The least of each component a meal must hold for an age group (7 CFR 226.20(c) tables), in fl oz
/// (milk), oz eq (meats/meat alternates, grains) and cups (vegetables, fruits). Public for the planner,
/// whose constraints are these minimums.
public struct MealPatternMinimums: Hashable, Sendable {
    public var milk: Decimal
    /// Nil at breakfast, where meats/meat alternates are optional.
    public var meatsMeatAlternates: Decimal?
    public var vegetables: Decimal
    public var fruits: Decimal
    public var grains: Decimal

    /// The minimums of `meal` for `ageGroup`; nil for infants, whose pattern is separate.
    public init?(meal: MealType, ageGroup: MealPatternAgeGroup) {
        let column: Int
        switch ageGroup {
        case .ages1to2: column = 0
        case .ages3to5: column = 1
        case .ages6to12: column = 2
        case .ages13to18: column = 3
        case .adult: column = 4
        case .infant0to5Months, .infant6to11Months: return nil
        }
        func pick(_ values: [String]) -> Decimal { Decimal(fractionText: values[column])! }
        switch meal {
        case .breakfast:
            // Vegetables and fruits are one combined minimum at breakfast; kept in `vegetables`.
            milk = pick(["4", "6", "8", "8", "8"])
            meatsMeatAlternates = nil
            vegetables = pick(["1/4", "1/2", "1/2", "1/2", "1/2"])
            fruits = vegetables
            grains = pick(["1/2", "1/2", "1", "1", "2"])
        case .lunch, .supper:
            milk = pick(["4", "6", "8", "8", "8"])
            meatsMeatAlternates = pick(["1", "1.5", "2", "2", "2"])
            vegetables = pick(["1/8", "1/4", "1/2", "1/2", "1/2"])
            fruits = pick(["1/8", "1/4", "1/4", "1/4", "1/2"])
            grains = pick(["1/2", "1/2", "1", "1", "2"])
        case .amSnack, .pmSnack, .eveningSnack:
            milk = pick(["4", "4", "8", "8", "8"])
            meatsMeatAlternates = pick(["1/2", "1/2", "1", "1", "1"])
            vegetables = pick(["1/2", "1/2", "3/4", "3/4", "1/2"])
            fruits = vegetables
            grains = pick(["1/2", "1/2", "1", "1", "1"])
        }
    }

    /// The minimum of one component.
    public func minimum(of component: FoodComponent) -> Decimal? {
        switch component {
        case .milk: milk
        case .meatsMeatAlternates: meatsMeatAlternates
        case .vegetables: vegetables
        case .fruits: fruits
        case .grains: grains
        case .breastmilkOrFormula, .nonCreditable: nil
        }
    }
}
