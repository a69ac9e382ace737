/// An interval of times, in the problem's time unit (seconds for real days, the file's unit for
/// benchmark instances), during which something may happen: service may start at a stop, a vehicle
/// may be out on its shift.
public struct TimeWindow: Hashable, Sendable, Codable {
    /// The earliest time.
    public var open: Int
    /// The latest time; for a stop, the latest time service may start.
    public var close: Int

    /// A window from `open` to `close`.
    public init(open: Int, close: Int) {
        self.open = open
        self.close = close
    }

    /// A window wide enough never to bind, for problems without times (CVRP).
    public static let always = TimeWindow(open: 0, close: 1 << 40)
}
