import ComalCore
import Foundation

/// Reads a site's stock on hand (`food,quantity,unit`: `cheese-cheddar,2.5,LB`), which a suggested order
/// takes off the menu's needs. Stock is counted by food, as a cook counts the shelf, not by SKU.
/// All or nothing: every bad field is reported with its line and column.
public enum OnHandReader {
    public static let columns = ["food", "quantity", "unit"]

    /// Stock by food; a food listed twice is added up when its units convert.
    public static func read(_ text: String, file: String, foods: [Food.ID: Food]) throws(ImportError) -> [Food.ID: Quantity] {
        let table = CSVTable(text: text, file: file, columns: columns)
        var problems = table.problems
        var stock: [Food.ID: Quantity] = [:]
        for row in table.rows {
            let food = problems.text(row, "food").map(Food.ID.init)
            if let food, foods[food] == nil {
                problems.add(
                    line: row.line, column: "food", "\"\(food)\" is not in the food table; use an id from catalogs/foods.csv",
                    "\"\(food)\" no está en la tabla de alimentos; use un id de catalogs/foods.csv")
            }
            let amount = amount(row["quantity"])
            if amount == nil {
                problems.add(
                    line: row.line, column: "quantity", "\"\(row["quantity"])\" is not an amount of 0 or more, like 2.5",
                    "\"\(row["quantity"])\" no es una cantidad de 0 o más, como 2.5")
            }
            let unit = MeasureUnit(rawValue: row["unit"].uppercased())
            if unit == nil {
                problems.add(
                    line: row.line, column: "unit",
                    "\"\(row["unit"])\" is not a unit; use one of \(MeasureUnit.allCases.map(\.rawValue).joined(separator: ", "))",
                    "\"\(row["unit"])\" no es una unidad; use una de \(MeasureUnit.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            guard let food, foods[food] != nil, let amount, let unit else { continue }
            let quantity = Quantity(amount, unit)
            guard let earlier = stock[food] else {
                stock[food] = quantity
                continue
            }
            guard let converted = quantity.converted(to: earlier.unit) else {
                problems.add(
                    line: row.line, column: "unit",
                    "\(food) is already counted in \(earlier.unit.rawValue), which \(unit.rawValue) does not convert to",
                    "\(food) ya se cuenta en \(earlier.unit.rawValue), y \(unit.rawValue) no se convierte a esa unidad")
                continue
            }
            stock[food]?.amount += converted.amount
        }
        try problems.throwIfAny()
        return stock
    }

    /// A counted amount as a cook writes it, `2.5`: digits and a point, 0 or more; nil otherwise.
    public static func amount(_ text: String) -> Decimal? {
        guard text.contains(where: \.isNumber), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            text.filter({ $0 == "." }).count <= 1,
            let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), amount >= 0
        else { return nil }
        return amount
    }
}
