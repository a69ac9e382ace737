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
        "\(invoicePrefix)\(slug(site.rawValue, lowercased: false)).xlsx"
    }

    /// Whether `name` is a site's invoice (`invoice(for:)`), without naming every site's.
    public static func isInvoice(_ name: String) -> Bool {
        name.hasPrefix(invoicePrefix) && name.hasSuffix(".xlsx")
    }

    private static let invoicePrefix = "invoice-"

    /// `route-<vehicle id>.<ext>`: a vehicle's route sheet, as a workbook (`xlsx`) or a page (`html`).
    public static func routeSheet(for vehicle: Vehicle.ID, ext: String) -> String {
        "route-\(slug(vehicle.rawValue, lowercased: false)).\(ext)"
    }

    /// Letters, digits and dashes only, so that no name can reach outside the output folder.
    static func slug(_ text: String, lowercased: Bool = true) -> String {
        var slug: [UInt8] = []
        for byte in (lowercased ? text.lowercased() : text).utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"):
                slug.append(byte)
            default:
                // Anything else, a byte of a non-ASCII letter too, becomes one dash between kept runs.
                if let last = slug.last, last != UInt8(ascii: "-") { slug.append(UInt8(ascii: "-")) }
            }
        }
        while slug.last == UInt8(ascii: "-") { slug.removeLast() }
        return String(decoding: slug, as: UTF8.self)
    }
}
