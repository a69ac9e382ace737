import ComalCore

/// The fixed texts of printed pages (wall menus, production records), English and Spanish side by
/// side; those that name a value take it.
enum PrintLabels {
    static let week = BilingualText(english: "Week", spanish: "Semana")
    static let wholeGrainMark = BilingualText(english: "WG", spanish: "GI")
    static let wholeGrainLegend = BilingualText(english: "whole grain-rich", spanish: "rico en granos integrales")
    static let infants0to5 = BilingualText(english: "infants 0-5 mo", spanish: "bebés 0-5 m")
    static let infants6to11 = BilingualText(english: "infants 6-11 mo", spanish: "bebés 6-11 m")
    static let adults = BilingualText(english: "adults", spanish: "adultos")
    static let allergens = BilingualText(english: "Allergens: ", spanish: "Alérgenos: ")
    static let untaggedItems = BilingualText(
        english: "Untagged items: every child from age 1.", spanish: "Sin etiqueta: todos los niños desde 1 año.")
    static let waterAndMilk = BilingualText(
        english: "Water is available all day. Milk is served by age group as shown.",
        spanish: "Hay agua disponible todo el día. La leche se sirve por grupo de edad como se indica.")
    static let recipe = BilingualText(english: "recipe", spanish: "receta")

    /// The route map's depot, and a site no vehicle could reach.
    static let hub = BilingualText(english: "Hub", spanish: "Centro de distribución")
    static let unserved = BilingualText(english: "unserved", spanish: "sin entrega")

    /// `12 stops` on the route map's legend.
    static func stops(_ count: Int) -> BilingualText {
        BilingualText(english: "\(count) stop\(count == 1 ? "" : "s")", spanish: "\(count) parada\(count == 1 ? "" : "s")")
    }

    /// `ages 3-5, 6-12` or `3-5, 6-12 años`.
    static func ages(_ groups: String) -> BilingualText {
        BilingualText(english: "ages \(groups)", spanish: "\(groups) años")
    }

    /// Every text, for the test that each has both languages.
    static let all: [BilingualText] = [
        week, wholeGrainMark, wholeGrainLegend, infants0to5, infants6to11, adults, allergens, untaggedItems, waterAndMilk,
        recipe, ages("3-5"), hub, unserved, stops(1), stops(12),
    ]
}
