import Foundation

/// What the checker needs to know about a food beyond its component and amount: how it credits,
/// and the facts (sugar, fat, fortification, preparation) the rules turn on.
///
/// Every field is optional; a rule that needs a missing fact says so in its finding rather than
/// guessing. The JSON and YAML keys are the snake_case names in `Key`.
public struct CreditingAttributes: Hashable, Sendable, Codable {
    public var wholeGrainRich: Bool?
    public var grainBasedDessert: Bool?
    public var exhibitAGroup: ExhibitAGroup?
    /// Grams of creditable grain in the served amount (baked goods: 16 g = 1 oz eq).
    public var creditableGrainGrams: Decimal?
    /// Ounce equivalents in the served amount, as a CN label or product formulation statement states them.
    public var ounceEquivalents: Decimal?
    public var breakfastCereal: Bool?
    public var addedSugarGramsPerOunce: Decimal?
    public var totalSugarGramsPerOunce: Decimal?
    /// Recorded for the menu; CACFP sets no cap on flavored milk's added sugars (the 2024 caps are school-only).
    public var addedSugarGramsPer8FluidOunces: Decimal?
    public var yogurt: Bool?
    public var juice: Bool?
    public var milkFat: MilkFat?
    public var flavored: Bool?
    public var milkSubstitute: Bool?
    public var ironFortified: Bool?
    public var infantFormula: Bool?
    public var breastmilk: Bool?
    public var suppliedBy: FoodProvider?
    public var leafyGreenRaw: Bool?
    public var driedFruit: Bool?
    /// The kind of vegetable (`carrots`, `beans_peas_lentils`); two items of one kind are one kind.
    public var vegetableKind: String?
    /// The component this item stands in for (yogurt for milk, vegetables for grains).
    public var substitutesFor: FoodComponent?
    /// A meat/meat alternate served at breakfast in place of the whole grain component.
    public var replacesGrains: Bool?
    public var nutOrSeed: Bool?
    public var commerciallyPrepared: Bool?
    public var proteinGramsPerServing: Decimal?
    public var cnLabel: Bool?
    public var standardizedRecipe: Bool?
    /// The dish an item belongs to, so beans in one dish are credited as one component only.
    public var dishID: String?
    public var deepFatFriedOnSite: Bool?
    public var commerciallyPrefried: Bool?
    /// How a commercially pre-fried food is reheated (`oven`, `deep_fry`).
    public var reheatedMethod: String?

    /// Who provided the food, the center or a parent (not a supplier of the alliance): parents may
    /// provide breastmilk or formula for infants, not the other components.
    public enum FoodProvider: String, Hashable, Sendable, Codable, CaseIterable { case center, parent }

    /// The Exhibit A product groups, each with the weight of one ounce equivalent.
    public enum ExhibitAGroup: String, Hashable, Sendable, Codable, CaseIterable {
        case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F", g = "G", h = "H", i = "I"

        /// Grams of product that make one ounce equivalent (group H: dry weight; group I: ready-to-eat cereal).
        public var gramsPerOunceEquivalent: Decimal {
            switch self {
            case .a: 22
            case .b: 28
            case .c: 34
            case .d: 55
            case .e: 69
            case .f: 82
            case .g: 125
            case .h, .i: 28
            }
        }

        /// Cups of the cooked grain (H) or flakes and rounds (I) that make one ounce equivalent.
        public var cupsPerOunceEquivalent: Decimal? {
            switch self {
            case .h: Decimal(string: "0.5")!
            case .i: 1
            default: nil
            }
        }
    }

    /// The milk fat levels the milk rules name.
    public enum MilkFat: String, Hashable, Sendable, Codable, CaseIterable {
        case whole, reducedFat = "2%", lowFat = "1%", fatFree = "fat-free"
    }

