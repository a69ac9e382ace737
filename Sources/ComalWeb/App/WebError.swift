import ComalCore

/// Why a request was refused before any page of its own could render; `SessionMiddleware` turns
/// each into the right status and a page that says what to do.
enum WebError: Error, Equatable {
    /// No one is signed in: go to the login page.
    case signInRequired
    /// Signed in, but this page belongs to another site or role.
    case forbidden
    case notFound
    /// The form's token is missing or wrong (forged, or from an expired session).
    case invalidCSRF
    /// The body is larger than the configured limit.
    case tooLarge(limit: Int)
    case badForm(FormError)
    /// A fault of the server (a bug, a full disk); logged under `reference`, and shown with only
    /// that reference, which the administrator finds in the log.
    case unexpected(reference: String)
}

/// The page that explains a refused request.
struct MessagePage: Page {
    static let template = "message"
    var chrome: Chrome
    var heading: String
    var message: String

    init(_ error: WebError, context: WebContext) {
        let t = Labels.of(context.language)
        let (heading, message) = Self.texts(error)
        self.heading = heading.text(in: t.language)
        switch error {
        case .badForm(let problem): self.message = "\(t.explain(problem)). \(t.nothingChanged)"
        case .invalidCSRF, .tooLarge: self.message = "\(message?.text(in: t.language) ?? "") \(t.nothingChanged)"
        case .forbidden, .notFound, .signInRequired, .unexpected: self.message = message?.text(in: t.language) ?? ""
        }
        chrome = Chrome(title: self.heading, context: context)
    }

    /// The heading and message of each refusal, English and Spanish side by side; a form that
    /// could not be read is explained by its problem instead.
    static func texts(_ error: WebError) -> (heading: BilingualText, message: BilingualText?) {
        switch error {
        case .forbidden:
            (
                BilingualText(english: "Not your page", spanish: "Esta página no es suya"),
                BilingualText(
                    english: "This page belongs to another site or role. Go back to your home page.",
                    spanish: "Esta página pertenece a otro sitio o función. Vuelva a su página de inicio.")
            )
        case .notFound, .signInRequired:
            (
                BilingualText(english: "Page not found", spanish: "Página no encontrada"),
                BilingualText(
                    english: "There is no such page. Go back to your home page.",
                    spanish: "Esa página no existe. Vuelva a su página de inicio.")
            )
        case .invalidCSRF:
            (
                BilingualText(english: "This form has expired", spanish: "Este formulario venció"),
                BilingualText(
                    english: "The form did not come from this page or your session ended. Go back, reload the page and send it again.",
                    spanish: "El formulario no vino de esta página o su sesión terminó. Regrese, recargue la página y envíelo otra vez.")
            )
        case .tooLarge(let limit):
            (
                BilingualText(english: "The file is too large", spanish: "El archivo es demasiado grande"),
                BilingualText(
                    english: "Uploads may be at most \(Self.size(limit)). Remove empty rows or split the file, then upload it again.",
                    spanish: "Los archivos pueden tener como máximo \(Self.size(limit)). Quite las filas vacías o divida el archivo y súbalo otra vez.")
            )
        case .unexpected(let reference):
            (
                BilingualText(english: "Something went wrong", spanish: "Algo salió mal"),
                BilingualText(
                    english: "The server could not finish this request. Try again; if it happens again, tell the alliance's administrator and give this reference: \(reference).",
                    spanish: "El servidor no pudo terminar esta solicitud. Intente otra vez; si vuelve a pasar, avise al administrador de la alianza y dé esta referencia: \(reference).")
            )
        case .badForm:
            (BilingualText(english: "The form could not be read", spanish: "No se pudo leer el formulario"), nil)
        }
    }

    private static func size(_ limit: Int) -> String {
        limit >= 1_000_000 ? "\(limit / 1_000_000) MB" : "\(limit / 1000) KB"
    }
}
