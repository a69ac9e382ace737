import ComalCore

/// The short marks a wall menu puts after an item, explained in its legend, in each language.
enum PageMarks {
    /// The whole grain-rich mark.
    static func wholeGrain(_ language: Language) -> String { PrintLabels.wholeGrainMark.text(in: language) }

    static func wholeGrainLegend(_ language: Language) -> String { PrintLabels.wholeGrainLegend.text(in: language) }

    /// A letter or two per allergen, unique within a language.
    static func allergen(_ allergen: Allergen, _ language: Language) -> String {
        switch (allergen, language) {
        case (.milk, .english): "M"
        case (.egg, .english): "E"
        case (.fish, .english): "F"
        case (.shellfish, .english): "SF"
        case (.peanuts, .english): "P"
        case (.wheat, .english): "W"
        case (.soy, .english): "S"
        case (.sesame, .english): "SE"
        case (.treeNuts, .english): "TN"
        case (.milk, .spanish): "L"
        case (.egg, .spanish): "H"
        case (.fish, .spanish): "P"
        case (.shellfish, .spanish): "MA"
        case (.peanuts, .spanish): "C"
        case (.wheat, .spanish): "T"
        case (.soy, .spanish): "S"
        case (.sesame, .spanish): "A"
        case (.treeNuts, .spanish): "N"
        }
    }
}
