import ComalCore
import Synchronization

/// The food table and the sites' menus as last parsed from their stored text.
///
/// Parsing a cycle menu's YAML against the food table takes milliseconds, and the order and menu
/// pages need them on every view, by every director in the hour before cutoff. The stored text is
/// the key, so a changed table or menu is parsed again and nothing stale is ever served.
final class ParsedContent: Sendable {
    /// Distinct menus kept; past this the cache starts over. An alliance has a few menus, copied
    /// to each site, so most sites' copies are the same text.
    static let menuLimit = 512

    /// A stored text and the file it came from, compared and hashed by their bytes: a `String`
    /// compares and hashes by canonical equivalence, which normalizes every accented letter of a
    /// Spanish menu first (a twentieth of an order page's time). Texts stored from the same file
    /// are byte for byte the same.
    private struct Source: Hashable {
        var file: String
        var text: [UInt8]

        init(file: String, text: String) {
            self.file = file
            self.text = Array(text.utf8)
        }

        /// The bytes hashed in one run, not one at a time as an array's elements are.
        func hash(into hasher: inout Hasher) {
            hasher.combine(file)
            text.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private struct State {
        /// The text and file the foods were parsed from, as stored.
        var foodsStored: (csv: String, file: String)?
        var foods: [Food.ID: Food] = [:]
        /// Counts food tables parsed, so that a menu parsed against an older one is not kept.
        var generation = 0
        var menus: [Source: Menu] = [:]
    }

    private let state = Mutex(State())

    /// The last food table parsed, with the text and file it was parsed from, so that a reader can
    /// ask the database whether the stored table is still that text without reading it out.
    func lastFoods() -> (csv: String, file: String, foods: [Food.ID: Food], generation: Int)? {
        state.withLock { state in state.foodsStored.map { ($0.csv, $0.file, state.foods, state.generation) } }
    }

    /// The food table in `csv`, parsed once per distinct text (compared byte for byte, as SQLite
    /// compares it for `lastFoods`).
    func foods(csv: String, file: String) throws -> (foods: [Food.ID: Food], generation: Int) {
        let cached = state.withLock { state in
            state.foodsStored.flatMap { $0.file == file && $0.csv.utf8.elementsEqual(csv.utf8) ? (state.foods, state.generation) : nil }
        }
        if let cached { return cached }
        let foods = try FoodTableReader.read(csv, file: file)
        return state.withLock { state in
            state.foodsStored = (csv, file)
            state.foods = foods
            state.generation += 1
            state.menus = [:]
            return (foods, state.generation)
        }
    }

    /// The menu in `source`, read against the food table of `generation`.
    func menu(source: String, file: String, foods: [Food.ID: Food], generation: Int) throws -> Menu {
        let key = Source(file: file, text: source)
        if let cached = state.withLock({ $0.generation == generation ? $0.menus[key] : nil }) { return cached }
        let menu = try MenuReader.read(source, file: file, foods: foods)
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.menus.count >= Self.menuLimit { state.menus = [:] }
            state.menus[key] = menu
        }
        return menu
    }
}
