import ComalCore
import Foundation
import Yams

/// Writes a menu as the YAML `MenuReader` reads (format in `docs/menus.md`): a planned menu becomes a
/// file the checker, the costing and every other command take, and a cook can edit by hand. Items are
/// written one to a line, as the shipped menus are.
public enum MenuWriter {
    /// `menu` as YAML, after `comment` (lines written as `# …`).
    public static func yaml(_ menu: Menu, comment: [String] = []) throws -> String {
        var root: [(Node, Node)] = [
            (Node("id"), Node(menu.id.rawValue)),
            (Node("name"), bilingual(menu.name)),
            (Node("setting"), Node(menu.setting.rawValue)),
            (Node("age_groups"), Node.sequence(Node.Sequence(menu.ageGroups.map { Node($0.rawValue) }, .implicit, .flow))),
        ]
        if !menu.recipes.isEmpty { root.append((Node("recipes"), .sequence(Node.Sequence(menu.recipes.map(recipe))))) }
        root.append((Node("weeks"), .sequence(Node.Sequence(menu.weeks.map(week)))))
        let body = try Yams.serialize(node: .mapping(Node.Mapping(root)), width: -1, allowUnicode: true)
        return comment.map { "# \($0)\n" }.joined() + body
    }

    private static func bilingual(_ text: BilingualText) -> Node {
        .mapping(Node.Mapping([(Node("en"), Node(text.english)), (Node("es"), Node(text.spanish))], .implicit, .flow))
    }

    private static func recipe(_ recipe: Recipe) -> Node {
        let ingredients = recipe.ingredients.map { ingredient -> Node in
            var pairs = [(Node("food"), Node(ingredient.food.rawValue)), (Node("quantity"), Node(ingredient.quantity.description))]
            if let creditAs = ingredient.creditAs { pairs.append((Node("credit_as"), Node(creditAs.rawValue))) }
            return .mapping(Node.Mapping(pairs, .implicit, .flow))
        }
        return .mapping(
            Node.Mapping([
                (Node("id"), Node(recipe.id.rawValue)), (Node("name"), bilingual(recipe.name)),
                (Node("servings"), Node("\(recipe.servings)")), (Node("portion"), Node(recipe.portion.exactMenuText)),
                (Node("ingredients"), .sequence(Node.Sequence(ingredients))),
            ]))
    }

    private static func week(_ week: MenuWeek) -> Node {
        let days = week.days.map { day -> Node in
            let meals = day.meals.map { meal -> Node in
                .mapping(
                    Node.Mapping([
                        (Node("meal"), Node(meal.type.rawValue)), (Node("items"), .sequence(Node.Sequence(meal.items.map(item)))),
                    ]))
            }
            return .mapping(Node.Mapping([(Node("day"), Node(day.label)), (Node("meals"), .sequence(Node.Sequence(meals)))]))
        }
        return .mapping(Node.Mapping([(Node("week"), Node("\(week.number)")), (Node("days"), .sequence(Node.Sequence(days)))]))
    }

    private static func item(_ item: MenuItem) -> Node {
        var pairs: [(Node, Node)] =
            switch item.dish {
            case .food(let id): [(Node("food"), Node(id.rawValue))]
            case .recipe(let id): [(Node("recipe"), Node(id.rawValue))]
            }
        if let creditAs = item.creditAs { pairs.append((Node("credit_as"), Node(creditAs.rawValue))) }
        let serve = item.servings.map { (Node($0.ageGroup.rawValue), Node($0.serving.exactMenuText)) }
        pairs.append((Node("serve"), .mapping(Node.Mapping(serve, .implicit, .flow))))
        let attributes = CreditingAttributes.Key.allCases.compactMap { key -> (Node, Node)? in
            guard let value = item.attributes.value(of: key) else { return nil }
            switch value {
            case .flag(let flag): return (Node(key.rawValue), Node(flag ? "true" : "false"))
            case .number(let number): return (Node(key.rawValue), Node("\(number)"))
            case .text(let text): return (Node(key.rawValue), Node(text))
            }
        }
        if !attributes.isEmpty { pairs.append((Node("attributes"), .mapping(Node.Mapping(attributes, .implicit, .flow)))) }
        return .mapping(Node.Mapping(pairs, .implicit, .flow))
    }
}
