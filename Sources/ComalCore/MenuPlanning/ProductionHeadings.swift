/// The headings of a production record, shared by the workbook and the printable page so both say the same.
public enum ProductionHeadings {
    public static let title = BilingualText(english: "Production record", spanish: "Registro de producción")
    public static let site = BilingualText(english: "Site", spanish: "Sitio")
    public static let menu = BilingualText(english: "Menu", spanish: "Menú")
    public static let week = BilingualText(english: "Week", spanish: "Semana")
    public static let day = BilingualText(english: "Day", spanish: "Día")
    public static let meal = BilingualText(english: "Meal", spanish: "Comida")
    public static let item = BilingualText(english: "Menu item", spanish: "Platillo")
    public static let portion = BilingualText(english: "Portion", spanish: "Porción")
    public static let planned = BilingualText(english: "Planned", spanish: "Planeadas")
    public static let plannedTotal = BilingualText(english: "Planned, all", spanish: "Planeadas, total")
    public static let toPrepare = BilingualText(english: "Total to prepare", spanish: "Total a preparar")
    public static let unit = BilingualText(english: "Unit", spanish: "Unidad")
    public static let asPurchased = BilingualText(english: "As purchased", spanish: "Como se compra")
    public static let batches = BilingualText(english: "Recipe batches", spanish: "Tandas de la receta")
    public static let actual = BilingualText(english: "Actual served", spanish: "Servidas de verdad")
    public static let leftovers = BilingualText(english: "Leftovers", spanish: "Sobrantes")
    public static let signature = BilingualText(
        english: "Prepared by (name, signature, date)", spanish: "Preparado por (nombre, firma, fecha)")
    public static let note = BilingualText(
        english:
            "Planned servings are the site's enrollment. Totals are rounded up. Fill in actual servings and leftovers after each meal.",
        spanish:
            "Las porciones planeadas son la inscripción del sitio. Los totales se redondean hacia arriba. Anote las porciones servidas y los sobrantes después de cada comida."
    )
}
