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
        let food = need.food.name
        let product = chosen.product
        let supplier = chosen.supplier.name
        let count = others.count + 1
        let suppliers = Set(([chosen] + others).map(\.supplier.id)).count
        let stock =
            onHand.map { onHand in
                BilingualText(
                    english: " (need \(need.toBuy.plain), \(onHand.plain) on hand)",
                    spanish: " (se necesitan \(need.toBuy.plain), hay \(onHand.plain))")
            } ?? BilingualText(english: "", spanish: "")
        let offer = "\(product.sku) \(product.description) (\(product.pack))"
        let bought = "\(chosen.eaches) × \(product.pack.eachSize.plain) = \(chosen.bought.plain)"
        let chosenText = BilingualText(
            english:
                "\(food.english): \(toBuy.plain) to buy\(stock.english). \(offer) from \(supplier): \(bought) for \(chosen.cost.formatted)",
            spanish:
                "\(food.spanish): \(toBuy.plain) por comprar\(stock.spanish). \(offer) de \(supplier): \(bought) por \(chosen.cost.formatted)"
        )
        let choice =
            if let next = others.first {
                BilingualText(
                    english: ", the cheapest of \(count) products from \(suppliers) supplier\(suppliers == 1 ? "" : "s")"
                        + "; next: \(next.product.sku) from \(next.supplier.name) at \(next.cost.formatted).",
                    spanish: ", el más barato de \(count) productos de \(suppliers) proveedor\(suppliers == 1 ? "" : "es")"
                        + "; siguiente: \(next.product.sku) de \(next.supplier.name) a \(next.cost.formatted).")
            } else {
                BilingualText(english: ", the only product for this food.", spanish: ", el único producto de este alimento.")
            }
        let split =
            orderLine.tolerance > 0
            ? BilingualText(
                english:
                    " \(supplier) does not split this case: tolerance \(orderLine.tolerance) takes the rest of the case if no other site does.",
                spanish:
                    " \(supplier) no divide esta caja: la tolerancia \(orderLine.tolerance) toma el resto de la caja si ningún otro sitio lo hace."
            ) : nil
        return [chosenText, choice, split].compactMap { $0?.text(in: language) }.joined()
    }
}

extension Quantity {
    /// `2.5 LB`, `3 #10 CN`: the amount without trailing zeros, then the unit.
    public var plain: String { "\(amount.rounded(scale: 2, .plain)) \(unit.rawValue)" }

    /// `plain` for a cook reading `language`: the kitchen's measures (cups, pieces, fluid ounces)
    /// in Spanish words, the distributors' codes (LB, GAL, #10 CN) as they are printed on the cases.
    public func text(in language: Language) -> String {
        let amount = self.amount.rounded(scale: 2, .plain)
        let name: String? =
            switch unit {
            case .cup: amount > 1 ? "tazas" : "taza"
            case .each: amount > 1 ? "piezas" : "pieza"
            case .fluidOunce: "oz líq."
            default: nil
            }
        return BilingualText(english: plain, spanish: name.map { "\(amount) \($0)" } ?? plain).text(in: language)
    }
}
