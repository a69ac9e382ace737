import Foundation

/// The foods an imported product probably is, for the buyer to accept or correct: a distributor's
/// order guide names none, and a product with no food is one menus cannot order.
///
/// Words of the product's description are matched against each food's English and Spanish names
/// and id (accents and plurals aside: "Jalapeños" is "jalapeno"), rarer words counting for more;
/// a food whose purchase unit measures what the pack measures (pounds against a pack in pounds, a
/// #10 can against cans) and whose storage fits gains a little. The words of a product are its
/// description's and, given, its category's.
public struct FoodSuggestions: Sendable {
    /// One suggestion, with how much of the food's name the product's words cover, 0 to 1.
    public struct Suggestion: Hashable, Sendable {
        public var food: Food.ID
        public var score: Double
    }

    private let foods: [Food]
    private let words: [Food.ID: Set<String>]
    /// How many foods use each word, so that "fresh" weighs less than "jalapeno".
    private let uses: [String: Int]

    public init(foods: [Food]) {
        self.foods = foods.sorted { $0.id.rawValue < $1.id.rawValue }
        var words: [Food.ID: Set<String>] = [:]
        var uses: [String: Int] = [:]
        for food in self.foods {
            let all = Self.words(food.name.english).union(Self.words(food.name.spanish)).union(Self.words(food.id.rawValue))
            words[food.id] = all
            for word in all { uses[word, default: 0] += 1 }
        }
        self.words = words
        self.uses = uses
    }

    /// Up to `limit` foods the product may be, best first; none when no food shares a telling word.
    public func suggest(for product: Product, category: String = "", limit: Int = 3) -> [Suggestion] {
        let said = Self.words(product.description).union(Self.words(category))
        guard !said.isEmpty else { return [] }
        var suggestions: [Suggestion] = []
        for food in foods {
            let named = words[food.id] ?? []
            let shared = said.intersection(named)
            guard !shared.isEmpty else { continue }
            let covered = shared.map(weight).reduce(0, +) / named.map(weight).reduce(0, +)
            let matched = shared.map(weight).reduce(0, +) / said.map(weight).reduce(0, +)
            var score = 0.6 * covered + 0.3 * matched
            if food.yield?.purchaseUnit.dimension == product.pack.eachSize.unit.dimension { score += 0.1 }
            suggestions.append(Suggestion(food: food.id, score: min(score, 1)))
        }
        return suggestions.sorted { ($0.score, $1.food.rawValue) > ($1.score, $0.food.rawValue) }
            .filter { $0.score >= 0.25 }.prefix(limit).map { $0 }
    }

    private func weight(_ word: String) -> Double { 1 / log(2 + Double(uses[word] ?? 0)) }

    /// Words that are not filler, lower case, without accents, singular.
    static func words(_ text: String) -> Set<String> {
        // "1%" is the `1pct` of food ids; a bare number (a count, a size) names no food.
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .replacingOccurrences(of: "%", with: "pct")
        return Set(
            folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
                .filter { $0.count > 1 && !filler.contains($0) && !$0.allSatisfy(\.isNumber) }.map(singular))
    }

    /// Words that name no food: packaging, grading and joining words, English and Spanish.
    private static let filler: Set<String> = [
        "and", "the", "of", "in", "with", "for", "or", "oz", "lb", "ct", "cn", "ea", "gal", "cs", "dz", "pk", "pkg", "bulk",
        "case", "grade", "fancy", "select", "usda", "de", "del", "la", "el", "los", "las", "en", "con", "sin", "y", "para",
    ]

    /// `tomatoes` → `tomato`, `peaches` → `peach`, `beans` → `bean`, `manzanas` → `manzana`.
    private static func singular(_ word: String) -> String {
        guard word.count > 3 else { return word }
        for ending in ["oes", "ches", "shes", "xes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}

