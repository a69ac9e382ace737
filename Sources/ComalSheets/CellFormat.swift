/// How a cell looks, as a value; the workbook turns each distinct one into a single libxlsxwriter
/// format, so callers never hold a C pointer.
public struct CellFormat: Hashable, Sendable {
    public var bold: Bool
    /// An Excel number format such as `$#,##0.00`; nil for General.
    public var numberFormat: String?
    public var wrapsText: Bool
    /// Font colour as `0xRRGGBB`; nil for automatic.
    public var fontColor: UInt32?
    /// Fill colour as `0xRRGGBB`; nil for none.
    public var backgroundColor: UInt32?
    /// Font size in points; nil for the default (11).
    public var fontSize: Double?

    /// Creates a format; every property defaults to Excel's own default.
    public init(
        bold: Bool = false, numberFormat: String? = nil, wrapsText: Bool = false, fontColor: UInt32? = nil,
        backgroundColor: UInt32? = nil, fontSize: Double? = nil
    ) {
        self.bold = bold
        self.numberFormat = numberFormat
        self.wrapsText = wrapsText
        self.fontColor = fontColor
        self.backgroundColor = backgroundColor
        self.fontSize = fontSize
    }

    /// US dollars with cents; negatives (credits) with a minus sign.
    public static let currencyNumberFormat = "$#,##0.00;-$#,##0.00"

    /// A money cell.
    public static let currency = CellFormat(numberFormat: currencyNumberFormat)
    /// A money cell in a total row.
    public static let currencyBold = CellFormat(bold: true, numberFormat: currencyNumberFormat)
    /// A table's column header.
    public static let header = CellFormat(bold: true, wrapsText: true, backgroundColor: 0xD9E1F2)
    /// A bold label.
    public static let bold = CellFormat(bold: true)
    /// A sheet's title.
    public static let title = CellFormat(bold: true, fontSize: 14)
    /// A warning the reader must not miss.
    public static let warning = CellFormat(bold: true, fontColor: 0xC00000)
    /// Long explanatory text.
    public static let wrapped = CellFormat(wrapsText: true)
}
