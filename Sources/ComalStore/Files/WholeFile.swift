import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so that
/// a reader (or a stop midway) sees the old file or the new one, never part of it.
///
/// Foundation's `write(toFile:atomically: true)` does the same on Linux through a directory it
/// makes in /tmp for each write and never removes: every printed menu left one behind.
public enum WholeFile {
    public static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    public static func write(_ data: Data, to path: String) throws {
        let temporary = "\(path).partial-\(UUID().uuidString.prefix(8))"
        try data.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let code = POSIXErrorCode(rawValue: errno) ?? .EIO
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(code)])
        }
    }
}
