/// An enumeration whose cases sort as they are declared: the order a reader expects (breakfast
/// before lunch, milk before grains, open before closed), which raw values would not give.
public protocol DeclarationOrdered: CaseIterable, Comparable {}

extension DeclarationOrdered {
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
