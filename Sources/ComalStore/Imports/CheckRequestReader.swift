import ComalCore
import Foundation

/// Reads a JSON check request (the form other programs and the web API send) into a
/// `MealPatternCheckRequest`, refusing unknown keys, values, units, components and age groups.
public enum CheckRequestReader {
    /// The request in `text`; `defaultAsOf` applies when the request gives no `as_of`.
    public static func read(_ text: String, file: String, defaultAsOf: CalendarDate) throws(MenuInputError)
        -> MealPatternCheckRequest
    {
        let root = try DocumentField.root(of: text, file: file).mapping(allowed: [
            "as_of", "setting", "age_group", "participant_age_months", "developmentally_ready_for_solids", "service_style",
            "offered_components", "eligible_for_vegetable_grain_substitution", "claimed_for_reimbursement", "meals",
        ])
        var asOf = defaultAsOf
        if let field = root.optional("as_of") {
            let raw = try field.text()
            guard let date = CalendarDate(parsing: raw) else { throw field.error(.badDate(raw)) }
            asOf = date
        }
        var meals: [Meal] = []
        for mealField in try root.required("meals").sequence() {
            let meal = try mealField.mapping(allowed: ["day", "type", "items"])
            var items: [MealItem] = []
            for itemField in try meal.required("items").sequence() {
                let item = try itemField.mapping(allowed: ["name", "component", "quantity", "unit", "attributes"])
                let quantityField = try item.required("quantity")
                let amount = try quantityField.number()
                guard amount >= 0 else { throw quantityField.error(.wrongType(expected: "a number of zero or more")) }
                items.append(
                    MealItem(
                        name: try item.required("name").text(),
                        component: try item.required("component").choice(FoodComponent.self),
                        serving: Serving(amount, try item.required("unit").choice(ServingUnit.self)),
                        attributes: try item.optional("attributes")?.attributes() ?? CreditingAttributes()))
            }
            meals.append(
                Meal(day: try meal.required("day").label(), type: try meal.required("type").choice(MealType.self), items: items))
        }
        let offered = try root.optional("offered_components")?.sequence().map { field throws(MenuInputError) in
            try field.choice(FoodComponent.self)
        }
        return MealPatternCheckRequest(
            asOf: asOf, setting: try root.required("setting").choice(CareSetting.self),
            ageGroup: try root.required("age_group").choice(MealPatternAgeGroup.self),
            participantAgeMonths: try root.optional("participant_age_months")?.integer(),
            developmentallyReadyForSolids: try root.optional("developmentally_ready_for_solids")?.flag(),
            serviceStyle: try root.optional("service_style")?.choice(ServiceStyle.self),
            offeredComponents: offered,
            eligibleForVegetableGrainSubstitution: try root.optional("eligible_for_vegetable_grain_substitution")?.flag()
                ?? false,
            claimedForReimbursement: try root.optional("claimed_for_reimbursement")?.flag() ?? true,
            meals: meals)
    }
}
