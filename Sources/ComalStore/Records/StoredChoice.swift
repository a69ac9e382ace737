extension RawRepresentable where RawValue == String {
    /// The value stored as `text` in `table`.`column`; text no release writes there is an error
    /// naming the table, column and text, rather than a crash or a silent default.
    init(stored text: String, table: String, column: String) throws {
        guard let value = Self(rawValue: text) else {
            throw StoreError.unreadableStoredValue(table: table, column: column, value: text)
        }
        self = value
    }
}
