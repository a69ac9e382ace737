import ComalCore
import Yams

/// Changes one item of a menu's YAML through Yams' node tree: compose, edit the mapping, serialize.
///
/// The result is plain YAML in Yams' layout: comments and the original line breaks are lost, so the
/// stored copy is re-read with `MenuReader` before it is saved.
public enum MenuEditor {
    /// Where an item is: the week's number, the day's and meal's positions in it, the item's position.
    public struct Place: Hashable, Sendable {
        public var week: Int
        public var day: Int
        public var meal: Int

        public init(week: Int, day: Int, meal: Int) {
            self.week = week
            self.day = day
            self.meal = meal
        }
    }

    /// What to do to the meal's items.
    public enum Edit: Hashable, Sendable {
        /// Set item `index` (nil adds one at the end) to serve `dish` in these amounts per age group;
        /// a food that changes drops the item's `credit_as` and `attributes`, which described the old one.
        case set(index: Int?, dish: MenuItem.Dish, serve: [MenuItem.AgeGroupServing])
        case remove(index: Int)
    }

    /// Why an edit cannot be made to this menu.
    public enum EditError: Error, Hashable, Sendable, CustomStringConvertible {
        case notAMenu(String)
        case noSuchPlace(String)

        public var description: String {
            switch self {
            case .notAMenu(let reason): "the stored menu cannot be edited: \(reason)"
            case .noSuchPlace(let place): "the menu has no \(place); reload the week and try again"
            }
        }
    }

    /// `source` with `edit` applied to the meal at `place`.
    public static func apply(_ edit: Edit, at place: Place, to source: String) throws(EditError) -> String {
        var root: Node
        do {
            guard let node = try Yams.compose(yaml: source) else { throw EditError.notAMenu("it is empty") }
            root = node
        } catch let error as EditError {
            throw error
        } catch {
            throw .notAMenu("\(error)")
        }
        guard var weeks = value(root, "weeks")?.sequence,
            let weekIndex = weeks.firstIndex(where: { value($0, "week")?.scalar?.string == String(place.week) }),
            var days = value(weeks[weekIndex], "days")?.sequence, days.indices.contains(place.day),
            var meals = value(days[place.day], "meals")?.sequence, meals.indices.contains(place.meal),
            var items = value(meals[place.meal], "items")?.sequence
        else { throw .noSuchPlace("week \(place.week), day \(place.day + 1), meal \(place.meal + 1)") }

        switch edit {
        case .remove(let index):
            guard items.indices.contains(index) else { throw .noSuchPlace("item \(index + 1)") }
            items.remove(at: index)
        case .set(let index, let dish, let serve):
            let serveNode = Node.mapping(
                Node.Mapping(serve.map { (Node($0.ageGroup.rawValue), Node($0.serving.menuText)) }, .implicit, .any))
            let (dishKey, dishID) =
                switch dish {
                case .food(let id): ("food", id.rawValue)
                case .recipe(let id): ("recipe", id.rawValue)
                }
            var pairs: [(Node, Node)] = [(Node(dishKey), Node(dishID)), (Node("serve"), serveNode)]
            if let index {
                guard items.indices.contains(index), case .mapping(let old) = items[index] else {
                    throw .noSuchPlace("item \(index + 1)")
                }
                let sameDish = old.first { $0.key.string == dishKey }?.value.scalar?.string == dishID
                if sameDish {
                    // The same dish keeps the facts written about it.
                    for key in ["credit_as", "attributes"] {
                        if let kept = old.first(where: { $0.key.string == key }) { pairs.append((kept.key, kept.value)) }
                    }
                }
                items[index] = .mapping(Node.Mapping(pairs, .implicit, .any))
            } else {
                items.append(.mapping(Node.Mapping(pairs, .implicit, .any)))
            }
        }
        meals[place.meal] = replacing(meals[place.meal], "items", with: .sequence(items))
        days[place.day] = replacing(days[place.day], "meals", with: .sequence(meals))
        weeks[weekIndex] = replacing(weeks[weekIndex], "days", with: .sequence(days))
        root = replacing(root, "weeks", with: .sequence(weeks))
        do {
            return try Yams.serialize(node: root, width: -1, allowUnicode: true)
        } catch {
            throw .notAMenu("\(error)")
        }
    }

    /// The value under a text key of a mapping node.
    private static func value(_ node: Node, _ key: String) -> Node? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }

    /// The mapping node with the value under `key` replaced.
    private static func replacing(_ node: Node, _ key: String, with value: Node) -> Node {
        guard case .mapping(var mapping) = node, let index = mapping.firstIndex(where: { $0.key.string == key }) else {
            return node
        }
        let pairs = mapping.map { ($0.key, $0.value) }
        var changed = pairs
        changed[mapping.distance(from: mapping.startIndex, to: index)].1 = value
        mapping = Node.Mapping(changed, mapping.tag, mapping.style, mapping.mark)
        return .mapping(mapping)
    }
}
