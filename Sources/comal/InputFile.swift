import ArgumentParser
import Foundation

/// Reads a file the user named, turning a missing or unreadable file into a message that names it.
func readUserFile(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("cannot read \(path): no such file, or it is not readable")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw ValidationError("\(path) is not UTF-8 text; save it as CSV UTF-8")
    }
    return text
}
