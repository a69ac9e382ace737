import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// Where the JSON API lives, and what every one of its responses shares: JSON bodies, the reader's
/// language from `Accept-Language`, and one error shape (`Sources/ComalWeb/Static/openapi.yaml`, `Error`).
enum API {
    static let root = "/api/v1"

    /// Whether a path belongs to the API (and so skips the session cookie and CSRF).
    static func covers(_ path: String) -> Bool { path == root || path.hasPrefix(root + "/") }

    /// Spanish when the client's first choice is Spanish (`es`, `es-MX`), else English.
    static func language(_ request: Request) -> Language {
        let first = (request.headers[.acceptLanguage] ?? "").split(separator: ",").first ?? ""
        let tag = first.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return tag == "es" || tag.hasPrefix("es-") ? .spanish : .english
    }

    /// A request body as a JSON object; an empty body is an empty object when `emptyAllowed`. With
    /// `fields`, a key outside them is refused: a misspelt `forse` must not pass for an absent `force`.
    static func object(_ body: Data, fields: Set<String>? = nil, emptyAllowed: Bool = false) throws(APIError)
        -> [String: JSONValue]
    {
        if body.allSatisfy({ [0x20, 0x0a, 0x0d, 0x09].contains($0) }), emptyAllowed { return [:] }
        let parsed: JSONValue
        do { parsed = try JSONDecoder().decode(JSONValue.self, from: body) } catch {
            throw .badJSON(body.isEmpty ? "empty" : "not valid JSON")
        }
        guard case .object(let object) = parsed else { throw .badJSON("not an object") }
        if let fields {
            let unknown = object.keys.filter { !fields.contains($0) }.sorted()
            guard unknown.isEmpty else {
                let known = fields.sorted().joined(separator: ", ")
                throw .invalid(
                    unknown.map {
                        APIProblem(
                            field: $0, english: "is not a field of this request; its fields are \(known)",
                            spanish: "no es un campo de esta solicitud; sus campos son \(known)")
                    })
            }
        }
        return object
    }

    /// The version an `If-Match` header names, for a change to be refused with 412 when the order
    /// or menu has since changed: nil when there is none, or `*` (any version will do).
    static func ifMatch(_ request: Request) throws(APIError) -> ContentVersion? {
        guard let header = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), header != "*" else { return nil }
        let tag = header.hasPrefix("W/") ? header.dropFirst(2) : Substring(header)
        guard tag.count >= 2, tag.first == "\"", tag.last == "\"",
            let version = ContentVersion(rawValue: String(tag.dropFirst().dropLast()))
        else { throw .staleVersion(BilingualText(
            english: "If-Match must be an ETag this API gave, like \"0f3a…\"; read the resource again for its current one.",
            spanish: "If-Match debe ser un ETag que dio esta API, como \"0f3a…\"; lea el recurso otra vez para obtener el actual.")) }
        return version
    }

    /// `response` with the `ETag` of the version its body shows.
    static func tagged(_ response: Response, _ version: ContentVersion) -> Response {
        var response = response
        response.headers[.eTag] = "\"\(version)\""
        return response
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
