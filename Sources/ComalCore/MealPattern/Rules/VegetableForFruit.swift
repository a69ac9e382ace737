import Foundation

/// At lunch and supper a vegetable may replace the whole fruit component, but then the meal serves two
/// different kinds of vegetables: one meeting the vegetable minimum, another meeting the fruit minimum.
enum VegetableForFruit {
    /// Whether the kinds of vegetables served split into two groups covering both minimums.
    static func covers(_ vegetables: [ItemCredit], vegetableMinimum: Decimal, fruitMinimum: Decimal) -> Bool {
        let kinds = amountsByKind(vegetables)
        guard kinds.count >= 2, kinds.count <= 12 else { return false }
        // Few kinds are ever served, so every split of kinds into two groups is tried.
        for mask in 1..<(1 << kinds.count) - 1 {
            var first: Decimal = 0, second: Decimal = 0
            for (index, kind) in kinds.enumerated() {
                if mask & (1 << index) != 0 { first += kind.amount } else { second += kind.amount }
            }
            if first >= vegetableMinimum, second >= fruitMinimum { return true }
        }
        return false
    }

    /// The credited amount of each kind, in order of first appearance; the kind is the item's
    /// `vegetable_kind`, or its name.
    static func amountsByKind(_ vegetables: [ItemCredit]) -> [(kind: String, amount: Decimal)] {
        var kinds: [(kind: String, amount: Decimal)] = []
        for credit in vegetables where credit.amount > 0 {
            let kind = credit.item.attributes.vegetableKind ?? credit.item.name
            if let index = kinds.firstIndex(where: { $0.kind == kind }) {
                kinds[index].amount += credit.amount
            } else {
                kinds.append((kind, credit.amount))
            }
        }
        return kinds
    }

    /// The finding for vegetables served in place of fruit that are not two kinds covering both minimums.
    static func finding(_ vegetables: [ItemCredit], minimums: MealPatternMinimums, scope: MealScope) -> Finding {
        let kinds = amountsByKind(vegetables).map(\.kind).joined(separator: ", ")
        let vegetable = Serving(minimums.vegetables, .cup).description
        let fruit = Serving(minimums.fruits, .cup).description
        return scope.finding(
            .vegetableForFruit, vegetables.map(\.item),
            english:
                "\(scope.occasion.english.capitalizedFirst) has no fruit and serves vegetables in its place (kinds: \(kinds)). A vegetable may replace the fruit only as a second, different kind: \(vegetable) of one kind and \(fruit) of another. Add a fruit or a second vegetable.",
            spanish:
                "\(scope.occasion.spanish.capitalizedFirst) no tiene fruta y sirve verduras en su lugar (tipos: \(kinds)). Una verdura puede reemplazar la fruta solo si es de otro tipo: \(vegetable) de un tipo y \(fruit) de otro. Agregue una fruta o una segunda verdura."
        )
    }
}
