/// The languages every page, sheet and explanation a user can print or download exists in.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    case english = "en", spanish = "es"
}

/// A text in every language the alliance works in.
public struct BilingualText: Hashable, Sendable, Codable {
    public var english: String
    public var spanish: String

    public init(english: String, spanish: String) {
        self.english = english
        self.spanish = spanish
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .spanish: spanish
        }
    }
}
