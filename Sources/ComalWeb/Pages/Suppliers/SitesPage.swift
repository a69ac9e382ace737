import ComalCore

/// The alliance's member sites, and the upload that adds or updates them from a sites file.
struct SitesPage: Page {
    static let template = "sites"

    struct Row: Sendable, Encodable {
        var id, name, kind, city, receives: String
        var enrolled: Int
    }

    var chrome: Chrome
    var l: SupplierLabels
    var rows: [Row]
    var hasRows: Bool
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(sites: [Site], notice: String?, problems: [String], context: WebContext) {
        l = SupplierLabels(context.language)
        chrome = Chrome(title: l.sitesTitle, context: context)
        rows = sites.map {
            Row(
                id: $0.id.rawValue, name: $0.name, kind: $0.kind.rawValue, city: $0.city,
                receives: "\($0.deliveryWindow.start)–\($0.deliveryWindow.end)", enrolled: $0.totalEnrollment)
        }
        hasRows = !rows.isEmpty
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
