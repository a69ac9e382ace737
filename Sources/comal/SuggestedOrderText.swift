import ComalCore

/// A suggested order as a director reads it in the terminal: what was chosen and why, and what was not.
enum SuggestedOrderText {
    static func render(_ order: SuggestedOrder, site: Site, menu: Menu, week: Int, language: Language) -> String {
        let english = language == .english
        var lines = [
            english
                ? "Suggested order for \(site.id) \(site.name), week \(week) of \(menu.name.english)"
                : "Pedido sugerido para \(site.id) \(site.name), semana \(week) de \(menu.name.spanish)"
        ]
        func section(_ title: BilingualText, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("\n" + title.text(in: language) + ":")
            lines += items.map { "  - " + $0 }
        }
        section(BilingualText(english: "Chosen", spanish: "Elegido"), order.lines.map { $0.explanation(in: language) })
        section(
            BilingualText(
                english: "Not met by any product (buy elsewhere or order by hand)",
                spanish: "Sin producto que lo cubra (cómprelo en otro lugar o pídalo a mano)"),
            order.unmet.map { $0.explanation(in: language) })
        section(
            BilingualText(english: "Covered by stock on hand", spanish: "Cubierto por existencias"),
            order.coveredByStock.map { "\($0.food.name.text(in: language)): \($0.toBuy.plain)" })
        section(
            BilingualText(english: "Notes", spanish: "Notas"),
            order.problems.map { $0.message.text(in: language) })
        lines.append(
            english
                ? "\nTotal if the site bought alone: \(order.total.formatted); buying together costs at most this."
                : "\nTotal si el sitio comprara solo: \(order.total.formatted); comprando juntos cuesta a lo más esto.")
        return lines.joined(separator: "\n")
    }
}
