/// A food need no product can meet, reported with the suggestion so that nothing the menu needs is dropped.
public struct UnmetNeed: Hashable, Sendable {
    /// Why no product was chosen.
    public enum Reason: Hashable, Sendable {
        /// No supplier's catalog links a product to the food.
        case noProduct
        /// Products exist, but their packs are counted in a unit the need cannot be turned into.
        case packsNotConvertible(skus: [String])
    }

    public var need: FoodNeed
    public var toBuy: Quantity
    public var reason: Reason

    /// Creates an unmet need.
    public init(need: FoodNeed, toBuy: Quantity, reason: Reason) {
        self.need = need
        self.toBuy = toBuy
        self.reason = reason
    }

    /// What the director should do about it.
    public func explanation(in language: Language) -> String {
        let food = need.food.name
        let text =
            switch reason {
            case .noProduct:
                BilingualText(
                    english:
                        "\(food.english): \(toBuy.plain) needed, but no supplier's catalog offers it (food id \(need.food.id)); buy it elsewhere or link a product to it.",
                    spanish:
                        "\(food.spanish): se necesitan \(toBuy.plain), pero ningún catálogo lo ofrece (alimento \(need.food.id)); cómprelo en otro lugar o vincule un producto."
                )
            case .packsNotConvertible(let skus):
                BilingualText(
                    english:
                        "\(food.english): \(toBuy.plain) needed, but the products for it (\(skus.joined(separator: ", "))) are packed in units \(toBuy.unit.rawValue) does not convert to; order it by hand.",
                    spanish:
                        "\(food.spanish): se necesitan \(toBuy.plain), pero sus productos (\(skus.joined(separator: ", "))) vienen en unidades a las que \(toBuy.unit.rawValue) no se convierte; pídalo a mano."
                )
            }
        return text.text(in: language)
    }
}
