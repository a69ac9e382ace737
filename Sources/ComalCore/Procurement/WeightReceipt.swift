/// The weight delivered of a catch-weight product, recorded by the buyer at receiving.
public struct WeightReceipt: Hashable, Sendable, Codable {
    public var product: Product.ID
    public var weight: Quantity

    public init(product: Product.ID, weight: Quantity) {
        self.product = product
        self.weight = weight
    }
}
