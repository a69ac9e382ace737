import ComalCore

/// The fixed texts of the lots and recall pages.
struct LotLabels: Sendable, Encodable {
    let lotsTitle, lotsIntro, uploadLots, noLots, recallTitle, recallIntro, lotNumber, find, notFound: String
    let product, lot, packDate, site, eaches, backToWindow: String

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String {
            BilingualText(english: english, spanish: spanish).text(in: language)
        }
        lotsTitle = t("Lots that arrived", "Lotes que llegaron")
        lotsIntro = t(
            "The lot numbers (and pack dates) on the cases that arrived, from a file with the columns sku,lot,pack_date (YYYY-MM-DD or empty). Each product in the file has its lots replaced.",
            "Los números de lote (y fechas de empaque) de las cajas que llegaron, de un archivo con las columnas sku,lot,pack_date (AAAA-MM-DD o vacía). Cada producto del archivo reemplaza sus lotes.")
        uploadLots = t("Record the lots", "Registrar los lotes")
        noLots = t("No lots recorded for this week.", "No hay lotes registrados para esta semana.")
        recallTitle = t("Recall lookup", "Buscar un retiro")
        recallIntro = t(
            "A supplier recalls a lot: enter its number to see every week it arrived and the sites its product went to.",
            "Un proveedor retira un lote: escriba su número para ver cada semana en que llegó y los sitios a los que fue su producto.")
        lotNumber = t("Lot number", "Número de lote")
        find = t("Find", "Buscar")
        notFound = t("No such lot was recorded at receiving.", "Ese lote no se registró al recibir.")
        product = t("Product", "Producto")
        lot = t("Lot", "Lote")
        packDate = t("Packed", "Empacado")
        site = t("Site", "Sitio")
        eaches = t("Eaches", "Unidades")
        backToWindow = t("Back to the window", "Volver al periodo")
    }

    /// `2 lots of it arrived that week: each site got this one or another.`
    static func otherLots(_ count: Int) -> BilingualText {
        BilingualText(
            english: "\(count) lots of it arrived that week: each site below got this one or another",
            spanish: "llegaron \(count) lotes esa semana: cada sitio de abajo recibió este u otro")
    }
}
