import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// The buyer's desk for suppliers and sites: add a supplier, say how its price lists are read, load
/// a price list and confirm what it changes, and load the sites file; what `comal supplier`,
/// `comal import catalog` and `comal import sites` do, for a buyer who never opens a terminal.
struct SupplierController<Repository: SupplierRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    private var pending: PendingUploads { PendingUploads(under: configuration.workbookDirectory) }

    func addRoutes(to router: Router<WebContext>) {
        let buyer = router.group("buyer")
        buyer.get("suppliers") { request, context in
            _ = try staff(context)
            return try suppliersPage(context, notice: Self.notice(request))
        }
        buyer.post("suppliers") { _, context in try addSupplier(context) }
        buyer.get("suppliers/:supplier") { request, context in
            let supplier = try supplier(context)
            return try supplierPage(supplier, context, notice: Self.notice(request))
        }
        buyer.post("suppliers/:supplier/layout") { _, context in try setLayout(context) }
        buyer.post("suppliers/:supplier/catalog") { _, context in try reviewCatalog(context) }
        buyer.post("suppliers/:supplier/catalog/confirm") { _, context in try confirmCatalog(context) }
        buyer.get("sites") { request, context in
            _ = try staff(context)
            return try sitesPage(context, notice: Self.notice(request))
        }
        buyer.post("sites") { _, context in try importSites(context) }
        buyer.get("sites/new") { _, context in
            _ = try staff(context)
            return try renderer.render(SiteFormPage(editing: false, values: ["kind": "center"], problems: [], context: context))
        }
        buyer.get("sites/:site") { _, context in
            _ = try staff(context)
            guard let site = try repository.sites().first(where: { $0.id.rawValue == context.parameters.get("site") }) else {
                throw WebError.notFound
            }
            return try renderer.render(SiteFormPage(editing: true, values: SiteFormPage.values(of: site), problems: [], context: context))
        }
        buyer.post("sites/save") { _, context in try saveSite(context) }
        buyer.get("foods") { request, context in
            _ = try staff(context)
            return try foodsPage(context, notice: Self.notice(request))
        }
        buyer.post("foods") { _, context in try setFoods(context) }
        buyer.post("foods/table") { _, context in try importFoodTable(context) }
    }

    /// How many products the foods page offers at once: a page a phone still scrolls through.
    static var foodsPerPage: Int { 50 }

    private func foodsPage(
        _ context: WebContext, notice: Notice? = nil, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let suppliers = Dictionary(uniqueKeysWithValues: try repository.suppliers().map { ($0.id, $0.name) })
        return try renderer.render(
            ProductFoodsPage(
                products: try repository.productsWithoutFood(supplier: nil), shown: Self.foodsPerPage, suppliers: suppliers,
                foods: try repository.foods(), notice: notice?.text.text(in: context.language), problems: problems,
                context: context),
            status: status)
    }

    /// The food table (`catalogs/foods.csv` or the alliance's own), which menus and these
    /// suggestions name foods from; refused whole, with every problem, when it does not read.
    private func importFoodTable(_ context: WebContext) throws -> Response {
        let account = try staff(context)
        let language = context.language
        do {
            let upload = try context.form.file("file")
            let name = upload.name
            _ = try repository.importFoods(
                csv: try UserText.decode(upload.data, file: name), file: name, now: try repository.localDateTime(at: configuration.now()),
                actor: account.username)
        } catch let error as FormError {
            return try foodsPage(context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as ImportError {
            return try foodsPage(context, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        } catch let error as MenuInputError {
            return try foodsPage(context, problems: [error.description], status: .unprocessableContent)
        } catch let error as MenuStoreError {
            return try foodsPage(context, problems: [error.description], status: .conflict)
        }
        return .redirect(to: "/buyer/foods?done=\(Notice.foodTableImported.rawValue)")
    }

    /// Each product's chosen food: the typed one when given, else the chosen suggestion; a product
    /// left at "Not now" keeps none. All or nothing.
    private func setFoods(_ context: WebContext) throws -> Response {
        let account = try staff(context)
        let language = context.language
        var chosen: [String: Food.ID] = [:]
        for (name, value) in context.form.fields where name.hasPrefix("food.") || name.hasPrefix("other.") {
            let sku = String(name.drop { $0 != "." }.dropFirst())
            let food = value.trimmingCharacters(in: .whitespaces)
            guard !food.isEmpty, !sku.isEmpty else { continue }
            if name.hasPrefix("other.") || chosen[sku] == nil { chosen[sku] = Food.ID(String(food.prefix(100))) }
        }
        guard chosen.count <= Self.foodsPerPage * 2 else { throw WebError.badForm(.malformed) }
        do {
            try repository.setProductFoods(chosen, actor: account.username, now: try repository.localDateTime(at: configuration.now()))
        } catch let error as ProductFoodError {
            return try foodsPage(context, problems: [error.explanation.text(in: language)], status: .unprocessableContent)
        }
        return .redirect(to: "/buyer/foods?done=\(Notice.foodsSaved.rawValue)")
    }

    private func staff(_ context: WebContext) throws(WebError) -> Account {
        try SiteAccess.staff(context.session?.account)
    }

    private func supplier(_ context: WebContext) throws -> Supplier {
        _ = try staff(context)
        guard let text = context.parameters.get("supplier"), text.count <= 18, let id = Int64(text),
            let supplier = try repository.suppliers().first(where: { $0.id.rawValue == id })
        else { throw WebError.notFound }
        return supplier
    }

    private static func notice(_ request: Request) -> Notice? {
        request.uri.queryParameters["done"].flatMap { Notice(rawValue: String($0)) }
    }

    private func suppliersPage(
        _ context: WebContext, notice: Notice? = nil, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try renderer.render(
            SuppliersPage(
                suppliers: try repository.suppliers(), productCounts: try repository.productCounts(),
                unmapped: try repository.productsWithoutFood(supplier: nil).count, notice: notice?.text.text(in: context.language), problems: problems, context: context),
            status: status)
    }

    private func supplierPage(
        _ supplier: Supplier, _ context: WebContext, review: (file: String, token: String, changes: CatalogChanges)? = nil,
        notice: Notice? = nil, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try renderer.render(
            SupplierPage(
                supplier: supplier, products: try repository.products(supplier: supplier.id),
                history: try repository.priceHistory(supplier: supplier.id), review: review,
                notice: notice?.text.text(in: context.language), problems: problems, context: context),
            status: status)
    }

    private func sitesPage(
        _ context: WebContext, notice: Notice? = nil, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try renderer.render(
            SitesPage(sites: try repository.sites(), notice: notice?.text.text(in: context.language), problems: problems, context: context),
            status: status)
    }

    private func addSupplier(_ context: WebContext) throws -> Response {
        _ = try staff(context)
        let language = context.language
        do {
            let form = context.form
            let name = try form.text("name")
            guard name.count <= 100 else { throw FormError.notAChoice(field: "name", value: String(name.prefix(40))) }
            let added = try repository.addSupplier(
                name: name, deliveryFee: try form.dollars("delivery_fee"), minimumOrder: try form.dollars("minimum_order"))
            return .redirect(to: "/buyer/suppliers/\(added.id)?done=\(Notice.supplierAdded.rawValue)")
        } catch let error as FormError {
            return try suppliersPage(context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as StoreError {
            return try suppliersPage(context, problems: [error.explanation.text(in: language)], status: .conflict)
        }
    }

    private func setLayout(_ context: WebContext) throws -> Response {
        let supplier = try supplier(context)
        let language = context.language
        do {
            let chosen = context.form["layout"] ?? "auto"
            let layout = chosen == "auto" ? nil : try context.form.choice("layout", CatalogLayout.self)
            var mapping: (text: String, file: String)?
            if let file = context.form.files["mapping"], !file.filename.isEmpty {
                mapping = (try UserText.decode(file.data, file: file.filename), file.filename)
            }
            _ = try repository.setCatalogLayout(supplier: supplier.id, layout: layout, mapping: mapping)
            return .redirect(to: "/buyer/suppliers/\(supplier.id)?done=\(Notice.layoutSaved.rawValue)")
        } catch let error as FormError {
            return try supplierPage(supplier, context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as ImportError {
            return try supplierPage(supplier, context, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        } catch let error as MenuInputError {
            return try supplierPage(supplier, context, problems: [error.description], status: .unprocessableContent)
        } catch let error as StoreError {
            return try supplierPage(supplier, context, problems: [error.explanation.text(in: language)], status: .conflict)
        }
    }

    /// Reads the upload as the import would and shows what it changes; nothing is imported until
    /// the buyer confirms, and a file with problems shows them all.
    private func reviewCatalog(_ context: WebContext) throws -> Response {
        let supplier = try supplier(context)
        let language = context.language
        do {
            let upload = try context.form.file("file")
            let file = SupplierFile(name: upload.name, data: upload.data)
            let changes = try repository.catalogChanges(file, supplier: supplier.id, layout: .supplierDefault)
            let token = try pending.keep(upload.data, now: configuration.now())
            return try supplierPage(supplier, context, review: (file.name, token, changes))
        } catch let error as FormError {
            return try supplierPage(supplier, context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as ImportError {
            return try supplierPage(supplier, context, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        } catch let error as StoreError {
            return try supplierPage(supplier, context, problems: [error.explanation.text(in: language)], status: .conflict)
        }
    }

    private func confirmCatalog(_ context: WebContext) throws -> Response {
        let supplier = try supplier(context)
        let language = context.language
        let token = context.form["token"] ?? ""
        guard let data = pending.upload(token) else {
            return try supplierPage(supplier, context, problems: [SupplierLabels.uploadGone.text(in: language)], status: .conflict)
        }
        do {
            let file = SupplierFile(name: FormData.File.name(context.form["file"] ?? "catalog"), data: data)
            let today = try repository.localDateTime(at: configuration.now()).date
            _ = try repository.importCatalog(file, supplier: supplier.id, layout: .supplierDefault, on: today)
            pending.remove(token)
            return .redirect(to: "/buyer/suppliers/\(supplier.id)?done=\(Notice.catalogImported.rawValue)")
        } catch let error as ImportError {
            return try supplierPage(supplier, context, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        } catch let error as StoreError {
            return try supplierPage(supplier, context, problems: [error.explanation.text(in: language)], status: .conflict)
        }
    }

    private func importSites(_ context: WebContext) throws -> Response {
        _ = try staff(context)
        let language = context.language
        do {
            let upload = try context.form.file("file")
            let name = upload.name
            _ = try repository.importSites(csv: try UserText.decode(upload.data, file: name), file: name)
            return .redirect(to: "/buyer/sites?done=\(Notice.sitesImported.rawValue)")
        } catch let error as FormError {
            return try sitesPage(context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as ImportError {
            return try sitesPage(context, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        }
    }

    /// Saves the site form as a one-row sites file, so it is checked as a file's row is; refused,
    /// the form comes back with what was typed and every problem by field.
    private func saveSite(_ context: WebContext) throws -> Response {
        _ = try staff(context)
        let language = context.language
        var values: [String: String] = [:]
        let columns = AppDatabase.siteColumns + AppDatabase.siteOptionalColumns
        for column in columns {
            values[column] = (context.form[column] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let existing = try repository.sites().contains { $0.id.rawValue == values["site_id"] }
        let editing = context.form["editing"] == "1"
        let csv = CSVField.row(columns) + CSVField.row(columns.map { values[$0] ?? "" })
        do {
            guard editing || !existing else { throw SiteFormRefusal.siteExists(values["site_id"] ?? "") }
            _ = try repository.importSites(csv: csv, file: "site")
        } catch let error as ImportError {
            let problems = error.problems.map { problem in
                "\(problem.column.map { SiteFormPage.label($0).text(in: language) + ": " } ?? "")\(problem.message.text(in: language))"
            }
            return try renderer.render(
                SiteFormPage(editing: editing, values: values, problems: problems, context: context), status: .unprocessableContent)
        } catch let error as SiteFormRefusal {
            return try renderer.render(
                SiteFormPage(editing: false, values: values, problems: [error.text.text(in: language)], context: context),
                status: .conflict)
        }
        return .redirect(to: "/buyer/sites?done=\(Notice.siteSaved.rawValue)")
    }

}

/// Why the add-a-site form is refused before the import sees it.
enum SiteFormRefusal: Error {
    case siteExists(String)

    var text: BilingualText {
        switch self {
        case .siteExists(let id):
            BilingualText(
                english: "there is already a site \(id); open it from the list to change it, or choose another id",
                spanish: "ya hay un sitio \(id); ábralo desde la lista para cambiarlo, o elija otra clave")
        }
    }
}

extension SupplierLabels {
    static let uploadGone = BilingualText(
        english: "That upload is no longer here (it is kept for a day, and only until it is imported); load the price list again.",
        spanish: "Ese archivo ya no está (se guarda un día, y solo hasta importarlo); cargue la lista de precios otra vez.")
}

extension FormData {
    /// A dollar amount from $0.00 to `Supplier.largestAmount`; empty is $0.00.
    func dollars(_ name: String) throws(FormError) -> Money {
        let value = (fields[name] ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return .zero }
        guard value.count <= 20, let money = Money(dollars: value), money >= .zero, money <= Supplier.largestAmount else {
            throw .notAnAmount(field: name, value: String(value.prefix(40)))
        }
        return money
    }
}
