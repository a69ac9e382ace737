import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension ServedComal {
    /// Follows a job the server answered 202 for (`Location: /api/v1/jobs/N`) until it is no
    /// longer running, as a program does: its final state, `done` or `failed`. Throws when the
    /// server stops answering first.
    static func finish(job location: String, at address: String, token: String) async throws -> String {
        var request = URLRequest(url: URL(string: String(address.dropLast()) + location)!, timeoutInterval: 30)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        for _ in 0..<2400 {
            let (body, _) = try await URLSession(configuration: .ephemeral).data(for: request)
            let job = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            if let state = job?["state"] as? String, state != "running" { return state }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw URLError(.timedOut)
    }
}
