/// Splits a whole number of units (cents, eaches) among claimants in proportion to their weights so
/// that the parts add up to the whole exactly.
///
/// Each claimant first gets the floor of its exact share; the units left over go one each to the
/// claimants with the largest fractional remainders, ties going to the smaller key. The result does
/// not depend on the order of `weights`.
public enum LargestRemainder {
    /// The parts of `total` for each key, proportional to its weight; keys of zero weight get zero.
    ///
    /// When every weight is zero, nothing can be proportional, and the whole goes unassigned: the
    /// result is all zeros and the caller decides where `total` goes.
    public static func split<Key: Comparable & Hashable>(_ total: Int, weights: [Key: Int]) -> [Key: Int] {
        precondition(total >= 0, "LargestRemainder splits a non-negative total")
        let keys = weights.keys.sorted()
        let weightSum = keys.reduce(0) { $0 + max(0, weights[$1]!) }
        var parts = Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
        guard weightSum > 0 else { return parts }
        var remainders: [(key: Key, remainder: Int)] = []
        var assigned = 0
        for key in keys {
            let weight = max(0, weights[key]!)
            // total × weight can pass Int's range (a delivery fee in cents split by goods values in
            // cents), so it is taken at double width; the quotient is at most `total`.
            let (quotient, remainder) = weightSum.dividingFullWidth(total.multipliedFullWidth(by: weight))
            parts[key] = quotient
            assigned += quotient
            remainders.append((key, remainder))
        }
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.key < $1.key }
        for index in 0..<(total - assigned) { parts[remainders[index].key]! += 1 }
        return parts
    }

    /// The parts of an amount of money in proportion to the weights, adding up to it to the cent.
    ///
    /// A negative amount (a credit) is split as its magnitude and the parts negated.
    public static func split<Key: Comparable & Hashable>(_ amount: Money, weights: [Key: Int]) -> [Key: Money] {
        let parts = split(amount.cents.magnitude.asInt, weights: weights)
        return parts.mapValues { Money(cents: amount.cents < 0 ? -$0 : $0) }
    }
}

extension UInt {
    var asInt: Int { Int(self) }
}
