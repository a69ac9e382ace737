import Foundation
import Hummingbird

/// Reading a request's body with the upload limit, shared by the pages and the API.
enum RequestBody {
    /// The body up to `limit` bytes, and whether it was longer. A longer body is still read to the
    /// end (and dropped), so the client finishes sending and sees the refusal, not a reset connection.
    static func read(_ request: Request, limit: Int) async throws -> (data: Data, tooLarge: Bool) {
        var data = Data()
        var tooLarge = false
        for try await buffer in request.body {
            if data.count + buffer.readableBytes > limit { tooLarge = true }
            if !tooLarge { data.append(contentsOf: buffer.readableBytesView) }
        }
        return (data, tooLarge)
    }
}
