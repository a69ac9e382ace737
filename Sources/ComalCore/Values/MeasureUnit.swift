import Foundation

/// A unit in which a quantity of food is counted, weighed, measured or canned.
///
/// Units convert only within their dimension; crossing dimensions (a pound of a food into cups, a
/// #10 can into servings) needs the food's yield, which lives with the food, never here.
public enum MeasureUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case each = "EA", count = "CT", dozen = "DZ"
    case ounce = "OZ", pound = "LB", gram = "G", kilogram = "KG"
    case fluidOunce = "FL OZ", cup = "CUP", pint = "PT", quart = "QT", gallon = "GAL"
    case milliliter = "ML", liter = "L"
    case can10 = "#10 CN", can5 = "#5 CN", can2half = "#2.5 CN", can300 = "#300 CN"

    /// What a unit measures; conversions exist only inside one dimension.
    public enum Dimension: Sendable { case count, mass, volume, container }

    /// The dimension of this unit.
    public var dimension: Dimension {
        switch self {
        case .each, .count, .dozen: .count
        case .ounce, .pound, .gram, .kilogram: .mass
        case .fluidOunce, .cup, .pint, .quart, .gallon, .milliliter, .liter: .volume
        case .can10, .can5, .can2half, .can300: .container
        }
    }

    /// How many of the dimension's base unit (count: 1 item; mass: 1 mg; volume: 1 µL) one of this
    /// unit holds, exactly; nil for containers, which convert only through a food's yield.
    var baseAmount: Decimal? {
        switch self {
        case .each, .count: 1
        case .dozen: 12
        case .gram: 1_000
        case .kilogram: 1_000_000
        case .ounce: Decimal(string: "28349.523125")!
        case .pound: Decimal(string: "453592.37")!
        case .milliliter: 1_000
        case .liter: 1_000_000
        case .fluidOunce: Decimal(string: "29573.5295625")!
        case .cup: Decimal(string: "236588.2365")!
        case .pint: Decimal(string: "473176.473")!
        case .quart: Decimal(string: "946352.946")!
        case .gallon: Decimal(string: "3785411.784")!
        case .can10, .can5, .can2half, .can300: nil
        }
    }
}
