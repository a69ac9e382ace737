import ComalCore

/// The products no food is named for yet, each with the foods it probably is, so the buyer maps
/// them in one place: accept a suggestion, or type another food, and save them all at once.
struct ProductFoodsPage: Page {
    static let template = "product-foods"

    struct Option: Sendable, Encodable {
        var value, label: String
        var checked: Bool
    }

    struct Row: Sendable, Encodable {
        var sku, description, supplier, pack: String
        var options: [Option]
        var hasOptions: Bool
    }

    struct FoodName: Sendable, Encodable {
        var id, name: String
    }

    var chrome: Chrome
    var l: SupplierLabels
    var rows: [Row]
    var hasRows: Bool
    /// Products without a food past this page; nil when none.
    var remaining: Int?
    /// Whether the food table is loaded; without it nothing can be suggested or named.
    var hasFoodTable: Bool
    var foods: [FoodName]
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(
        products: [Product], shown: Int, suppliers: [Supplier.ID: String], foods: [Food.ID: Food]?, notice: String?,
        problems: [String], context: WebContext
    ) {
        let language = context.language
        let l = SupplierLabels(language)
        self.l = l
        chrome = Chrome(title: l.foodsTitle, context: context)
        hasFoodTable = foods != nil
        let foods = foods ?? [:]
        let suggestions = FoodSuggestions(foods: Array(foods.values))
        rows = products.prefix(shown).map { product in
            let offered = suggestions.suggest(for: product)
            let options = offered.enumerated().map { index, suggestion in
                Option(
                    value: suggestion.food.rawValue,
                    label: "\(foods[suggestion.food]?.name.text(in: language) ?? suggestion.food.rawValue) (\(Int(suggestion.score * 100))%)",
                    checked: index == 0)
            }
            return Row(
                sku: product.sku, description: product.description, supplier: suppliers[product.supplier] ?? "",
                pack: product.pack.description, options: options + [Option(value: "", label: l.notYet, checked: options.isEmpty)],
                hasOptions: !options.isEmpty)
        }
        hasRows = !rows.isEmpty
        remaining = products.count > shown ? products.count - shown : nil
        self.foods = foods.values.sorted { $0.id.rawValue < $1.id.rawValue }.map {
            FoodName(id: $0.id.rawValue, name: $0.name.text(in: language))
        }
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
