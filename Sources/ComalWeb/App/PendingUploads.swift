import Foundation

/// Files a user uploaded to review before they take effect (a supplier's price list): kept on the
/// server under a random token between the review page and the confirmation, so the confirming
/// form carries a token rather than the file again.
struct PendingUploads: Sendable {
    let directory: String
    /// How long an unconfirmed upload is kept: a review left open over a weekend is stale anyway.
    static let lifetime: TimeInterval = 24 * 3600

    init(under root: String) { directory = "\(root)/pending-uploads" }

    /// Keeps `data` and returns its token; uploads older than `lifetime` are cleared on the way.
    func keep(_ data: Data, now: Date) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            let path = "\(directory)/\(name)"
            if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                now.timeIntervalSince(modified) > Self.lifetime
            {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let token = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        guard FileManager.default.createFile(atPath: "\(directory)/\(token)", contents: data, attributes: [.posixPermissions: 0o600])
        else { throw CocoaError(.fileWriteUnknown) }
        return token
    }

    /// The upload kept under `token`; nil for a token that is not one (32 hex digits) or has gone.
    func upload(_ token: String) -> Data? {
        guard Self.isToken(token) else { return nil }
        return FileManager.default.contents(atPath: "\(directory)/\(token)")
    }

    func remove(_ token: String) {
        guard Self.isToken(token) else { return }
        try? FileManager.default.removeItem(atPath: "\(directory)/\(token)")
    }

    /// Only a token can name a file here, so no form field can reach outside the folder.
    static func isToken(_ text: String) -> Bool {
        text.count == 32 && text.allSatisfy { $0.isHexDigit && ($0.isNumber || $0.isLowercase) }
    }
}
