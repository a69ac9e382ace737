import Foundation
import ComalCore

/// Writes order lines in exactly the format `AppDatabase.importOrders` reads (`site_id,sku,quantity,unit,tolerance`),
/// so a suggested order can be reviewed in a spreadsheet and imported as it is.
public enum OrderCSV {
    /// One line a row, in the given order; a tolerance of zero is left empty, as directors write it.
    public static func render(_ lines: [(line: SiteOrderLine, sku: String)]) -> String {
        var text = AppDatabase.orderColumns.joined(separator: ",") + "\n"
        for (line, sku) in lines {
            let fields = [
                line.site.rawValue, sku, "\(line.quantity)", line.unit.rawValue, line.tolerance == 0 ? "" : "\(line.tolerance)",
            ]
            text += fields.map(field).joined(separator: ",") + "\n"
        }
        return text
    }

    /// A field quoted when it holds a comma, quote or line break (RFC 4180).
    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