    /// The attribute keys as written in menus, food tables and check requests.
    public enum Key: String, CaseIterable, Sendable {
        case wholeGrainRich = "whole_grain_rich", grainBasedDessert = "grain_based_dessert"
        case exhibitAGroup = "exhibit_a_group", creditableGrainGrams = "creditable_grain_g"
        case ounceEquivalents = "oz_eq", breakfastCereal = "breakfast_cereal"
        case addedSugarGramsPerOunce = "added_sugar_g_per_oz", totalSugarGramsPerOunce = "total_sugar_g_per_oz"
        case addedSugarGramsPer8FluidOunces = "added_sugar_g_per_8floz", yogurt, juice
        case milkFat = "milk_fat", flavored, milkSubstitute = "milk_substitute", ironFortified = "iron_fortified"
        case infantFormula = "infant_formula", breastmilk, suppliedBy = "supplied_by"
        case leafyGreenRaw = "leafy_green_raw", driedFruit = "dried_fruit", vegetableKind = "vegetable_kind"
        case substitutesFor = "substitutes_for", replacesGrains = "replaces_grains", nutOrSeed = "nut_or_seed"
        case commerciallyPrepared = "commercially_prepared", proteinGramsPerServing = "protein_g_per_serving"
        case cnLabel = "cn_label", standardizedRecipe = "standardized_recipe", dishID = "dish_id"
        case deepFatFriedOnSite = "deep_fat_fried_on_site", commerciallyPrefried = "commercially_prefried"
        case reheatedMethod = "reheated_method"

        /// What kind of value the key takes, so readers can reject a wrong one with the key's name.
        public enum ValueKind: Sendable { case flag, number, text, choice([String]) }

        /// The kind of value this key takes.
        public var valueKind: ValueKind {
            switch self {
            case .creditableGrainGrams, .ounceEquivalents, .addedSugarGramsPerOunce, .totalSugarGramsPerOunce,
                .addedSugarGramsPer8FluidOunces, .proteinGramsPerServing:
                .number
            case .vegetableKind, .dishID, .reheatedMethod: .text
            case .exhibitAGroup: .choice(ExhibitAGroup.allCases.map(\.rawValue))
            case .milkFat: .choice(MilkFat.allCases.map(\.rawValue))
            case .suppliedBy: .choice(FoodProvider.allCases.map(\.rawValue))
            case .substitutesFor: .choice(FoodComponent.allCases.map(\.rawValue))
            default: .flag
            }
        }
    }

    /// No attributes.
    public init() {}

    /// Sets one attribute from its already-validated value (`Bool`, `Decimal` or `String`); returns false
    /// when the value is not one `key` takes.
    public mutating func set(_ key: Key, to value: AttributeValue) -> Bool {
        switch (key.valueKind, value) {
        case (.flag, .flag(let flag)): setFlag(key, flag)
        case (.number, .number(let number)): setNumber(key, number)
        case (.text, .text(let text)): setText(key, text)
        case (.choice(let allowed), .text(let text)) where allowed.contains(text): setText(key, text)
        default: return false
        }
        return true
    }

    /// A value of an attribute as read from a file.
    public enum AttributeValue: Hashable, Sendable { case flag(Bool), number(Decimal), text(String) }

    private mutating func setFlag(_ key: Key, _ value: Bool) {
        switch key {
        case .wholeGrainRich: wholeGrainRich = value
        case .grainBasedDessert: grainBasedDessert = value
        case .breakfastCereal: breakfastCereal = value
        case .yogurt: yogurt = value
        case .juice: juice = value
        case .flavored: flavored = value
        case .milkSubstitute: milkSubstitute = value
        case .ironFortified: ironFortified = value
        case .infantFormula: infantFormula = value
        case .breastmilk: breastmilk = value
        case .leafyGreenRaw: leafyGreenRaw = value
        case .driedFruit: driedFruit = value
        case .replacesGrains: replacesGrains = value
        case .nutOrSeed: nutOrSeed = value
        case .commerciallyPrepared: commerciallyPrepared = value
        case .cnLabel: cnLabel = value
        case .standardizedRecipe: standardizedRecipe = value
        case .deepFatFriedOnSite: deepFatFriedOnSite = value
        case .commerciallyPrefried: commerciallyPrefried = value
        default: break
        }
    }

