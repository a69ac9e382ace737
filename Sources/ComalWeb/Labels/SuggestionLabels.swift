import ComalCore

/// The texts of the order page's "Suggest from menu" and its stock-on-hand boxes, English and
/// Spanish side by side; those that name a value take it.
enum SuggestionLabels {
    static func notASiteMenu(_ menu: String) -> BilingualText {
        BilingualText(
            english: "\"\(menu)\" is not one of this site's menus.", spanish: "\"\(menu)\" no es uno de los menús de este sitio.")
    }

    static func notAMenuWeek(_ week: String, available: String) -> BilingualText {
        BilingualText(
            english: "Menu week: \"\(week)\" is not a week of this menu; its weeks are \(available).",
            spanish: "Semana del menú: \"\(week)\" no es una semana de este menú; sus semanas son \(available).")
    }

    static let stockCoversTheWeek = BilingualText(
        english: "Your stock on hand covers what this menu week needs, so your order was not changed.",
        spanish: "Sus existencias cubren lo que necesita esta semana del menú, así que su pedido no cambió.")

    static let noProductMeetsTheWeek = BilingualText(
        english: "No catalog product meets this menu week, so your order was not changed.",
        spanish: "Ningún producto del catálogo cubre esta semana del menú, así que su pedido no cambió.")

    static func replacedTheOrder(lines: Int) -> BilingualText {
        BilingualText(
            english: "The suggestion replaced your order (\(lines) lines). Review it before you submit.",
            spanish: "La sugerencia reemplazó su pedido (\(lines) líneas). Revíselo antes de enviar.")
    }

    static func notAnAmount(food: String, value: String) -> BilingualText {
        BilingualText(
            english: "\(food) on hand: \"\(value)\" is not an amount of 0 or more, like 2.5",
            spanish: "\(food) en existencia: \"\(value)\" no es una cantidad de 0 o más, como 2.5")
    }

    static func notANeededFood(_ food: String) -> BilingualText {
        BilingualText(
            english: "On hand: \"\(food)\" is not a food this menu week needs",
            spanish: "En existencia: \"\(food)\" no es un alimento que necesite esta semana del menú")
    }

    /// After starting the order from an earlier week's.
    static func repeatedTheOrder(lines: Int, from delivery: String) -> BilingualText {
        BilingualText(
            english: "Your order now holds the \(lines) line\(lines == 1 ? "" : "s") of your order for \(delivery); change what this week needs, then submit.",
            spanish: "Su pedido ahora tiene \(lines == 1 ? "la línea" : "las \(lines) líneas") de su pedido para el \(delivery); cambie lo que necesite esta semana y envíelo.")
    }

    /// After saving the order as a standing order.
    static func savedStanding(_ name: String) -> BilingualText {
        BilingualText(
            english: "Saved as the standing order “\(name)”: start any week from it.",
            spanish: "Se guardó como el pedido fijo “\(name)”: empiece cualquier semana con él.")
    }
}
