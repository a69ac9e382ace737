import ComalStore
import ComalTestSupport
import ComalWeb
import Foundation
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A program calling the JSON API with a bearer token (or none). Every call names the OpenAPI
/// operation it is, and its reply is recorded so that `OpenAPIRecorder.expectValid()` checks it
/// against `Sources/ComalWeb/Static/openapi.yaml`.
final class APIClient: Sendable {
    let base: URL
    let token: String?
    let recorder: OpenAPIRecorder
    let language: String?

    init(base: URL, token: String?, recorder: OpenAPIRecorder, language: String? = nil) {
        self.base = base
        self.token = token
        self.recorder = recorder
        self.language = language
    }

    /// The same caller asking for another language.
    func speaking(_ language: String) -> APIClient {
        APIClient(base: base, token: token, recorder: recorder, language: language)
    }

    /// Consolidates a window as a program does: starts the job (202), then reads the job until it
    /// has finished. Gives the start's reply and the finished job's.
    func consolidate(_ window: Int) async throws -> (started: APIReply, finished: APIReply) {
        let started = try await post("consolidateWindow", "/windows/\(window)/consolidate")
        guard started.status == 202, let job = started.int("id") else { return (started, started) }
        for _ in 0..<1200 {
            let reply = try await get("getJob", "/jobs/\(job)")
            if reply.string("state") != "running" { return (started, reply) }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw URLError(.timedOut)
    }

    func get(_ operation: String, _ path: String) async throws -> APIReply {
        try await send(operation, "GET", path)
    }

    func post(_ operation: String, _ path: String, json: String? = nil) async throws -> APIReply {
        try await send(operation, "POST", path, body: json.map { Data($0.utf8) }, contentType: "application/json")
    }

    func put(_ operation: String, _ path: String, json: String) async throws -> APIReply {
        try await send(operation, "PUT", path, body: Data(json.utf8), contentType: "application/json")
    }

    func delete(_ operation: String, _ path: String) async throws -> APIReply {
        try await send(operation, "DELETE", path)
    }

    func csv(_ operation: String, _ method: String, _ path: String, _ text: String) async throws -> APIReply {
        try await send(operation, method, path, body: Data(text.utf8), contentType: "text/csv")
    }

    func send(
        _ operation: String, _ method: String, _ path: String, body: Data? = nil, contentType: String? = nil,
        headers: [String: String] = [:]
    ) async throws -> APIReply {
        var request = URLRequest(url: URL(string: "/api/v1\(path)", relativeTo: base)!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let language { request.setValue(language, forHTTPHeaderField: "Accept-Language") }
        if let contentType, body != nil { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var replyHeaders: [String: String] = [:]
        for (key, value) in http.allHeaderFields { replyHeaders[String(describing: key).lowercased()] = "\(value)" }
        let reply = APIReply(status: http.statusCode, headers: replyHeaders, body: data)
        try recorder.record(operation, reply)
        return reply
    }
}

/// One API reply, with its JSON body at hand.
struct APIReply: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object (empty when it is not one).
    var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }

    /// The value at a path of keys and array indexes, such as `["lines", 0, "sku"]`.
    func value(_ path: Any...) -> Any? { lookup(path) }

    private func lookup(_ path: [Any]) -> Any? {
        var node: Any? = json
        for step in path {
            switch (node, step) {
            case (let object as [String: Any], let key as String): node = object[key]
            case (let array as [Any], let index as Int): node = index < array.count ? array[index] : nil
            default: return nil
            }
        }
        return node
    }

    func int(_ path: Any...) -> Int? {
        let node = lookup(path)
        return (node as? NSNumber)?.intValue ?? node as? Int
    }

    func string(_ path: Any...) -> String? {
        lookup(path) as? String
    }

    func array(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }

    /// The error body's problems, one `file:line: column c: message` or `field: message` each.
    var problems: [String] {
        ((json["error"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []).map { problem in
            let message = problem["message"] as? String ?? ""
            if let field = problem["field"] as? String { return "\(field): \(message)" }
            let line = (problem["line"] as? NSNumber)?.intValue ?? 0
            return "\(problem["file"] as? String ?? ""):\(line): column \(problem["column"] as? String ?? "-"): \(message)"
        }
    }

    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }
}

/// Collects replies as records for `scripts/check_openapi.py`, which validates the document and
/// every recorded body against the schema of its operation and status.
final class OpenAPIRecorder: Sendable {
    let directory: TemporaryDirectory
    private let count = Mutex(0)

    init() throws { directory = try TemporaryDirectory() }

    func record(_ operation: String, _ reply: APIReply) throws {
        try record(operation: operation, status: reply.status, headers: reply.headers, body: reply.body)
    }

    /// Writes one record; tests also write deliberately wrong ones to see the checker refuse them.
    func record(operation: String, status: Int, headers: [String: String], body: Data) throws {
        let number = count.withLock {
            $0 += 1
            return $0
        }
        let isJSON = (headers["content-type"] ?? "").hasPrefix("application/json")
        let record: [String: Any] = [
            "operationId": operation, "status": status, "contentType": headers["content-type"] ?? "",
            "headers": headers, "body": isJSON ? String(decoding: body, as: UTF8.self) : NSNull(),
        ]
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: directory.path(String(format: "%04d-%@-%d.json", number, operation, status))))
    }

    var recorded: Int { count.withLock { $0 } }

    /// Runs the checker over everything recorded.
    func check() async throws -> ProcessResult {
        let root = ProcessRunner.packageRoot()
        return try await ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", root.appendingPathComponent("scripts/check_openapi.py").path,
                root.appendingPathComponent("Sources/ComalWeb/Static/openapi.yaml").path, directory.url.path,
            ])
    }

    /// Every recorded reply matches the document.
    func expectValid(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let result = try await check()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
    }
}

extension LiveServer {
    /// An API client with a fresh token for `username` (nil: no token at all).
    func api(_ username: String?, recorder: OpenAPIRecorder, language: String? = nil) throws -> APIClient {
        let token = try username.map { try issueToken($0, label: "test") }
        return APIClient(base: base, token: token, recorder: recorder, language: language)
    }

    /// A new token for `username`, issued by the admin at the server's clock (or `at`).
    func issueToken(_ username: String, label: String, days: Int = 90, at instant: Date? = nil) throws -> String {
        let issued = instant ?? clock.now
        return try APITokens.issue(
            username: username, name: label, days: days, actor: "admin", now: try database.localDateTime(at: issued),
            at: issued, to: database)
    }

    /// A client sending exactly this bearer token.
    func api(token: String, recorder: OpenAPIRecorder) -> APIClient {
        APIClient(base: base, token: token, recorder: recorder)
    }
}
