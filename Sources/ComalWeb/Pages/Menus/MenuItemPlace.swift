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
        guard let dayIndex = Self.position(day, among: week.days.count),
            let mealIndex = Self.position(meal, among: week.days[dayIndex].meals.count)
        else { throw .notFound }
        self.week = week
        self.dayIndex = dayIndex
        self.mealIndex = mealIndex
        guard let item else { return }
        guard let itemIndex = Self.position(item, among: week.days[dayIndex].meals[mealIndex].items.count) else {
            throw .notFound
        }
        self.item = itemIndex
    }

    /// The index of a position a path counts from 1 (`"3"` → 2), when it is one of `count`; the
    /// number is checked before anything is subtracted from it, so no path can overflow.
    static func position(_ text: String?, among count: Int) -> Int? {
        guard let number = text.flatMap(Int.init), number >= 1, number <= count else { return nil }
        return number - 1
    }

    /// How the audit log names the place: `week 1 Mon lunch`.
    var auditText: String { "week \(week.number) \(day.label) \(meal.type.rawValue)" }
}
