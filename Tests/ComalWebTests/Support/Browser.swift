import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One user's browser: keeps its own cookies, never follows redirects by itself (so a test sees
/// each 303), and remembers the CSRF token of the last page it read, as a form would carry it.
final class Browser: @unchecked Sendable {
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var location: String? { headers["location"] }
        /// The page's text without markup or repeated spaces, to check what a reader sees.
        var visibleText: String {
            text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        }
    }

    let base: URL
    private let session: URLSession
    private let lock = NSLock()
    private var cookies: [String: String] = [:]
    private var lastToken = ""
    /// The token the last page's forms carried.
    var csrf: String { lock.withLock { lastToken } }
    /// The raw Set-Cookie headers seen, to check their attributes.
    private(set) var setCookieHeaders: [String] = []

    init(base: URL) {
        self.base = base
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    func get(_ path: String) async throws -> Reply {
        try await send(URLRequest(url: URL(string: path, relativeTo: base)!))
    }

    /// Posts a form with the current CSRF token unless `csrf` says otherwise (nil leaves it out).
    func post(_ path: String, _ fields: [String: String] = [:], csrf: String?? = .none) async throws -> Reply {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        var all = fields
        switch csrf {
        case .none: all["csrf"] = self.csrf
        case .some(.some(let token)): all["csrf"] = token
        case .some(.none): break
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        request.httpBody = Data(
            all.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
                .joined(separator: "&").utf8)
        return try await send(request)
    }

    /// Uploads a file as a browser's file input does (multipart/form-data), with the CSRF token.
    func upload(_ path: String, filename: String, contents: Data, field: String = "file") async throws -> Reply {
        let boundary = "----ComalTest\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n".utf8))
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n"
                    .utf8))
        body.append(contents)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = "POST"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return try await send(request)
    }

    /// Reads the login page (for its token), then signs in.
    func login(_ username: String, _ password: String) async throws -> Reply {
        _ = try await get("/login")
        return try await post("/login", ["username": username, "password": password])
    }

    /// Follows a reply's redirect, as a browser would.
    func follow(_ reply: Reply) async throws -> Reply {
        guard let location = reply.location else { return reply }
        return try await get(location)
    }

    /// Follows a started job (a consolidation) as a browser does: its page refreshes itself until
    /// the job is done and sends the browser on, or has failed and says why. Gives the last page.
    func followJob(_ started: Reply) async throws -> Reply {
        guard let job = started.location, job.hasPrefix("/buyer/jobs/") else { return started }
        for _ in 0..<1200 {
            let page = try await get(job)
            guard page.status == 200, page.text.contains("http-equiv=\"refresh\"") else { return try await follow(page) }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw URLError(.timedOut)
    }

    private func send(_ request: URLRequest) async throws -> Reply {
        var request = request
        let cookieHeader = lock.withLock { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if !cookieHeader.isEmpty { request.setValue(cookieHeader, forHTTPHeaderField: "Cookie") }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            headers[String(describing: key).lowercased()] = String(describing: value)
        }
        lock.withLock {
            for header in Self.setCookies(headers["set-cookie"]) {
                setCookieHeaders.append(header)
                let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
                let (name, value) = (String(pair[0]).trimmingCharacters(in: .whitespaces), pair.count > 1 ? String(pair[1]) : "")
                if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
            }
        }
        let reply = Reply(status: http.statusCode, headers: headers, body: data)
        if let range = reply.text.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) {
            let token = String(reply.text[range].dropLast().split(separator: "\"").last!)
            lock.withLock { lastToken = token }
        }
        return reply
    }

    /// Foundation joins several Set-Cookie headers with ", "; cookie values here never hold commas.
    private static func setCookies(_ joined: String?) -> [String] {
        guard let joined else { return [] }
        return joined.components(separatedBy: ", ").filter { $0.contains("=") && !$0.hasPrefix(" ") }
    }
}

/// Hands every redirect back to the test instead of following it.
private final class NoRedirects: NSObject, URLSessionTaskDelegate {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
