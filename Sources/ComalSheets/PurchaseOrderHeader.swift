import ComalCore

/// What the top of a purchase order says besides the purchase itself: who buys, where to deliver.
public struct PurchaseOrderHeader: Sendable {
    public var allianceName: String
    public var buyer: String
    public var poNumber: String
    public var windowID: OrderWindow.ID
    public var deliveryDate: CalendarDate
    public var deliveryName: String
    public var deliveryAddress: String
    public var deliveryCity: String

    public init(
        allianceName: String, buyer: String, poNumber: String, windowID: OrderWindow.ID,
        deliveryDate: CalendarDate, deliveryName: String, deliveryAddress: String, deliveryCity: String
    ) {
        self.allianceName = allianceName
        self.buyer = buyer
        self.poNumber = poNumber
        self.windowID = windowID
        self.deliveryDate = deliveryDate
        self.deliveryName = deliveryName
        self.deliveryAddress = deliveryAddress
        self.deliveryCity = deliveryCity
    }
}
