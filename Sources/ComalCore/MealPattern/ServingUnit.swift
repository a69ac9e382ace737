import Foundation

/// A unit a served portion is written in on a menu or a check request.
///
/// Kept apart from `MeasureUnit` (how suppliers pack food) because CACFP crediting needs units that no
/// supplier sells in: ounce equivalents, tablespoons, large eggs.
public enum ServingUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case fluidOunce = "fl_oz"
    case cup
    case ounce = "oz"
    case ounceEquivalent = "oz_eq"
    case gram = "g"
    case tablespoon = "tbsp"
    case largeEgg = "large_egg"
    case each

    /// The unit as a cook writes it.
    public var symbol: String {
        switch self {
        case .fluidOunce: "fl oz"
        case .cup: "cup"
        case .ounce: "oz"
        case .ounceEquivalent: "oz eq"
        case .gram: "g"
        case .tablespoon: "Tbsp"
        case .largeEgg: "large egg"
        case .each: "each"
        }
    }

    /// The unit as a cook writes it in `language`; Spanish names agree in number with `amount`
    /// (`1/2 taza`, `2 tazas`), English keeps the kitchen's invariant symbols (`2 cup`).
    public func symbol(in language: Language, amount: Decimal) -> String {
        let plural = amount > 1
        let spanish =
            switch self {
            case .fluidOunce: "oz líq."
            case .cup: plural ? "tazas" : "taza"
            case .ounce: "oz"
            case .ounceEquivalent: "oz eq."
            case .gram: "g"
            case .tablespoon: plural ? "cdas." : "cda."
            case .largeEgg: plural ? "huevos grandes" : "huevo grande"
            case .each: plural ? "piezas" : "pieza"
            }
        return BilingualText(english: symbol, spanish: spanish).text(in: language)
    }
}

/// An amount of food as served, with its unit (`1/2 cup`, `6 fl oz`, `1.5 oz eq`).
public struct Serving: Hashable, Sendable, Codable, CustomStringConvertible {
    public var amount: Decimal
    public var unit: ServingUnit

    /// The largest amount a serving is read with, in any unit: a kilogram, or far past any plate
    /// or cup; a larger one is a typing mistake, and would carry through enrollment × days into
    /// quantities no kitchen buys.
    public static let largestAmount: Decimal = 1000

    /// Creates a serving.
    public init(_ amount: Decimal, _ unit: ServingUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// Reads `1/4 cup`, `1 1/2 oz_eq`, `6 fl_oz`, `0.5 cup`; nil when the text is not an amount and a
    /// unit, or the amount is past `largestAmount`.
    public init?(parsing text: String) {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, let unit = ServingUnit(rawValue: words.removeLast()) else { return nil }
        var total: Decimal = 0
        for word in words {
            guard let part = Decimal(fractionText: word), part <= Self.largestAmount else { return nil }
            total += part
        }
        guard total <= Self.largestAmount else { return nil }
        self.init(total, unit)
    }

    /// The amount as a menu file writes it, which `init(parsing:)` reads back: `1/4 cup`, `6 fl_oz`.
    public var menuText: String { "\(amount.fractionText) \(unit.rawValue)" }

    /// As `menuText`, but an amount that is no easy fraction is written in full rather than to the
    /// hundredth: what a written menu file must hold for it to read back the same.
    public var exactMenuText: String { "\(amount.exactFractionText) \(unit.rawValue)" }

    /// The amount as a cook writes it: `1/4 cup`, `6 fl oz`.
    public var description: String { "\(amount.fractionText) \(unit.symbol)" }

    /// The amount as a cook reading `language` writes it: `1/4 cup`, `1/4 taza`, `6 oz líq.`.
    public func text(in language: Language) -> String {
        "\(amount.fractionText) \(unit.symbol(in: language, amount: amount))"
    }

    /// In cups, when the unit is a volume.
    public var cups: Decimal? {
        switch unit {
        case .cup: amount
        case .fluidOunce: amount / 8
        case .tablespoon: amount / 16
        default: nil
        }
    }
}

extension Decimal {
    /// Reads `3`, `0.25` or `3/8`, the way cooks and food tables write amounts.
    public init?(fractionText text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("0123456789.")
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(allowed.contains) }),
            let numerator = Decimal(string: String(parts[0]), locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        if parts.count == 1 {
            self = numerator
            return
        }
        guard let denominator = Decimal(string: String(parts[1]), locale: Locale(identifier: "en_US_POSIX")),
            denominator != 0
        else { return nil }
        self = numerator / denominator
    }

    /// Written as a cook writes amounts: halves to sixteenths as fractions (`1 1/2`, `3/8`, `1/16`), the
    /// rest as a decimal with at most two places.
    var fractionText: String { sixteenthsText ?? "\(self.rounded(scale: 2, .plain))" }

    /// As `fractionText`, but in full where it is no whole number of sixteenths.
    var exactFractionText: String { sixteenthsText ?? "\(self)" }

    /// `3`, `1/4`, `1 1/2`: the amount as whole sixteenths, or nil.
    private var sixteenthsText: String? {
        let whole = self.rounded(scale: 0, .down)
        let part = self - whole
        guard part != 0 else { return "\(whole)" }
        for denominator in [2, 4, 8, 16] {
            let scaled = part * Decimal(denominator)
            guard scaled == scaled.rounded(scale: 0, .plain) else { continue }
            let fraction = "\(scaled)/\(denominator)"
            return whole == 0 ? fraction : "\(whole) \(fraction)"
        }
        return nil
    }

    /// This number rounded to `scale` decimal places in `mode`.
    func rounded(scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, mode)
        return result
    }

    /// Rounded down to a whole number of quarters, the way grains credit.
    var roundedDownToQuarter: Decimal { (self * 4).rounded(scale: 0, .down) / 4 }
}
