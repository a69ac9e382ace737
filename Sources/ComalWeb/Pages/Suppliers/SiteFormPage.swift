import ComalCore
import ComalStore

/// One site's form: add a site, or change one's name, address, receiving window and enrollment.
/// Saved through the sites file's import, so a form is checked exactly as a file's row is.
struct SiteFormPage: Page {
    static let template = "site-form"

    struct Field: Sendable, Encodable {
        var name, label, value, type: String
        var readOnly: Bool
    }

    var chrome: Chrome
    var l: SupplierLabels
    var heading: String
    var editing: Bool
    var fields: [Field]
    var problems: [String]
    var hasProblems: Bool

    /// The fields' labels, in the sites file's column order.
    static func label(_ column: String) -> BilingualText {
        switch column {
        case "site_id": BilingualText(english: "Site id (letters, digits, dashes)", spanish: "Clave del sitio (letras, dígitos, guiones)")
        case "name": BilingualText(english: "Name", spanish: "Nombre")
        case "kind": BilingualText(english: "Kind: center or home", spanish: "Tipo: center (centro) o home (hogar)")
        case "address": BilingualText(english: "Street address", spanish: "Dirección")
        case "city": BilingualText(english: "Town", spanish: "Pueblo o ciudad")
        case "lat": BilingualText(english: "Latitude", spanish: "Latitud")
        case "lon": BilingualText(english: "Longitude", spanish: "Longitud")
        case "window_start": BilingualText(english: "Receives from (HH:MM)", spanish: "Recibe desde (HH:MM)")
        case "window_end": BilingualText(english: "Receives until (HH:MM)", spanish: "Recibe hasta (HH:MM)")
        case "enroll_infant": BilingualText(english: "Infants enrolled", spanish: "Bebés inscritos")
        case "enroll_1_2": BilingualText(english: "Children 1–2", spanish: "Niños de 1–2")
        case "enroll_3_5": BilingualText(english: "Children 3–5", spanish: "Niños de 3–5")
        case "enroll_6_12": BilingualText(english: "Children 6–12", spanish: "Niños de 6–12")
        case "enroll_13_18": BilingualText(english: "Youth 13–18", spanish: "Jóvenes de 13–18")
        case "enroll_infant_0_5mo":
            BilingualText(english: "Of the infants, under six months", spanish: "De los bebés, menores de seis meses")
        default: BilingualText(english: "Adults enrolled", spanish: "Adultos inscritos")
        }
    }

    /// The form's values by column: a site's, or what was typed.
    static func values(of site: Site) -> [String: String] {
        var values = [
            "site_id": site.id.rawValue, "name": site.name, "kind": site.kind.rawValue, "address": site.address,
            "city": site.city, "lat": "\(site.coordinate.latitude)", "lon": "\(site.coordinate.longitude)",
            "window_start": site.deliveryWindow.start.description, "window_end": site.deliveryWindow.end.description,
        ]
        for (group, column) in zip(AgeGroup.allCases, AppDatabase.siteColumns.suffix(6)) { values[column] = "\(site.enrollment[group] ?? 0)" }
        values["enroll_infant_0_5mo"] = "\(site.infantsUnderSixMonths)"
        return values
    }

    init(editing: Bool, values: [String: String], problems: [String], context: WebContext) {
        let language = context.language
        l = SupplierLabels(language)
        heading = editing ? (values["name"] ?? "") : l.addSite
        self.editing = editing
        chrome = Chrome(title: heading, context: context)
        fields = (AppDatabase.siteColumns + AppDatabase.siteOptionalColumns).map { column in
            Field(
                name: column, label: Self.label(column).text(in: language), value: values[column] ?? "",
                type: column.hasPrefix("enroll") ? "number" : column.hasPrefix("window") ? "time" : "text",
                readOnly: editing && column == "site_id")
        }
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
