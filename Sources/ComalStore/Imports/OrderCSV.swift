import Foundation
import ComalCore

/// Writes order lines in exactly the format `AppDatabase.importOrders` reads (`site_id,sku,quantity,unit,tolerance`),
/// so a suggested order can be reviewed in a spreadsheet and imported as it is.
public enum OrderCSV {
    /// One line a row, in the given order; a tolerance of zero is left empty, as directors write it.
    public static func render(_ lines: [(line: SiteOrderLine, sku: String)]) -> String {
        var text = CSVField.row(AppDatabase.orderColumns)
        for (line, sku) in lines {
            text += CSVField.row([
                line.site.rawValue, sku, "\(line.quantity)", line.unit.rawValue, line.tolerance == 0 ? "" : "\(line.tolerance)",
            ])
        }
        return text
    }
}
