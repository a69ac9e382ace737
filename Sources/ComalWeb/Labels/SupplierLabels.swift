import ComalCore

/// The fixed texts of the buyer's supplier and site pages, in the reader's language.
struct SupplierLabels: Sendable, Encodable {
    let suppliers, suppliersIntro, supplier, deliveryFee, minimumOrder, products, layout, addSupplier, name: String
    let noSuppliers, layoutTitle, layoutHelp, layoutAuto, mappingFile, saveLayout, uploadCatalog, uploadCatalogHelp: String
    let review, reviewTitle, reviewHelp, importCatalog, cancel, newProducts, priceUp, priceDown, packChanged, gone: String
    let otherwiseChanged, unchanged, tellSites, catalogTitle, sku, description, brand, pack, perCase, casePrice: String
    let eachPrice, storage, food, noFood, catchWeight, backToSuppliers, sitesTitle, sitesIntro, uploadSites: String
    let site, kind, city, enrolled, noSites, receivingWindow: String
    let priceHistory, addSite, saveSite, editSite, foodTable, foodTableLoaded, foodTableMissing, loadFoodTable: String
    let foodsTitle, foodsIntro, allMapped, isFood, otherFood, notYet, saveFoods, moreToMap, mapFoods: String

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String {
            BilingualText(english: english, spanish: spanish).text(in: language)
        }
        suppliers = t("Suppliers", "Proveedores")
        suppliersIntro = t(
            "Who the alliance buys from: each supplier's terms and its price list, loaded from the file it sends.",
            "A quién compra la alianza: las condiciones de cada proveedor y su lista de precios, cargada del archivo que envía.")
        supplier = t("Supplier", "Proveedor")
        deliveryFee = t("Delivery fee ($)", "Cargo de entrega ($)")
        minimumOrder = t("Minimum order ($)", "Pedido mínimo ($)")
        products = t("Products", "Productos")
        layout = t("Layout", "Formato")
        addSupplier = t("Add the supplier", "Agregar el proveedor")
        name = t("Name", "Nombre")
        noSuppliers = t("No suppliers yet: add the first below.", "Todavía no hay proveedores: agregue el primero abajo.")
        layoutTitle = t("How its price lists are read", "Cómo se leen sus listas de precios")
        layoutHelp = t(
            "Comal recognises Comal's columns, a broadline export (H/F/P/T rows) and an order guide workbook (Product # and Description). A mapping file (YAML) reads any other shape; see the README.",
            "Comal reconoce las columnas de Comal, una exportación de distribuidor (filas H/F/P/T) y una guía de pedidos en Excel (Product # y Description). Un archivo de mapeo (YAML) lee cualquier otra forma; vea el README.")
        layoutAuto = t("Recognise each file", "Reconocer cada archivo")
        mappingFile = t("Mapping file (YAML), for its own shape", "Archivo de mapeo (YAML), para su propia forma")
        saveLayout = t("Save", "Guardar")
        uploadCatalog = t("Load a price list", "Cargar una lista de precios")
        uploadCatalogHelp = t(
            "CSV (UTF-8 or Windows-1252) or .xlsx, as the supplier sent it. You see what it changes before anything is imported.",
            "CSV (UTF-8 o Windows-1252) o .xlsx, tal como lo envió el proveedor. Verá lo que cambia antes de importar nada.")
        review = t("Review the changes", "Revisar los cambios")
        reviewTitle = t("What this price list changes", "Lo que cambia esta lista de precios")
        reviewHelp = t(
            "Nothing has been imported yet. Import it to make these the supplier's prices from today, or cancel.",
            "Todavía no se importó nada. Impórtela para que estos sean los precios del proveedor desde hoy, o cancele.")
        importCatalog = t("Import this price list", "Importar esta lista de precios")
        cancel = t("Cancel", "Cancelar")
        newProducts = t("New", "Nuevos")
        priceUp = t("Price up", "Precio más alto")
        priceDown = t("Price down", "Precio más bajo")
        packChanged = t("Pack changed", "Empaque cambiado")
        gone = t("Not in the file (kept while open orders may name them)", "No están en el archivo (se conservan mientras pedidos abiertos los nombren)")
        otherwiseChanged = t("Otherwise changed", "Cambiados de otra forma")
        unchanged = t("Unchanged", "Sin cambio")
        tellSites = t("tell the sites that have it on an open order", "avise a los sitios que lo tienen en un pedido abierto")
        catalogTitle = t("Price list", "Lista de precios")
        sku = t("SKU", "Código")
        description = t("Description", "Descripción")
        brand = t("Brand", "Marca")
        pack = t("Pack", "Empaque")
        perCase = t("Per case", "Por caja")
        casePrice = t("Case price", "Precio por caja")
        eachPrice = t("Each price", "Precio por unidad")
        storage = t("Storage", "Almacenamiento")
        food = t("Food", "Alimento")
        noFood = t("no food yet", "sin alimento aún")
        catchWeight = t("priced by the pound", "precio por libra")
        backToSuppliers = t("Back to the suppliers", "Volver a los proveedores")
        sitesTitle = t("Sites", "Sitios")
        sitesIntro = t(
            "The alliance's member sites. Load or update them from a sites file (CSV, one row per site; importing again updates sites by site_id).",
            "Los sitios miembros de la alianza. Cárguelos o actualícelos desde un archivo de sitios (CSV, una fila por sitio; importarlo otra vez actualiza los sitios por site_id).")
        uploadSites = t("Load the sites file", "Cargar el archivo de sitios")
        site = t("Site", "Sitio")
        kind = t("Kind", "Tipo")
        city = t("City", "Ciudad")
        enrolled = t("Children", "Niños")
        noSites = t("No sites yet: load the sites file.", "Todavía no hay sitios: cargue el archivo de sitios.")
        receivingWindow = t("Receives", "Recibe")
        addSite = t("Add a site", "Agregar un sitio")
        foodTable = t("The food table", "La tabla de alimentos")
        foodTableLoaded = t(
            "Loaded. Load it again to add foods; a food a site's menu names must stay in it.",
            "Cargada. Cárguela otra vez para agregar alimentos; un alimento que nombra el menú de un sitio debe seguir en ella.")
        foodTableMissing = t(
            "Not loaded yet: load catalogs/foods.csv from Comal (or your alliance's own) so that products can be given foods.",
            "Todavía no está cargada: cargue catalogs/foods.csv de Comal (o la de su alianza) para poder dar alimentos a los productos.")
        loadFoodTable = t("Load the food table", "Cargar la tabla de alimentos")
        saveSite = t("Save the site", "Guardar el sitio")
        editSite = t("Change", "Cambiar")
        priceHistory = t("Prices that changed, by the day each was imported", "Precios que cambiaron, por el día en que se importó cada uno")
        foodsTitle = t("Foods for new products", "Alimentos de productos nuevos")
        foodsIntro = t(
            "A supplier's order guide does not say which food each product is, and menus can order only products with a food. Comal suggests the likeliest from the words of each description (English or Spanish); accept one, type another food's id, or leave it for later, then save them all.",
            "La guía de pedidos de un proveedor no dice qué alimento es cada producto, y los menús solo piden productos con alimento. Comal sugiere el más probable por las palabras de cada descripción (en inglés o español); acepte uno, escriba la clave de otro alimento o déjelo para después, y guárdelos todos.")
        allMapped = t("Every product has its food.", "Todos los productos tienen su alimento.")
        isFood = t("This product is", "Este producto es")
        otherFood = t("Another food (its id)", "Otro alimento (su clave)")
        notYet = t("Not now", "Ahora no")
        saveFoods = t("Save these foods", "Guardar estos alimentos")
        moreToMap = t("Products still without a food after these:", "Productos aún sin alimento después de estos:")
        mapFoods = t("Foods for new products", "Alimentos de productos nuevos")
    }
}
