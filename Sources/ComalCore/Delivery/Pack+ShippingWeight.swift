import Foundation

extension Pack {
    /// The estimated shipping weight of one each in pounds, for loading a vehicle (not for crediting).
    ///
    /// Mass packs weigh what they hold; liquids are taken at the density of water (1 kg per litre);
    /// cans at their usual filled weight (#10 7 lb, #5 3.5 lb, #2.5 1.9 lb, #300 1 lb); pieces (EA, CT)
    /// at 0.25 lb each and a dozen at 1.5 lb, about a piece of fruit or a dozen large eggs. Packaging
    /// is not counted, so keep some slack in a vehicle's `capacity_lb`.
    public var eachPounds: Decimal {
        let size = eachSize
        switch size.unit.dimension {
        case .mass:
            return size.converted(to: .pound)?.amount ?? 0
        case .volume:
            let litres = size.converted(to: .liter)?.amount ?? 0
            return litres / Decimal(string: "0.45359237")!
        case .container:
            return size.amount * Self.canPounds[size.unit, default: 1]
        case .count:
            return size.amount * (size.unit == .dozen ? Decimal(string: "1.5")! : Decimal(string: "0.25")!)
        }
    }

    private static let canPounds: [MeasureUnit: Decimal] = [
        .can10: 7, .can5: Decimal(string: "3.5")!, .can2half: Decimal(string: "1.9")!, .can300: 1,
    ]
}
