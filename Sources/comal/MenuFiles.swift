import ComalCore
import ComalStore
import Foundation

/// Reads the food table and a menu named on the command line, shared by every command that plans from a menu.
enum MenuFiles {
    /// The food table at `path`.
    static func foods(_ path: String) throws(MenuInputError) -> [Food.ID: Food] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MenuInputError(
                file: path, line: nil, field: "", problem: .notParsable("no such file, or not UTF-8 text; pass --foods PATH"))
        }
        return try FoodTableReader.read(text, file: path)
    }

    /// The menu YAML at `path`, its foods resolved through `foods`.
    static func menu(_ path: String, foods: [Food.ID: Food]) throws -> Menu {
        try MenuReader.read(readUserFile(path), file: path, foods: foods)
    }
}
