import ComalStore
import Foundation

/// The largest file a command reads: far past a state's week of orders (a few hundred kilobytes),
/// and small enough that a wrong file named by mistake (a disk image, a video) is refused at once
/// rather than read into memory.
let largestUserFile = 50_000_000

/// Reads a file the user named, as UTF-8 or Windows-1252 text (`UserText`), turning a missing,
/// unreadable or far too large file into a message that names it.
func readUserFile(_ path: String, as encoding: TextEncoding = .auto) throws -> String {
    try UserText.decode(readUserBytes(path), file: path, as: encoding)
}

/// A file's bytes, for files that may not be text (an `.xlsx` order guide).
func readUserBytes(_ path: String) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= largestUserFile else { throw InputFileError.tooLarge(path, bytes: size) }
    guard let data = FileManager.default.contents(atPath: path) else { throw InputFileError.unreadable(path) }
    return data
}

/// Why a file named on the command line could not be read.
enum InputFileError: Error, CustomStringConvertible {
    case unreadable(String)
    case tooLarge(String, bytes: Int)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path): no such file, or it is not readable"
        case .tooLarge(let path, let bytes):
            "\(path) is \(bytes / 1_000_000) MB; files for Comal are at most \(largestUserFile / 1_000_000) MB. Is it the right file?"
        }
    }
}
