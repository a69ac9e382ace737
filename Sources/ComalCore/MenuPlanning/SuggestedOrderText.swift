/// A suggested order as a director reads it, in the terminal or on the order page: what was chosen
/// and why, and what was not.
public enum SuggestedOrderText {
    /// One titled list of the explanation; lists with nothing in them are left out.
    public struct Section: Hashable, Sendable {
        public var title: String
        public var items: [String]
    }

    /// The heading line: which site, week and menu.
    public static func heading(site: Site, menu: Menu, week: Int, language: Language) -> String {
        BilingualText(
            english: "Suggested order for \(site.id) \(site.name), week \(week) of \(menu.name.english)",
            spanish: "Pedido sugerido para \(site.id) \(site.name), semana \(week) de \(menu.name.spanish)"
        ).text(in: language)
    }

    /// The explanation's lists: chosen products, foods no product meets, stock on hand, notes.
    public static func sections(_ order: SuggestedOrder, language: Language) -> [Section] {
        let sections = [
            Section(
                title: BilingualText(english: "Chosen", spanish: "Elegido").text(in: language),
                items: order.lines.map { $0.explanation(in: language) }),
            Section(
                title: BilingualText(
                    english: "Not met by any product (buy elsewhere or order by hand)",
                    spanish: "Sin producto que lo cubra (cómprelo en otro lugar o pídalo a mano)"
                ).text(in: language),
                items: order.unmet.map { $0.explanation(in: language) }),
            Section(
                title: BilingualText(english: "Covered by stock on hand", spanish: "Cubierto por existencias").text(in: language),
                items: order.coveredByStock.map { "\($0.food.name.text(in: language)): \($0.toBuy.plain)" }),
            Section(
                title: BilingualText(english: "Notes", spanish: "Notas").text(in: language),
                items: order.problems.map { $0.message.text(in: language) }),
        ]
        return sections.filter { !$0.items.isEmpty }
    }

    /// The closing line: what the lines would cost the site alone.
    public static func total(_ order: SuggestedOrder, language: Language) -> String {
        BilingualText(
            english: "Total if the site bought alone: \(order.total.formatted); buying together costs at most this.",
            spanish: "Total si el sitio comprara solo: \(order.total.formatted); comprando juntos cuesta a lo más esto."
        ).text(in: language)
    }

    /// The whole explanation as text.
    public static func render(_ order: SuggestedOrder, site: Site, menu: Menu, week: Int, language: Language) -> String {
        var lines = [heading(site: site, menu: menu, week: week, language: language)]
        for section in sections(order, language: language) {
            lines.append("\n" + section.title + ":")
            lines += section.items.map { "  - " + $0 }
        }
        lines.append("\n" + total(order, language: language))
        return lines.joined(separator: "\n")
    }
}
