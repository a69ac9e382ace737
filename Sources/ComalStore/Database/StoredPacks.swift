import ComalCore
import Synchronization

/// Packs read from their stored text, kept once read: a catalog has a few hundred distinct packs,
/// and a page that lists forty products read each one again on every view (a twentieth of an
/// order page's time).
enum StoredPacks {
    /// Distinct texts kept; past this the cache starts over.
    private static let limit = 4096
    private static let parsed = Mutex<[String: Pack]>([:])

    static func pack(_ text: String) throws(PackParseError) -> Pack {
        if let known = parsed.withLock({ $0[text] }) { return known }
        let pack = try Pack(parsing: text)
        parsed.withLock { packs in
            if packs.count >= limit { packs = [:] }
            packs[text] = pack
        }
        return pack
    }
}
