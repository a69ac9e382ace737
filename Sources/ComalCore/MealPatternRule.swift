/// The CACFP rules the checker applies, by the ids in the project's CACFP reference (`shared/cacfp.md`).
public enum MealPatternRule: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case maxMeals = "R-MAX-MEALS"
    case breakfastComponents = "R-COMP-BREAKFAST"
    case lunchSupperComponents = "R-COMP-LUNCH-SUPPER"
    case snackComponents = "R-SNACK-COMPONENTS"
    case snackOneBeverage = "R-SNACK-ONE-BEVERAGE"
    case minimumQuantity = "R-QTY-MIN"
    case milkAge1 = "R-MILK-AGE1"
    case milk2to5 = "R-MILK-2TO5"
    case milk6Plus = "R-MILK-6PLUS"
    case adultYogurtForMilk = "R-ADULT-YOGURT-MILK"
    case adultSupperMilk = "R-ADULT-SUPPER-MILK"
    case juiceOnceDaily = "R-JUICE-ONCE-DAILY"
    case vegetableForFruit = "R-VEG-FOR-FRUIT"
    case leafyGreens = "R-LEAFY"
    case driedFruit = "R-DRIED-FRUIT"
    case beansOneComponent = "R-BEANS-ONE-COMPONENT"
    case minimumCreditable = "R-MIN-CREDITABLE"
    case wholeGrainRichDaily = "R-WGR-DAILY"
    case grainBasedDessert = "R-GBD"
    case cerealSugar = "R-CEREAL-SUGAR"
    case breakfastMeatForGrain = "R-BKFST-MMA-SUB-3X"
    case vegetableForGrain = "R-VEG-SUB-GRAIN"
    case nuts = "R-NUTS"
    case yogurtSugar = "R-YOGURT-SUGAR"
    case tofu = "R-TOFU"
    case deepFry = "R-DEEP-FRY"
    case offerVersusServe = "R-OVS"
    case infantQuantity = "R-INFANT-QTY"
    case infantIron = "R-INFANT-IRON"
    case infantNoJuice = "R-INFANT-NO-JUICE"
    case grainCredit = "R-GRAIN-CREDIT"

    /// Where the rule is written.
    public var citation: String {
        switch self {
        case .maxMeals: "7 CFR 226.17(b)(4), 226.18(c); emergency shelters 226.19b"
        case .breakfastComponents: "7 CFR 226.20(a), (c)(1)"
        case .lunchSupperComponents: "7 CFR 226.20(a), (c)(2)"
        case .snackComponents, .snackOneBeverage: "7 CFR 226.20(c)(3); CACFP Crediting Handbook (milk and juice)"
        case .minimumQuantity: "7 CFR 226.20(c)(1)-(3), meal pattern tables"
        case .milkAge1, .milk2to5, .milk6Plus:
            "7 CFR 226.20(a)(1); FNS CACFP 01-2025; Expanding Fluid Milk Options final rule (FR Doc 2026-09212)"
        case .adultYogurtForMilk: "7 CFR 226.20(a)(1)(iv)"
        case .adultSupperMilk: "7 CFR 226.20(c)(2), adult supper footnote"
        case .juiceOnceDaily: "7 CFR 226.20(a)(2)(ii), (a)(3)(ii)"
        case .vegetableForFruit: "7 CFR 226.20(a)(3)(i)"
        case .leafyGreens, .driedFruit: "7 CFR 226.20(c), meal pattern table footnotes"
        case .beansOneComponent: "7 CFR 226.20(a)(5)(iii)"
        case .minimumCreditable: "USDA Food Buying Guide, Sections 1-2 (1/8 cup, 0.25 oz minimums)"
        case .wholeGrainRichDaily: "7 CFR 226.20(a)(4)(i); 226.2 (whole grain-rich)"
        case .grainBasedDessert: "7 CFR 226.20(a)(4)(iii); FNS CACFP 16-2017"
        case .cerealSugar: "7 CFR 226.20(a)(4)(ii); FNS implementation timeline (added sugars from 2025-10-01)"
        case .breakfastMeatForGrain: "7 CFR 226.20(a)(5)(i); FNS CACFP 05-2025"
        case .vegetableForGrain: "FNS SP 03-2025/CACFP 03-2025"
        case .nuts: "7 CFR 226.20(a)(5)(ii), as amended 89 FR 31962 (2024-07-01)"
        case .yogurtSugar: "7 CFR 226.20(a)(5)(vi); FNS implementation timeline (added sugars from 2025-10-01)"
        case .tofu: "7 CFR 226.20(a)(5)(iv); FNS SP/CACFP/SFSP 02-2024"
        case .deepFry: "7 CFR 226.20(d)"
        case .offerVersusServe: "7 CFR 226.20(o); FNS CACFP 02-2025"
        case .infantQuantity, .infantNoJuice: "7 CFR 226.20(b)"
        case .infantIron: "7 CFR 226.20(b)(2)"
        case .grainCredit: "FNS Exhibit A (grain ounce equivalents); FNS CACFP 05-2025"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
