import Crypto
import Foundation

/// What the database keeps of a secret the server hands out (an API token, a session id): its
/// SHA-256 in hex, so that a copy of the database file lets no one sign in. The secrets are 256
/// random bits, so an unsalted fast hash is enough: unlike a password, there is no dictionary to try.
enum TokenDigest {
    static func hex(_ secret: String) -> String {
        SecureToken.hex(SHA256.hash(data: Data(secret.utf8)))
    }
}
