import ComalCore
import Foundation

/// Reads the food table (`catalogs/foods.csv`): one food a row with its components, crediting
/// attributes (`key=value;key=value`) and Food Buying Guide yield. All or nothing: the first bad row
/// stops the read with its line and column.
public enum FoodTableReader {
    /// The columns, in order.
    public static let columns = [
        "id", "name_en", "name_es", "components", "purchase_unit", "serving_size",
        "servings_per_unit", "attributes", "source", "estimate",
    ]

    /// The foods in `text`, by id.
    public static func read(_ text: String, file: String) throws(MenuInputError) -> [Food.ID: Food] {
        let records: [CSVReader.Record]
        do throws(CSVReader.Failure) {
            records = try CSVReader.records(in: text)
        } catch {
            switch error {
            case .unterminatedQuote(let line):
                throw MenuInputError(file: file, line: line, field: "", problem: .notParsable("a quoted field is never closed"))
            case .textAfterClosingQuote(let line):
                throw MenuInputError(file: file, line: line, field: "", problem: .notParsable("text follows a closing quote"))
            }
        }
        guard let header = records.first, header.fields == columns else {
            throw MenuInputError(
                file: file, line: 1, field: "header", problem: .unresolved("must be \(columns.joined(separator: ","))"))
        }
        var foods: [Food.ID: Food] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                throw MenuInputError(
                    file: file, line: record.line, field: "",
                    problem: .unresolved("has \(record.fields.count) fields; the header has \(columns.count)"))
            }
            let row = Dictionary(uniqueKeysWithValues: zip(columns, record.fields))
            let food = try readRow({ row[$0, default: ""] }, line: record.line, file: file)
            guard foods[food.id] == nil else {
                throw MenuInputError(file: file, line: record.line, field: "id", problem: .duplicate(food.id.rawValue))
            }
            foods[food.id] = food
        }
        return foods
    }

    private static func readRow(_ row: (String) -> String, line: Int, file: String) throws(MenuInputError) -> Food {
        func fail(_ column: String, _ problem: MenuInputError.Problem) -> MenuInputError {
            MenuInputError(file: file, line: line, field: column, problem: problem)
        }
        let id = row("id")
        guard !id.isEmpty, id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), id.first != "-", id.last != "-" else {
            throw fail("id", .unresolved("must be lowercase words joined by hyphens, like pinto-beans-canned"))
        }
        var components: [FoodComponent] = []
        for raw in row("components").split(separator: "|").map(String.init) {
            guard let component = FoodComponent(rawValue: raw) else {
                throw fail("components", .unknownValue(raw, allowed: FoodComponent.allCases.map(\.rawValue)))
            }
            components.append(component)
        }
        guard !components.isEmpty else { throw fail("components", .missing) }
        let attributes = try readAttributes(row("attributes")) { fail("attributes", $0) }
        let yield: Yield?
        if row("purchase_unit").isEmpty {
            guard components == [.nonCreditable] else { throw fail("purchase_unit", .missing) }
            yield = nil
        } else {
            guard let unit = MeasureUnit(rawValue: row("purchase_unit")) else {
                throw fail("purchase_unit", .unknownValue(row("purchase_unit"), allowed: MeasureUnit.allCases.map(\.rawValue)))
            }
            guard let serving = Serving(parsing: row("serving_size")) else {
                throw fail("serving_size", .badServing(row("serving_size")))
            }
            guard let servings = Decimal(fractionText: row("servings_per_unit")), servings > 0 else {
                throw fail("servings_per_unit", .wrongType(expected: "a positive number"))
            }
            guard !row("source").isEmpty else { throw fail("source", .missing) }
            guard ["yes", "no"].contains(row("estimate")) else {
                throw fail("estimate", .unknownValue(row("estimate"), allowed: ["yes", "no"]))
            }
            yield = Yield(
                purchaseUnit: unit, servingSize: serving, servingsPerPurchaseUnit: servings, source: row("source"),
                isEstimate: row("estimate") == "yes")
        }
        guard !row("name_en").isEmpty, !row("name_es").isEmpty else {
            throw fail(row("name_en").isEmpty ? "name_en" : "name_es", .missing)
        }
        return Food(
            id: Food.ID(id), name: BilingualText(english: row("name_en"), spanish: row("name_es")),
            components: components, attributes: attributes, yield: yield)
    }

    /// Reads `key=value;key=value`, with `true`/`false` for flags and plain numbers for amounts.
    static func readAttributes(_ text: String, fail: (MenuInputError.Problem) -> MenuInputError) throws(MenuInputError)
        -> CreditingAttributes
    {
        var attributes = CreditingAttributes()
        for pair in text.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let key = CreditingAttributes.Key(rawValue: parts[0]) else {
                throw fail(.unknownKey(String(pair), allowed: CreditingAttributes.Key.allCases.map(\.rawValue)))
            }
            let value: CreditingAttributes.AttributeValue
            switch key.valueKind {
            case .flag:
                guard parts[1] == "true" || parts[1] == "false" else {
                    throw fail(.wrongType(expected: "\(parts[0])=true or false"))
                }
                value = .flag(parts[1] == "true")
            case .number:
                guard let number = Decimal(fractionText: parts[1]) else {
                    throw fail(.wrongType(expected: "\(parts[0]) as a number"))
                }
                value = .number(number)
            case .text, .choice:
                value = .text(parts[1])
            }
            guard attributes.set(key, to: value) else {
                if case .choice(let allowed) = key.valueKind { throw fail(.unknownValue(parts[1], allowed: allowed)) }
                throw fail(.wrongType(expected: parts[0]))
            }
        }
        return attributes
    }
}
