import ComalCore

/// What the top of a site invoice says besides the site and its lines.
public struct InvoiceHeader: Sendable {
    public var allianceName: String
    public var windowID: OrderWindow.ID
    public var deliveryDate: CalendarDate

    public init(allianceName: String, windowID: OrderWindow.ID, deliveryDate: CalendarDate) {
        self.allianceName = allianceName
        self.windowID = windowID
        self.deliveryDate = deliveryDate
    }
}
