/// A field as RFC 4180 writes it: quoted when it holds a comma, quote or line break, so that the
/// files Comal writes for its own importers read back exactly.
public enum CSVField {
    public static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One row of fields, with its line break.
    public static func row(_ fields: [String]) -> String { fields.map(quoted).joined(separator: ",") + "\n" }
}
