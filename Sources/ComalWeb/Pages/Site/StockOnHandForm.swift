import ComalCore
import ComalStore
import Foundation

/// The order page's "already on your shelves" form: an amount per food of the suggested menu week,
/// counted in the unit the week's need is in, which the suggestion takes off before it chooses
/// products. A director counts the pantry by food, as the CLI's `--on-hand` file does.
struct StockOnHandForm: Sendable {
    struct Row: Sendable, Encodable {
        var field, name, unit, value: String
    }

    /// Form fields are `stock.<food id>`.
    static let prefix = "stock."

    var rows: [Row]
    /// Stock by food, in each need's unit; foods left empty or at 0 are not in it.
    var onHand: [Food.ID: Quantity] = [:]
    /// A message per amount that is not one, naming the food; a field for a food the week does
    /// not need is refused too, since the director cannot have meant it.
    var problems: [String] = []
    /// Something was entered, so the folded form opens to show it.
    var entered: Bool

    init(needs: [FoodNeed], form: FormData, language: Language) {
        let sorted = needs.sorted { $0.food.name.text(in: language) < $1.food.name.text(in: language) }
        rows = sorted.map { need in
            let field = Self.prefix + need.food.id.rawValue
            return Row(
                field: field, name: need.food.name.text(in: language), unit: need.exact.unit.rawValue,
                value: (form[field] ?? "").trimmingCharacters(in: .whitespaces))
        }
        entered = rows.contains { !$0.value.isEmpty }
        for (need, row) in zip(sorted, rows) where !row.value.isEmpty {
            guard let amount = OnHandReader.amount(row.value) else {
                problems.append(SuggestionLabels.notAnAmount(food: row.name, value: row.value).text(in: language))
                continue
            }
            if amount > 0 { onHand[need.food.id] = Quantity(amount, need.exact.unit) }
        }
        let needed = Set(rows.map(\.field))
        for field in form.fields.keys.sorted() where field.hasPrefix(Self.prefix) && !needed.contains(field) {
            let food = field.dropFirst(Self.prefix.count)
            problems.append(SuggestionLabels.notANeededFood(String(food)).text(in: language))
        }
    }
}
