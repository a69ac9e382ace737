import ComalCore

/// The fixed texts of the menu pages and the order page's suggestion, in the reader's language;
/// those that name a value give both languages.
struct MenuLabels: Sendable, Encodable {
    let menus, menusIntro, noMenus, week, weeks, compliant, checkedAsOf, rule, edit, addItem: String
    let printMenu, printMenuBoth, productionRecord, dish, foods, recipes, serve, serveHelp, save, remove: String
    let removeHelp, backToWeek, weekFindings, dayFindings, editHelp, yamlNote: String
    let suggestTitle, suggestHelp, suggestButton, menu, weekOptional, suggestionTitle: String
    let stockTitle, stockHelp, stockButton, savedAndChecked: String
    let foodCost, reimbursement, sponsorShare, margin, perChildDay, perMonth, notCosted: String
    let substitutes, substitutesTitle, substitutesIntro, noSubstitutes, useSubstitute, reasonPlaceholder, perChildDayCost: String
    let shortTitle, shortIntro: String

    /// `Pinto beans (SF-10301): 2 of 6 eaches did not come on Dec 12`.
    static func shortAtReceiving(food: BilingualText, sku: String, short: Int, of allocated: Int, delivery: String) -> BilingualText {
        BilingualText(
            english: "\(food.english) (\(sku)): \(short) of \(allocated) eaches did not come with the delivery of \(delivery)",
            spanish: "\(food.spanish) (\(sku)): no llegaron \(short) de \(allocated) unidades en la entrega del \(delivery)")
    }

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String {
            BilingualText(english: english, spanish: spanish).text(in: language)
        }
        menus = t("Menus", "Menús")
        menusIntro = t(
            "The site's own copy of each cycle menu.", "La copia propia del sitio de cada menú cíclico.")
        noMenus = t(
            "This site has no menus yet; the buyer assigns them with comal menu assign.",
            "Este sitio todavía no tiene menús; el comprador los asigna con comal menu assign.")
        week = t("Week", "Semana")
        weeks = t("Weeks", "Semanas")
        compliant = t("Compliant", "Cumple")
        checkedAsOf = t("Checked against the CACFP meal pattern as of", "Revisado contra el patrón de comidas de CACFP al")
        rule = t("Rule", "Regla")
        edit = t("Edit", "Editar")
        addItem = t("Add an item", "Agregar un alimento")
        printMenu = t("Print the week's menu", "Imprimir el menú de la semana")
        printMenuBoth = t("in English and Spanish", "en inglés y español")
        productionRecord = t("Production record", "Registro de producción")
        dish = t("Food or recipe", "Alimento o receta")
        foods = t("Foods", "Alimentos")
        recipes = t("Recipes", "Recetas")
        serve = t("Serving per age group", "Porción por grupo de edad")
        serveHelp = t(
            "An amount and a unit, like 1/2 cup, 6 fl_oz, 1 oz_eq, 1 each (units: fl_oz, cup, oz, oz_eq, g, tbsp, large_egg, each). Leave an age group empty if it is not served this item.",
            "Una cantidad y una unidad, como 1/2 cup, 6 fl_oz, 1 oz_eq, 1 each (unidades: fl_oz, cup, oz, oz_eq, g, tbsp, large_egg, each). Deje vacío un grupo de edad que no recibe este alimento."
        )
        save = t("Save", "Guardar")
        remove = t("Remove this item", "Quitar este alimento")
        removeHelp = t(
            "Removes the item from this meal of your site's menu.", "Quita el alimento de esta comida del menú de su sitio.")
        backToWeek = t("Back to the week", "Volver a la semana")
        weekFindings = t("For the whole week", "Para toda la semana")
        dayFindings = t("For the whole day", "Para todo el día")
        editHelp = t(
            "Changes apply to your site's copy of the menu only, and the check runs again at once.",
            "Los cambios se aplican solo a la copia del menú de su sitio, y la revisión se hace otra vez de inmediato.")
        yamlNote = t(
            "Saving rewrites the stored menu file; comments in it are not kept.",
            "Guardar reescribe el archivo del menú guardado; sus comentarios no se conservan.")
        suggestTitle = t("Suggest from menu", "Sugerir según el menú")
        suggestHelp = t(
            "Feeds everyone enrolled every meal of the menu week, picks the cheapest product for each food, and REPLACES your whole order with the suggestion. Review it before you submit.",
            "Alimenta a todos los inscritos en cada comida de la semana del menú, elige el producto más barato para cada alimento y REEMPLAZA todo su pedido con la sugerencia. Revísela antes de enviar."
        )
        suggestButton = t("Replace my order with the suggestion", "Reemplazar mi pedido con la sugerencia")
        menu = t("Menu", "Menú")
        weekOptional = t(
            "Menu week (empty: this window's week of the cycle)", "Semana del menú (vacío: la semana del ciclo de este periodo)")
        suggestionTitle = t("Why these lines", "Por qué estas líneas")
        savedAndChecked = t("The menu was saved and checked again.", "El menú se guardó y se revisó otra vez.")
        foodCost = t("Food at today's prices", "Comida a los precios de hoy")
        reimbursement = t("CACFP pays", "CACFP paga")
        sponsorShare = t("sponsor keeps", "el patrocinador retiene")
        margin = t("left after food", "queda después de la comida")
        perChildDay = t("a child-day", "por niño al día")
        perMonth = t("a month", "al mes")
        notCosted = t("not costed (no product prices them)", "sin costo (ningún producto les pone precio)")
        substitutes = t("Substitutes", "Sustitutos")
        shortTitle = t("Short at the last delivery", "Faltantes en la última entrega")
        shortIntro = t(
            "Foods your menus serve that came short: choose a substitute that keeps every meal compliant, cheapest first.",
            "Alimentos de sus menús que llegaron incompletos: elija un sustituto que mantenga cada comida en regla, el más económico primero.")
        substitutesTitle = t("Substitutes", "Sustitutos")
        substitutesIntro = t(
            "Foods of the same component that keep every meal of the menu compliant and that a supplier prices, cheapest first. Using one changes this site's menu everywhere the food is served, and the change is kept in the menu's record.",
            "Alimentos del mismo componente que mantienen cada comida del menú conforme y que algún proveedor cotiza, del más barato al más caro. Usar uno cambia el menú de este sitio en cada lugar donde se sirve el alimento, y el cambio queda en el registro del menú.")
        noSubstitutes = t(
            "No food of the same component keeps every meal compliant at a price; change the meals by hand.",
            "Ningún alimento del mismo componente mantiene cada comida conforme con precio; cambie las comidas a mano.")
        useSubstitute = t("Use this one", "Usar este")
        reasonPlaceholder = t("Why (short at receiving)", "Por qué (faltó al recibir)")
        perChildDayCost = t("Menu cost a child-day", "Costo del menú por niño al día")
        stockTitle = t("Already on your shelves?", "¿Ya lo tiene en sus estantes?")
        stockHelp = t(
            "Count what you have of each food, in the unit shown. The suggestion takes it off what the menu needs and replaces your order again, unless nothing is left to buy.",
            "Cuente lo que tiene de cada alimento, en la unidad indicada. La sugerencia lo resta de lo que pide el menú y vuelve a reemplazar su pedido, salvo que ya no quede nada por comprar."
        )
        stockButton = t("Suggest again with this stock", "Sugerir de nuevo con estas existencias")
    }

    /// `3 findings`, on the badge of a week, day or meal that does not comply.
    static func findings(_ count: Int) -> BilingualText {
        BilingualText(english: "\(count) finding\(count == 1 ? "" : "s")", spanish: "\(count) hallazgo\(count == 1 ? "" : "s")")
    }

    /// `Changed Sunday, November 22, 2026 at 9:26 PM by Lorena Archuleta`, `when` already written
    /// in the reader's language.
    static func changed(_ when: String, by who: String) -> BilingualText {
        BilingualText(english: "Changed \(when) by \(who)", spanish: "Cambiado el \(when) por \(who)")
    }
}
