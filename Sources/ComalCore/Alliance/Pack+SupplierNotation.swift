import Foundation

extension Pack {
    /// Reads a pack as suppliers' price lists and order guides write it, beside Comal's own
    /// notation: `12/42/OZ` (a slash before the unit), `6/#10` (a can without `CN`), `15/DZ` (a
    /// count of dozens). The first number is the eaches per case, except a single inner that is a
    /// count: `1/100/CT` is a case of 100 pieces, not one piece of 100. Anything else is read as
    /// `init(parsing:)` reads it; the stored pack is Comal's notation, which reads back the same.
    public init(supplierNotation text: String) throws(PackParseError) {
        var pack = text.trimmingWhitespace().uppercased()
        let parts = pack.split(separator: "/", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace()) }
        if parts.count == 3 {
            pack = "\(parts[0])/\(parts[1]) \(parts[2])"
        } else if parts.count == 2, let unit = MeasureUnit(rawValue: parts[1]), unit.dimension == .count {
            pack = "\(parts[0]) \(parts[1])"
        }
        if ["#10", "#5", "#2.5", "#300"].contains(where: { pack.hasSuffix("/" + $0) }) { pack += " CN" }
        let read = try Pack(parsing: pack)
        guard read.eachesPerCase == 1, read.eachSize.unit.dimension == .count,
            case let pieces = NSDecimalNumber(decimal: read.eachSize.amount).intValue, pieces > 1,
            Decimal(pieces) == read.eachSize.amount, pieces <= Pack.largestCount
        else {
            self = read
            return
        }
        self.init(eachesPerCase: pieces, eachSize: Quantity(1, read.eachSize.unit))
    }
}
