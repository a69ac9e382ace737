import ComalCore
import Foundation

/// How a user's file is read as text.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 when the bytes are UTF-8, Windows-1252 otherwise.
    case auto
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
}

/// The text of a file a user gives (a catalog, sites, orders, receipts), whatever Excel saved it as.
///
/// Excel on Windows saves "CSV" in Windows-1252, and broadline distributors export their order
/// guides so: "Jalapeño" arrives as one byte 0xF1 that UTF-8 cannot read. Bytes that are valid
/// UTF-8 are read as UTF-8 (a UTF-8 file that is not is practically never valid UTF-8); anything
/// else as Windows-1252. A UTF-8 byte-order mark is dropped.
public enum UserText {
    public static func decode(_ data: Data, file: String, as encoding: TextEncoding = .auto) throws(ImportError) -> String {
        if encoding != .windows1252, let text = String(data: data, encoding: .utf8) { return text }
        if encoding != .utf8, let text = String(data: data, encoding: .windowsCP1252) { return text }
        let problem =
            encoding == .utf8
            ? ImportProblem(
                file: file, line: firstLine(in: data) { String(data: $0, encoding: .utf8) == nil }, column: nil,
                message: BilingualText(
                    english: "is not UTF-8 text; save it as \"CSV UTF-8\", or import it with --encoding windows-1252",
                    spanish: "no es texto UTF-8; guárdelo como \"CSV UTF-8\", o impórtelo con --encoding windows-1252"))
            // Five bytes have no character in Windows-1252: the file is neither.
            : ImportProblem(
                file: file, line: firstLine(in: data) { String(data: $0, encoding: .windowsCP1252) == nil }, column: nil,
                message: BilingualText(
                    english: "is neither UTF-8 nor Windows-1252 text; save it as \"CSV UTF-8\"",
                    spanish: "no es texto UTF-8 ni Windows-1252; guárdelo como \"CSV UTF-8\""))
        throw .problems([problem])
    }

    /// The number of the first line of `data` that `unreadable` says cannot be read.
    private static func firstLine(in data: Data, where unreadable: (Data) -> Bool) -> Int {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return (lines.firstIndex { unreadable(Data($0)) } ?? 0) + 1
    }
}
