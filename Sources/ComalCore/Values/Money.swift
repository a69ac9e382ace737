/// An exact amount of US money in integer cents; never a floating-point number.
public struct Money: Hashable, Comparable, Sendable, Codable {
    /// The amount in cents; negative for credits.
    public var cents: Int

    /// Creates an amount from cents.
    public init(cents: Int) { self.cents = cents }

    /// Zero dollars.
    public static let zero = Money(cents: 0)

    /// Parses a dollar amount such as `27.50`, `27.5`, `27` or `$1,234.50`, with at most two decimals.
    ///
    /// Parsing works on the text itself so that no binary rounding can creep into a price.
    public init?(dollars text: String) {
        var body = Substring(text.trimmingWhitespace())
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        if body.hasPrefix("$") { body = body.dropFirst() }
        if body.contains(",") {
            // Commas only as thousands separators: "1,234.50", never "1,2,3".
            let groups = body.split(separator: ".", maxSplits: 1)[0].split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            body = Substring(body.filter { $0 != "," })
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
            whole.allSatisfy(\.isASCIIDigit), whole.count <= 13, let dollars = Int(whole)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCIIDigit) else { return nil }
            fraction = Int(decimals)! * (decimals.count == 1 ? 10 : 1)
        }
        cents = (dollars * 100 + fraction) * (negative ? -1 : 1)
    }

    /// The amount as plain dollars with two decimals (`1234.50`, `-3.05`), as CSV files carry it.
    public var plainDollars: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let remainder = magnitude % 100
        return "\(sign)\(magnitude / 100).\(remainder < 10 ? "0" : "")\(remainder)"
    }

    /// The amount as a reader expects it on a page (`$1,234.50`, `-$3.05`).
    public var formatted: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        var whole = String(magnitude / 100)
        var groups: [Substring] = []
        while whole.count > 3 {
            groups.insert(Substring(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        groups.insert(Substring(whole), at: 0)
        let remainder = magnitude % 100
        return "\(sign)$\(groups.joined(separator: ",")).\(remainder < 10 ? "0" : "")\(remainder)"
    }

    /// The amount in dollars for writers that only store binary numbers (spreadsheet cells).
    public var dollarsForDisplay: Double { Double(cents) / 100 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.cents -= rhs.cents }
    public static prefix func - (amount: Money) -> Money { Money(cents: -amount.cents) }

    /// This amount times a whole count, exactly.
    public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * rhs) }

    /// This amount × `part` / `whole`, rounded half up to the cent: an each's share of a case price,
    /// the credit for the eaches missing from a bill. The product is taken at double width, so no
    /// amount and count a window can hold overflows on the way; a negative amount is shared as its
    /// magnitude and negated.
    public func share(_ part: Int, of whole: Int) -> Money {
        precondition(whole > 0 && part >= 0, "a share is a count of a positive whole")
        let (quotient, remainder) = UInt(whole).dividingFullWidth(cents.magnitude.multipliedFullWidth(by: UInt(part)))
        let rounded = Int(quotient + (remainder * 2 >= UInt(whole) ? 1 : 0))
        return Money(cents: cents < 0 ? -rounded : rounded)
    }
}

extension Sequence where Element == Money {
    /// The exact total of the amounts.
    public func sum() -> Money { reduce(.zero, +) }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    func trimmingWhitespace() -> Substring {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return Substring(slice)
    }
}
