import Foundation

/// A food need met by the cheapest product that offers it, with the offers it beat, and the reason in words.
public struct SuggestedLine: Hashable, Sendable {
    public var need: FoodNeed
    /// On hand at the site, already taken off the need, in the need's unit.
    public var onHand: Quantity?
    /// What is left to buy, rounded up: the need less stock.
    public var toBuy: Quantity
    public var chosen: ProductOffer
    /// The other offers for the food, cheapest first.
    public var others: [ProductOffer]
    public var orderLine: SiteOrderLine

    /// Why this product, in a sentence or two a director can check against the catalogs.
    public func explanation(in language: Language) -> String {
        let food = need.food.name.text(in: language)
        let product = chosen.product
        let count = others.count + 1
        let suppliers = Set(([chosen] + others).map(\.supplier.id)).count
        var stock = ""
        if let onHand {
            stock = BilingualText(
                english: " (need \(need.toBuy.plain), \(onHand.plain) on hand)",
                spanish: " (se necesitan \(need.toBuy.plain), hay \(onHand.plain))"
            ).text(in: language)
        }
        var text: String
        switch language {
        case .english:
            text =
                "\(food): \(toBuy.plain) to buy\(stock). \(product.sku) \(product.description) (\(product.pack)) from \(chosen.supplier.name): "
                + "\(chosen.eaches) × \(product.pack.eachSize.plain) = \(chosen.bought.plain) for \(chosen.cost.formatted)"
            text +=
                count == 1
                ? ", the only product for this food."
                : ", the cheapest of \(count) products from \(suppliers) supplier\(suppliers == 1 ? "" : "s")"
                    + (others.first.map { "; next: \($0.product.sku) from \($0.supplier.name) at \($0.cost.formatted)." } ?? ".")
            if orderLine.tolerance > 0 {
                text +=
                    " \(chosen.supplier.name) does not split this case: tolerance \(orderLine.tolerance) takes the rest of the case if no other site does."
            }
        case .spanish:
            text =
                "\(food): \(toBuy.plain) por comprar\(stock). \(product.sku) \(product.description) (\(product.pack)) de \(chosen.supplier.name): "
                + "\(chosen.eaches) × \(product.pack.eachSize.plain) = \(chosen.bought.plain) por \(chosen.cost.formatted)"
            text +=
                count == 1
                ? ", el único producto de este alimento."
                : ", el más barato de \(count) productos de \(suppliers) proveedor\(suppliers == 1 ? "" : "es")"
                    + (others.first.map { "; siguiente: \($0.product.sku) de \($0.supplier.name) a \($0.cost.formatted)." } ?? ".")
            if orderLine.tolerance > 0 {
                text +=
                    " \(chosen.supplier.name) no divide esta caja: la tolerancia \(orderLine.tolerance) toma el resto de la caja si ningún otro sitio lo hace."
            }
        }
        return text
    }
}

extension Quantity {
    /// `2.5 LB`, `3 #10 CN`: the amount without trailing zeros, then the unit.
    public var plain: String { "\(amount.rounded(scale: 2, .plain)) \(unit.rawValue)" }

    /// `plain` for a cook reading `language`: the kitchen's measures (cups, pieces, fluid ounces)
    /// in Spanish words, the distributors' codes (LB, GAL, #10 CN) as they are printed on the cases.
    public func text(in language: Language) -> String {
        guard language == .spanish else { return plain }
        let amount = self.amount.rounded(scale: 2, .plain)
        let name: String? =
            switch unit {
            case .cup: amount > 1 ? "tazas" : "taza"
            case .each: amount > 1 ? "piezas" : "pieza"
            case .fluidOunce: "oz líq."
            default: nil
            }
        return name.map { "\(amount) \($0)" } ?? plain
    }
}
