import Foundation

/// How much one item counts toward one component, in the component's measure (fl oz, cups, oz eq),
/// and which crediting rule shaped the number, so a shortfall can name the rule that caused it.
struct ItemCredit: Hashable, Sendable {
    /// The item, as served.
    var item: MealItem
    /// The component the item counts toward (a vegetable standing in for grains counts toward grains).
    var component: FoodComponent
    /// The amount that counts, after conversions, minimums and rounding.
    var amount: Decimal
    /// The amount before the minimum and the rounding down were applied.
    var unrounded: Decimal
    /// Why the item credits nothing or less than served, when a crediting rule says so.
    var adjustment: MealPatternRule?

    /// Credits `item` toward `component`; nil when its unit cannot be turned into the component's measure.
    init?(_ item: MealItem, toward component: FoodComponent) {
        self.item = item
        self.component = component
        guard let amount = Self.measure(item, toward: component) else { return nil }
        self.unrounded = amount
        self.amount = amount
        applyMinimums()
    }

    private mutating func applyMinimums() {
        if component == .vegetables || component == .fruits, unrounded < Decimal(string: "0.125")! {
            amount = 0
            adjustment = .minimumCreditable
        } else if component == .meatsMeatAlternates, unrounded < Decimal(string: "0.25")! {
            amount = 0
            adjustment = .minimumCreditable
        } else if component == .grains {
            amount = unrounded.roundedDownToQuarter
            if amount != unrounded { adjustment = .grainCredit }
        }
        if adjustment == nil, item.attributes.leafyGreenRaw == true { adjustment = .leafyGreens }
        if adjustment == nil, item.attributes.driedFruit == true { adjustment = .driedFruit }
    }

    /// The served amount in the component's measure, with the conversions the meal pattern tables give.
    static func measure(_ item: MealItem, toward component: FoodComponent) -> Decimal? {
        let serving = item.serving
        let attributes = item.attributes
        switch component {
        case .milk:
            if attributes.yogurt == true, attributes.substitutesFor == .milk {
                // 6 oz (3/4 cup) of yogurt stands for 8 fl oz of milk.
                switch serving.unit {
                case .ounce: return serving.amount * 8 / 6
                case .cup: return serving.amount * 8 / Decimal(string: "0.75")!
                default: return nil
                }
            }
            return serving.cups.map { $0 * 8 }
        case .breastmilkOrFormula:
            return serving.cups.map { $0 * 8 }
        case .vegetables, .fruits:
            guard let cups = serving.cups else { return nil }
            if attributes.leafyGreenRaw == true { return cups / 2 }
            if attributes.driedFruit == true { return cups * 2 }
            return cups
        case .meatsMeatAlternates:
            return meatAlternateOunceEquivalents(item)
        case .grains:
            return grainOunceEquivalents(item)
        case .nonCreditable:
            return 0
        }
    }

    /// Ounce equivalents of a meat or meat alternate, from the lunch table's ratios.
    private static func meatAlternateOunceEquivalents(_ item: MealItem) -> Decimal? {
        let serving = item.serving
        let attributes = item.attributes
        if let stated = attributes.ounceEquivalents { return stated }
        if serving.unit == .ounceEquivalent { return serving.amount }
        if serving.unit == .largeEgg { return serving.amount * 2 }
        let cups = serving.cups
        if item.isTofu {
            if serving.unit == .ounce { return serving.amount / Decimal(string: "2.2")! }
            return cups.map { $0 * 4 }
        }
        if attributes.yogurt == true {
            if serving.unit == .ounce { return serving.amount / 4 }
            return cups.map { $0 * 2 }
        }
        if item.isBeansPeasLentils { return cups.map { $0 * 4 } }
        if attributes.nutOrSeed == true, serving.unit == .tablespoon { return serving.amount / 2 }
        switch serving.unit {
        case .ounce: return serving.amount
        case .gram: return serving.amount / Decimal(string: "28.349523125")!
        default: return nil
        }
    }

    /// Ounce equivalents of a grain: stated, from creditable grams (16 g = 1 oz eq), or from the
    /// Exhibit A group's weight or volume; vegetables standing in for grains at 1/2 cup = 1 oz eq.
    private static func grainOunceEquivalents(_ item: MealItem) -> Decimal? {
        let serving = item.serving
        let attributes = item.attributes
        if item.component == .vegetables {
            guard let cups = serving.cups else { return nil }
            return (attributes.leafyGreenRaw == true ? cups / 2 : cups) * 2
        }
        if item.component == .meatsMeatAlternates { return meatAlternateOunceEquivalents(item) }
        if let stated = attributes.ounceEquivalents { return stated }
        if serving.unit == .ounceEquivalent { return serving.amount }
        if let grams = attributes.creditableGrainGrams { return grams / 16 }
        guard let group = attributes.exhibitAGroup else { return nil }
        switch serving.unit {
        case .gram: return serving.amount / group.gramsPerOunceEquivalent
        case .ounce: return serving.amount * Decimal(string: "28.349523125")! / group.gramsPerOunceEquivalent
        default:
            guard let cups = serving.cups, let perOunceEquivalent = group.cupsPerOunceEquivalent else { return nil }
            return cups / perOunceEquivalent
        }
    }
}

extension MealItem {
    /// Whether the item is tofu or another soy product credited by protein (its name says tofu).
    var isTofu: Bool { name.lowercased().contains("tofu") }
}

extension Sequence<ItemCredit> {
    /// What the credits count for together, in their component's measure.
    var totalAmount: Decimal { reduce(Decimal(0)) { $0 + $1.amount } }
}
