import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension ServedComal {
    /// The requests that carry secrets a request log must never hold: an API call with a bearer
    /// token, and a sign-in with a password and a session cookie (`not-a-real-session-cookie`).
    /// Returns the API call's `X-Request-Id`, which the log line of that request must show.
    func sendSecretBearingRequests(token: String, username: String, password: String) async throws -> String {
        let session = URLSession(configuration: .ephemeral)
        let base = String(address.dropLast())
        var api = URLRequest(url: URL(string: base + "/api/v1/windows?state=open")!)
        api.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (_, apiResponse) = try await session.data(for: api)
        let id = try #require((apiResponse as? HTTPURLResponse)?.value(forHTTPHeaderField: "X-Request-Id"))
        var login = URLRequest(url: URL(string: base + "/login")!)
        login.httpMethod = "POST"
        login.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        login.setValue("comal_session=not-a-real-session-cookie", forHTTPHeaderField: "Cookie")
        login.httpBody = Data(
            "username=\(username)&password=\(password.replacingOccurrences(of: " ", with: "+"))&csrf=x".utf8)
        _ = try await session.data(for: login)
        return id
    }
}
