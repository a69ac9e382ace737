import GRDB

/// Which of a window's products (or of their prices and tiers) to read.
enum ProductSelection {
    case all, sku(String), ids(Set<Int64>)

    /// The `WHERE` condition on `column` and its argument. The ids go as one JSON array, so that
    /// the statement's text is the same for any number of them and is prepared once per connection
    /// (`cachedStatement`): preparing it again was a tenth of an order page's time.
    func condition(_ column: String) -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .all: ("1", [])
        case .sku(let sku): ("sku = ?", [sku])
        case .ids(let ids): ("\(column) IN (SELECT value FROM json_each(?))", ["[\(ids.map(String.init).joined(separator: ","))]"])
        }
    }
}
