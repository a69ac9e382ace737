import ComalCore

/// The languages a printed wall menu is set in: one, or both side by side for a bilingual room.
/// `comal menu print --lang` and the web's `?lang=` take the same three words.
public enum MenuPageLanguages: String, CaseIterable, Sendable {
    case en, es, both

    public var languages: [Language] {
        switch self {
        case .en: [.english]
        case .es: [.spanish]
        case .both: [.english, .spanish]
        }
    }
}
