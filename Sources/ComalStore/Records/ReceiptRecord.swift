import ComalCore
import GRDB

/// A row of `receipt`: what arrived of one product for one window.
struct ReceiptRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "receipt"

    var orderWindowId: Int64
    var productId: Int64
    var receivedEaches: Int
    var reason: Receipt.Reason

    var receipt: Receipt { Receipt(product: Product.ID(productId), receivedEaches: receivedEaches, reason: reason) }
}
