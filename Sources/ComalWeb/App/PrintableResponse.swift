import Hummingbird

/// A printable page of our own (a wall menu, a production record, a kitchen sheet): its own inline
/// stylesheet is allowed, nothing else (no script, no fetches).
enum PrintableResponse {
    static func html(_ html: String) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        headers[.init("Content-Security-Policy")!] =
            "default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
