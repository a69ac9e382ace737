/// How a menu item travels and is held, which decides its container, its label and its time limit.
public enum ServingTemperature: String, Hashable, Sendable, Codable, DeclarationOrdered {
    /// Cooked food held at or above 135 °F.
    case hot
    /// Milk, cold fruit and salads held at or below 41 °F.
    case cold
    /// Crackers, bread and whole fruit: no temperature control needed.
    case ambient

    /// The lowest temperature hot food may be held at (Food Code 3-501.16(A)(1)).
    public static let hotHoldingMinimumF = 135
    /// The highest temperature cold food may be held at (Food Code 3-501.16(A)(2)).
    public static let coldHoldingMaximumF = 41
    /// Food out of temperature control is served or discarded within 4 hours (Food Code 3-501.19).
    public static let timeAsControlMinutes = 4 * 60

    /// How an item is held, from what the kitchen knows of it: a recipe is cooked and sent hot; a food is
    /// sent as its products are kept (milk and other cold products cold, frozen ones cooked and sent hot,
    /// shelf-stable ones at room temperature).
    public static func of(isRecipe: Bool, component: FoodComponent, storage: Product.Storage?) -> ServingTemperature {
        if isRecipe { return .hot }
        if component == .milk { return .cold }
        switch storage {
        case .cold: return .cold
        case .frozen: return .hot
        case .dry, nil: return .ambient
        }
    }

    /// The temperature class as a label reads it.
    public var label: BilingualText {
        switch self {
        case .hot: BilingualText(english: "hot", spanish: "caliente")
        case .cold: BilingualText(english: "cold", spanish: "frío")
        case .ambient: BilingualText(english: "room temperature", spanish: "temperatura ambiente")
        }
    }
}
