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
        let t = Labels(context.language)
        let english = t.language == .english
        switch error {
        case .forbidden:
            heading = english ? "Not your page" : "Esta página no es suya"
            message =
                english
                ? "This page belongs to another site or role. Go back to your home page."
                : "Esta página pertenece a otro sitio o función. Vuelva a su página de inicio."
        case .notFound, .signInRequired:
            heading = english ? "Page not found" : "Página no encontrada"
            message =
                english
                ? "There is no such page. Go back to your home page." : "Esa página no existe. Vuelva a su página de inicio."
        case .invalidCSRF:
            heading = english ? "This form has expired" : "Este formulario venció"
            message =
                english
                ? "The form did not come from this page or your session ended. Go back, reload the page and send it again. \(t.nothingChanged)"
                : "El formulario no vino de esta página o su sesión terminó. Regrese, recargue la página y envíelo otra vez. \(t.nothingChanged)"
        case .tooLarge(let limit):
            let size = limit >= 1_000_000 ? "\(limit / 1_000_000) MB" : "\(limit / 1000) KB"
            heading = english ? "The file is too large" : "El archivo es demasiado grande"
            message =
                english
                ? "Uploads may be at most \(size). Remove empty rows or split the file, then upload it again. \(t.nothingChanged)"
                : "Los archivos pueden tener como máximo \(size). Quite las filas vacías o divida el archivo y súbalo otra vez. \(t.nothingChanged)"
        case .unexpected(let reference):
            heading = english ? "Something went wrong" : "Algo salió mal"
            message =
                english
                ? "The server could not finish this request. Try again; if it happens again, tell the alliance's administrator and give this reference: \(reference)."
                : "El servidor no pudo terminar esta solicitud. Intente otra vez; si vuelve a pasar, avise al administrador de la alianza y dé esta referencia: \(reference)."
        case .badForm(let problem):
            heading = english ? "The form could not be read" : "No se pudo leer el formulario"
            message = "\(t.explain(problem)). \(t.nothingChanged)"
        }
        chrome = Chrome(title: heading, context: context)
    }
}
