import ComalCore
import ComalStore

/// The accounts page's fields, and what it refuses before asking the store.
enum AccountForm {
    /// A change the page refuses on the signed-in account itself.
    enum Refusal: Error, Equatable {
        case ownAccount

        func text(in language: Language) -> String { AccountLabels(language).ownAccount }
    }

    static func role(_ form: FormData) throws(FormError) -> Account.Role {
        let text = try form.text("role")
        guard let role = Account.Role(rawValue: text) else { throw .notAChoice(field: "role", value: text) }
        return role
    }

    /// The site of a director or cook; the empty choice, for the alliance's staff, is nil.
    static func site(_ form: FormData) -> Site.ID? {
        let text = (form["site"] ?? "").trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : Site.ID(text)
    }
}
