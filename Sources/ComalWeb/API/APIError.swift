import ComalCore
import ComalStore
import ComalWeek
import Hummingbird

/// A refused API request: its status, a stable code for programs, a message in the reader's
/// language and, for bad input, every problem found. Nothing was changed by a refused request.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: BilingualText
    var problems: [APIProblem] = []
    /// For 405: the methods the path does declare, for the `Allow` header.
    var allowed: [HTTPRequest.Method] = []

    private struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var problems: [APIProblem.Sent]
        }
        var error: Detail
    }

    func response(_ language: Language) -> Response {
        let sent = problems.map { $0.sent(in: language) }
        let body = Body(error: .init(code: code, message: message.text(in: language), problems: sent))
        var response = API.json(body, status: status)
        if status == .unauthorized { response.headers[.wwwAuthenticate] = #"Bearer realm="comal""# }
        if !allowed.isEmpty { response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ") }
        return response
    }

    static let unauthorized = APIError(
        status: .unauthorized, code: "unauthorized",
        message: BilingualText(
            english: "Send a valid API token as 'Authorization: Bearer TOKEN'; comal user token NAME makes one.",
            spanish: "Envíe un token válido de la API como 'Authorization: Bearer TOKEN'; comal user token NOMBRE crea uno."))
    static let forbidden = APIError(
        status: .forbidden, code: "forbidden",
        message: BilingualText(
            english: "This belongs to another site or role.", spanish: "Esto pertenece a otro sitio o función."))
    static let notFound = APIError(
        status: .notFound, code: "not_found",
        message: BilingualText(
            english: "There is no such window, site, file or route.", spanish: "No existe ese periodo, sitio, archivo o ruta."))
    static func methodNotAllowed(_ allowed: [HTTPRequest.Method]) -> APIError {
        let names = allowed.map(\.rawValue).joined(separator: ", ")
        return APIError(
            status: .methodNotAllowed, code: "method_not_allowed",
            message: BilingualText(english: "This path answers only \(names).", spanish: "Esta ruta solo responde a \(names)."),
            allowed: allowed)
    }
    /// A fault of the server, logged under `reference`; the answer carries only the reference.
    static func unexpected(reference: String) -> APIError {
        APIError(
            status: .internalServerError, code: "internal",
            message: BilingualText(
                english:
                    "The server could not finish this request; nothing was changed. Try again; if it happens again, give the administrator this reference: \(reference).",
                spanish:
                    "El servidor no pudo terminar esta solicitud; no se cambió nada. Intente otra vez; si vuelve a pasar, dé al administrador esta referencia: \(reference)."
            ))
    }

    static func tooLarge(limit: Int) -> APIError {
        APIError(
            status: .contentTooLarge, code: "too_large",
            message: BilingualText(
                english: "The body is larger than \(limit) bytes; nothing was changed.",
                spanish: "El cuerpo pasa de \(limit) bytes; no se cambió nada."))
    }

    static func badJSON(_ detail: String) -> APIError {
        APIError(
            status: .badRequest, code: "bad_json",
            message: BilingualText(
                english: "The body is not a JSON object (\(detail)); nothing was changed.",
                spanish: "El cuerpo no es un objeto JSON (\(detail)); no se cambió nada."))
    }

    /// Fields that are missing or wrong, each named.
    static func invalid(_ problems: [APIProblem]) -> APIError {
        APIError(
            status: .unprocessableContent, code: "invalid",
            message: BilingualText(
                english: "The request has problems; nothing was changed.",
                spanish: "La solicitud tiene problemas; no se cambió nada."),
            problems: problems)
    }

    /// A CSV refused row by row, each row's problem in the reader's language.
    static func invalidCSV(_ error: ImportError) -> APIError {
        APIError(
            status: .unprocessableContent, code: "invalid_csv",
            message: BilingualText(
                english: "The file has problems; nothing was changed. Fix them and send it again.",
                spanish: "El archivo tiene problemas; no se cambió nada. Corríjalos y envíelo otra vez."),
            problems: error.problems.map(APIProblem.init))
    }

    /// The change was based on a version that is no longer the stored one (`If-Match`).
    static func staleVersion(_ reason: BilingualText) -> APIError {
        APIError(status: .preconditionFailed, code: "precondition_failed", message: reason)
    }

    /// The week's state forbids the step (past cutoff, still open, not yet consolidated, …).
    static func conflict(_ reason: BilingualText) -> APIError {
        APIError(status: .conflict, code: "conflict", message: reason)
    }

    /// The error a thrown value means to an API client.
    static func from(_ error: Error) -> APIError? {
        switch error {
        case let error as APIError: return error
        case let error as WebError:
            switch error {
            case .signInRequired: return .unauthorized
            case .forbidden, .invalidCSRF: return .forbidden
            case .notFound: return .notFound
            case .tooLarge(let limit): return .tooLarge(limit: limit)
            case .badForm: return .badJSON("unreadable")
            case .unexpected(let reference): return .unexpected(reference: reference)
            }
        case let error as HTTPError where error.status == .notFound: return .notFound
        case let error as ImportError: return .invalidCSV(error)
        case let error as OrderLineError: return .invalid([APIProblem(field: error.field, message: error.explanation)])
        case let error as WindowDateError: return .invalid([APIProblem(field: error.field, message: error.explanation)])
        case StoreError.unknownWindow: return .notFound
        case let error as StoreError where error.isChangedSinceRead: return .staleVersion(error.explanation)
        case let error as StoreError: return .conflict(error.explanation)
        case CycleError.noSuchWindow: return .notFound
        default: return BilingualText.weekFailure(error).map(APIError.conflict)
        }
    }
}

/// One thing wrong with a request: a JSON field, or a CSV cell by file, line and column.
struct APIProblem: Sendable, Equatable {
    var field: String?
    var file: String?
    var line: Int?
    var column: String?
    var message: BilingualText

    /// The problem as a reply carries it, its message in the reader's language.
    struct Sent: Codable, Sendable, Equatable {
        var field: String?
        var file: String?
        var line: Int?
        var column: String?
        var message: String
    }

    init(field: String, message: BilingualText) {
        self.field = field
        self.message = message
    }

    init(field: String, english: String, spanish: String) {
        self.init(field: field, message: BilingualText(english: english, spanish: spanish))
    }

    init(_ problem: ImportProblem) {
        file = problem.file
        line = problem.line
        column = problem.column
        message = problem.message
    }

    func sent(in language: Language) -> Sent {
        Sent(field: field, file: file, line: line, column: column, message: message.text(in: language))
    }
}
