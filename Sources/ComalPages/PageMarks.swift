import ComalCore

/// The short marks a wall menu puts after an item, explained in its legend, in each language.
enum PageMarks {
    /// The whole grain-rich mark.
    static func wholeGrain(_ language: Language) -> String { PrintLabels.wholeGrainMark.text(in: language) }

    static func wholeGrainLegend(_ language: Language) -> String { PrintLabels.wholeGrainLegend.text(in: language) }

    /// A letter or two per allergen, unique within a language.
    static func allergen(_ allergen: Allergen, _ language: Language) -> String {
        let mark =
            switch allergen {
            case .milk: BilingualText(english: "M", spanish: "L")
            case .egg: BilingualText(english: "E", spanish: "H")
            case .fish: BilingualText(english: "F", spanish: "P")
            case .shellfish: BilingualText(english: "SF", spanish: "MA")
            case .peanuts: BilingualText(english: "P", spanish: "C")
            case .wheat: BilingualText(english: "W", spanish: "T")
            case .soy: BilingualText(english: "S", spanish: "S")
            case .sesame: BilingualText(english: "SE", spanish: "A")
            case .treeNuts: BilingualText(english: "TN", spanish: "N")
            }
        return mark.text(in: language)
    }
}
