import ComalCore
import ComalStore

/// Where an item is, as the pages' and the API's paths name it: the week's number, the day's and
/// meal's positions counted from 1, and the item's (nil: a new one at the end of the meal).
struct MenuItemPlace {
    var week: MenuWeek
    var dayIndex, mealIndex: Int
    var item: Int?

    var day: MenuDay { week.days[dayIndex] }
    var meal: MenuMeal { day.meals[mealIndex] }
    var editorPlace: MenuEditor.Place { MenuEditor.Place(week: week.number, day: dayIndex, meal: mealIndex) }

    /// The place the path's texts name in `view`; `item` nil adds a new item. Anything the menu
    /// does not have is not found.
    init(in view: SiteMenuView, week: String?, day: String?, meal: String?, item: String?) throws(WebError) {
        let week = try view.week(week)
        guard let day = day.flatMap(Int.init), week.days.indices.contains(day - 1),
            let meal = meal.flatMap(Int.init), week.days[day - 1].meals.indices.contains(meal - 1)
        else { throw .notFound }
        self.week = week
        dayIndex = day - 1
        mealIndex = meal - 1
        guard let item else { return }
        guard let number = Int(item), week.days[day - 1].meals[meal - 1].items.indices.contains(number - 1) else {
            throw .notFound
        }
        self.item = number - 1
    }

    /// How the audit log names the place: `week 1 Mon lunch`.
    var auditText: String { "week \(week.number) \(day.label) \(meal.type.rawValue)" }
}
