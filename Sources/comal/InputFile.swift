import Foundation

/// Reads a file the user named, turning a missing or unreadable file into a message that names it.
func readUserFile(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else { throw InputFileError.unreadable(path) }
    guard let text = String(data: data, encoding: .utf8) else { throw InputFileError.notUTF8(path) }
    return text
}

/// Why a file named on the command line could not be read.
enum InputFileError: Error, CustomStringConvertible {
    case unreadable(String)
    case notUTF8(String)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path): no such file, or it is not readable"
        case .notUTF8(let path): "\(path) is not UTF-8 text; save it as \"CSV UTF-8\""
        }
    }
}
