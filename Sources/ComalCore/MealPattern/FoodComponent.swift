/// A CACFP meal component: the groups a meal is checked by. Items that credit to none are kept
/// (a cook still serves salsa) as `nonCreditable`.
public enum FoodComponent: String, Hashable, Sendable, Codable, DeclarationOrdered {
    case milk
    case meatsMeatAlternates = "meats_meat_alternates"
    case vegetables
    case fruits
    case grains
    case breastmilkOrFormula = "breastmilk_or_formula"
    case nonCreditable = "non_creditable"

    /// The five components of the children's and adults' pattern.
    public static let fiveComponents: [FoodComponent] = [.milk, .meatsMeatAlternates, .vegetables, .fruits, .grains]

    /// The component as a cook reads it.
    public var label: BilingualText {
        switch self {
        case .milk: BilingualText(english: "milk", spanish: "leche")
        case .meatsMeatAlternates: BilingualText(english: "meat/meat alternate", spanish: "carne o sustituto de carne")
        case .vegetables: BilingualText(english: "vegetable", spanish: "verdura")
        case .fruits: BilingualText(english: "fruit", spanish: "fruta")
        case .grains: BilingualText(english: "grain", spanish: "grano")
        case .breastmilkOrFormula: BilingualText(english: "breastmilk or formula", spanish: "leche materna o fórmula")
        case .nonCreditable: BilingualText(english: "non-creditable food", spanish: "alimento que no cuenta")
        }
    }

    /// The measure the component's minimums are written in.
    public var creditingUnit: ServingUnit? {
        switch self {
        case .milk, .breastmilkOrFormula: .fluidOunce
        case .meatsMeatAlternates, .grains: .ounceEquivalent
        case .vegetables, .fruits: .cup
        case .nonCreditable: nil
        }
    }
}