    private mutating func setNumber(_ key: Key, _ value: Decimal) {
        switch key {
        case .creditableGrainGrams: creditableGrainGrams = value
        case .ounceEquivalents: ounceEquivalents = value
        case .addedSugarGramsPerOunce: addedSugarGramsPerOunce = value
        case .totalSugarGramsPerOunce: totalSugarGramsPerOunce = value
        case .addedSugarGramsPer8FluidOunces: addedSugarGramsPer8FluidOunces = value
        case .proteinGramsPerServing: proteinGramsPerServing = value
        default: break
        }
    }

    private mutating func setText(_ key: Key, _ value: String) {
        switch key {
        case .vegetableKind: vegetableKind = value
        case .dishID: dishID = value
        case .reheatedMethod: reheatedMethod = value
        case .exhibitAGroup: exhibitAGroup = ExhibitAGroup(rawValue: value)
        case .milkFat: milkFat = MilkFat(rawValue: value)
        case .suppliedBy: suppliedBy = FoodProvider(rawValue: value)
        case .substitutesFor: substitutesFor = FoodComponent(rawValue: value)
        default: break
        }
    }

    /// The attributes of `other` laid over these (a menu item's own facts override its food's).
    public func overlaid(with other: CreditingAttributes) -> CreditingAttributes {
        var merged = self
        for key in Key.allCases {
            if let value = other.value(of: key) { _ = merged.set(key, to: value) }
        }
        return merged
    }

    /// The value of one attribute, nil when unset.
    public func value(of key: Key) -> AttributeValue? {
        switch key {
        case .wholeGrainRich: wholeGrainRich.map(AttributeValue.flag)
        case .grainBasedDessert: grainBasedDessert.map(AttributeValue.flag)
        case .exhibitAGroup: exhibitAGroup.map { .text($0.rawValue) }
        case .creditableGrainGrams: creditableGrainGrams.map(AttributeValue.number)
        case .ounceEquivalents: ounceEquivalents.map(AttributeValue.number)
        case .breakfastCereal: breakfastCereal.map(AttributeValue.flag)
        case .addedSugarGramsPerOunce: addedSugarGramsPerOunce.map(AttributeValue.number)
        case .totalSugarGramsPerOunce: totalSugarGramsPerOunce.map(AttributeValue.number)
        case .addedSugarGramsPer8FluidOunces: addedSugarGramsPer8FluidOunces.map(AttributeValue.number)
        case .yogurt: yogurt.map(AttributeValue.flag)
        case .juice: juice.map(AttributeValue.flag)
        case .milkFat: milkFat.map { .text($0.rawValue) }
        case .flavored: flavored.map(AttributeValue.flag)
        case .milkSubstitute: milkSubstitute.map(AttributeValue.flag)
        case .ironFortified: ironFortified.map(AttributeValue.flag)
        case .infantFormula: infantFormula.map(AttributeValue.flag)
        case .breastmilk: breastmilk.map(AttributeValue.flag)
        case .suppliedBy: suppliedBy.map { .text($0.rawValue) }
        case .leafyGreenRaw: leafyGreenRaw.map(AttributeValue.flag)
        case .driedFruit: driedFruit.map(AttributeValue.flag)
        case .vegetableKind: vegetableKind.map(AttributeValue.text)
        case .substitutesFor: substitutesFor.map { .text($0.rawValue) }
        case .replacesGrains: replacesGrains.map(AttributeValue.flag)
        case .nutOrSeed: nutOrSeed.map(AttributeValue.flag)
        case .commerciallyPrepared: commerciallyPrepared.map(AttributeValue.flag)
        case .proteinGramsPerServing: proteinGramsPerServing.map(AttributeValue.number)
        case .cnLabel: cnLabel.map(AttributeValue.flag)
        case .standardizedRecipe: standardizedRecipe.map(AttributeValue.flag)
        case .dishID: dishID.map(AttributeValue.text)
        case .deepFatFriedOnSite: deepFatFriedOnSite.map(AttributeValue.flag)
        case .commerciallyPrefried: commerciallyPrefried.map(AttributeValue.flag)
        case .reheatedMethod: reheatedMethod.map(AttributeValue.text)
        }
    }
}
