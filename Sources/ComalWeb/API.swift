import ComalCore
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

    /// A request body as a JSON object; an empty body is an empty object when `emptyAllowed`.
    static func object(_ body: Data, emptyAllowed: Bool = false) throws(APIError) -> [String: JSONValue] {
        if body.allSatisfy({ [0x20, 0x0a, 0x0d, 0x09].contains($0) }), emptyAllowed { return [:] }
        let parsed: JSONValue
        do { parsed = try JSONDecoder().decode(JSONValue.self, from: body) } catch {
            throw .badJSON(body.isEmpty ? "empty" : "not valid JSON")
        }
        guard case .object(let object) = parsed else { throw .badJSON("not an object") }
        return object
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
