import ComalCore

/// What arrived of one product, handed to the store as values rather than as a row of a file: by
/// SKU, with no reason when all that was bought arrived.
public struct ReceiptEntry: Sendable, Equatable {
    public var sku: String
    public var receivedEaches: Int
    public var reason: Receipt.Reason?

    public init(sku: String, receivedEaches: Int, reason: Receipt.Reason?) {
        self.sku = sku
        self.receivedEaches = receivedEaches
        self.reason = reason
    }
}
