/// A vendor the alliance buys from, with the terms that shape a consolidated order.
public struct Supplier: Hashable, Sendable, Codable, Identifiable {
    /// The highest delivery fee or minimum order a supplier may have ($1,000,000): far above any
    /// real one, and small enough that fees and totals stay far inside Int's range.
    public static let largestAmount = Money(cents: 100_000_000)

    public typealias ID = Tagged<Supplier, Int64>

    public var id: ID
    public var name: String
    /// Charged once per delivery, and split among the sites by goods value.
    public var deliveryFee: Money
    /// The goods value below which the supplier may refuse the order.
    public var minimumOrder: Money
    /// The layout its price lists come in, once the buyer has set it; nil to recognise each file.
    public var catalogLayout: CatalogLayout?

    public init(
        id: ID, name: String, deliveryFee: Money = .zero, minimumOrder: Money = .zero, catalogLayout: CatalogLayout? = nil
    ) {
        self.id = id
        self.name = name
        self.deliveryFee = deliveryFee
        self.minimumOrder = minimumOrder
        self.catalogLayout = catalogLayout
    }
}
