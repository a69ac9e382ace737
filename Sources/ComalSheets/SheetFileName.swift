import ComalCore

/// The file names the workbooks are saved under, safe on any file system whatever the names hold.
public enum SheetFileName {
    /// `purchase-order-<supplier id>-<supplier name>.xlsx`.
    public static func purchaseOrder(for supplier: Supplier) -> String {
        let name = slug(supplier.name)
        return "purchase-order-\(supplier.id)\(name.isEmpty ? "" : "-" + name).xlsx"
    }

    /// `allocation.xlsx`, the buyer's workbook.
    public static let allocation = "allocation.xlsx"

    /// `invoice-<site id>.xlsx`.
    public static func invoice(for site: Site.ID) -> String {
        "invoice-\(slug(site.rawValue, lowercased: false)).xlsx"
    }

    /// `route-<vehicle id>.<ext>`: a vehicle's route sheet, as a workbook (`xlsx`) or a page (`html`).
    public static func routeSheet(for vehicle: Vehicle.ID, ext: String) -> String {
        "route-\(slug(vehicle.rawValue, lowercased: false)).\(ext)"
    }

    /// Letters, digits and dashes only, so that no name can reach outside the output folder.
    static func slug(_ text: String, lowercased: Bool = true) -> String {
        var result = ""
        for scalar in (lowercased ? text.lowercased() : text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }
}
