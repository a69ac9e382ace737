import ComalCore
import ComalStore
import Foundation

/// The fixed texts of the accounts page and of a refused sign-in, in the reader's language; those
/// that name a value give both languages.
struct AccountLabels: Sendable, Encodable {
    let accounts, accountsIntro, user, role, site, state, tokens, failures: String
    let active, disabled, disable, enable, unlock, newPassword, resetPassword, setRole, change: String
    let tokenName, created, lastUsed, expires, never, revoke, noTokens, noMatch, ownAccount: String
    let addAccount, addAccountHelp, password: String

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String {
            BilingualText(english: english, spanish: spanish).text(in: language)
        }
        accounts = t("Accounts", "Cuentas")
        accountsIntro = t(
            "Who signs in to Comal. Disabling an account signs it out everywhere and revokes its API tokens at once; a new password signs it out too. Every change is in the audit log.",
            "Quién entra a Comal. Desactivar una cuenta cierra todas sus sesiones y revoca sus claves de la API al instante; una contraseña nueva también cierra sus sesiones. Cada cambio queda en el registro de auditoría."
        )
        user = t("User", "Usuario")
        role = t("Role", "Rol")
        site = t("Site", "Sitio")
        state = t("State", "Estado")
        tokens = t("API tokens", "Claves de la API")
        failures = t("Failed sign-ins (last hour)", "Intentos fallidos (última hora)")
        active = t("active", "activa")
        disabled = t("disabled", "desactivada")
        disable = t("Disable", "Desactivar")
        enable = t("Enable", "Activar")
        unlock = t("Clear failed sign-ins", "Borrar intentos fallidos")
        newPassword = t("New password (8 characters or more)", "Contraseña nueva (8 caracteres o más)")
        resetPassword = t("Set the password", "Cambiar la contraseña")
        setRole = t("Change the role", "Cambiar el rol")
        change = t("Change", "Cambiar")
        tokenName = t("Label", "Nombre")
        created = t("Issued", "Emitida")
        lastUsed = t("Last used", "Último uso")
        expires = t("Expires", "Vence")
        never = t("never", "nunca")
        addAccount = t("Add an account", "Agregar una cuenta")
        addAccountHelp = t(
            "A director or cook works for one site: choose it. The buyer, the admin and drivers work for the whole alliance. Usernames use letters, digits, dots, dashes and underscores.",
            "Un director o cocinero trabaja para un sitio: elíjalo. El comprador, el administrador y los choferes trabajan para toda la alianza. Los usuarios usan letras, dígitos, puntos, guiones y guiones bajos.")
        password = t("Password (8 characters or more)", "Contraseña (8 caracteres o más)")
        revoke = t("Revoke", "Revocar")
        noTokens = t("No API tokens.", "Sin claves de la API.")
        noMatch = t(
            "That username and password do not match. Check both and try again.",
            "El usuario y la contraseña no coinciden. Revise los dos e intente otra vez.")
        ownAccount = t(
            "You cannot disable your own account or change its role here: that could lock the alliance out. Ask another buyer or the administrator, or use comal user on the server.",
            "No puede desactivar su propia cuenta ni cambiar su rol aquí: podría dejar a la alianza sin acceso. Pídalo a otro comprador o al administrador, o use comal user en el servidor."
        )
    }

    /// The session limits and the tokens' standard lifetime, as the server applies them.
    static func limits(idle: TimeInterval, absolute: TimeInterval) -> BilingualText {
        let idleHours = Int(idle / 3600), absoluteHours = Int(absolute / 3600)
        let days = APITokenLifetime.standardDays
        return BilingualText(
            english:
                "A session ends after \(idleHours) hours unused, or \(absoluteHours) hours after signing in. An API token lasts \(days) days unless issued for longer (comal user token --days).",
            spanish:
                "Una sesión termina tras \(idleHours) horas sin uso, o \(absoluteHours) horas después de entrar. Una clave de la API dura \(days) días salvo que se emita por más tiempo (comal user token --days)."
        )
    }

    /// The word for a token's state.
    static func tokenState(_ state: APITokenListing.State) -> BilingualText {
        switch state {
        case .live: BilingualText(english: "live", spanish: "vigente")
        case .expired: BilingualText(english: "expired", spanish: "vencida")
        case .revoked: BilingualText(english: "revoked", spanish: "revocada")
        }
    }

    /// Why a sign-in is turned away when many are being checked at once.
    static let signInsBusy = BilingualText(
        english: "Many people are signing in right now. Try again in a few seconds.",
        spanish: "Muchas personas están entrando en este momento. Intente de nuevo en unos segundos.")

    /// Why a sign-in is refused for now, and for how long.
    static func tooManySignIns(_ username: String, seconds: Int) -> BilingualText {
        let wait =
            seconds < 120
            ? BilingualText(english: "\(seconds) seconds", spanish: "\(seconds) segundos")
            : BilingualText(english: "\((seconds + 59) / 60) minutes", spanish: "\((seconds + 59) / 60) minutos")
        return BilingualText(
            english:
                "Too many failed sign-ins for \(username). Wait \(wait.english) and try again; the alliance's buyer can clear this on the accounts page.",
            spanish:
                "Demasiados intentos fallidos para \(username). Espere \(wait.spanish) e intente otra vez; el comprador de la alianza puede borrarlos en la página de cuentas."
        )
    }

    /// What the last change did, shown at the top of the page.
    static func done(_ change: String, _ username: String) -> BilingualText? {
        switch change {
        case "disabled":
            BilingualText(
                english: "\(username) is disabled: signed out everywhere, API tokens revoked.",
                spanish: "\(username) está desactivada: sesiones cerradas, claves revocadas.")
        case "enabled": BilingualText(english: "\(username) is enabled again.", spanish: "\(username) está activa otra vez.")
        case "added":
            BilingualText(english: "\(username) can sign in now.", spanish: "\(username) ya puede entrar.")
        case "password":
            BilingualText(
                english: "\(username) has a new password and was signed out everywhere.",
                spanish: "\(username) tiene una contraseña nueva y se cerraron sus sesiones.")
        case "role": BilingualText(english: "\(username) has a new role.", spanish: "\(username) tiene un rol nuevo.")
        case "unlocked":
            BilingualText(
                english: "\(username)'s failed sign-ins are cleared.",
                spanish: "Se borraron los intentos fallidos de \(username).")
        case "revoked":
            BilingualText(
                english: "\(username)'s API token is revoked.", spanish: "Se revocó la clave de la API de \(username).")
        default: nil
        }
    }
}
