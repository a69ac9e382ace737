import ComalStore
import Foundation

/// A posted form, from either encoding a browser sends: `application/x-www-form-urlencoded` for
/// plain forms and `multipart/form-data` for file uploads. Hummingbird ships no multipart reader,
/// and forms here are small, so this one reads the whole (size-checked) body at once.
struct FormData: Sendable {
    /// An uploaded file: the name the browser gave it and its bytes as text.
    struct File: Sendable {
        var filename: String
        var data: Data
    }

    private(set) var fields: [String: String] = [:]
    private(set) var files: [String: File] = [:]

    init() {}

    init(body: Data, contentType: String) throws(FormError) {
        let lowered = contentType.lowercased()
        if lowered.hasPrefix("multipart/form-data") {
            guard let range = contentType.range(of: "boundary=", options: .caseInsensitive) else {
                throw .malformed
            }
            var boundary = String(contentType[range.upperBound...].prefix { $0 != ";" })
            boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            try readMultipart(body, boundary: boundary)
        } else {
            readURLEncoded(String(decoding: body, as: UTF8.self))
        }
    }

    subscript(name: String) -> String? { fields[name] }

    private mutating func readURLEncoded(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
    }

    private mutating func readMultipart(_ body: Data, boundary: String) throws(FormError) {
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Data] = []
        var searchStart = body.startIndex
        var partStart: Data.Index?
        while let found = body.range(of: delimiter, in: searchStart..<body.endIndex) {
            if let start = partStart { parts.append(body[start..<found.lowerBound]) }
            partStart = found.upperBound
            searchStart = found.upperBound
        }
        guard !parts.isEmpty else { throw .malformed }
        for var part in parts {
            // Each part is "\r\n" headers "\r\n\r\n" content "\r\n".
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            if part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            guard let split = part.range(of: headerEnd) else { throw .malformed }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            let content = Data(part[split.upperBound...])
            guard let name = Self.parameter("name", in: headers) else { throw .malformed }
            if let filename = Self.parameter("filename", in: headers) {
                files[name] = File(filename: filename, data: content)
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    /// `name="value"` from a Content-Disposition header.
    private static func parameter(_ name: String, in headers: String) -> String? {
        guard let range = headers.range(of: " \(name)=\"") ?? headers.range(of: ";\(name)=\"") else { return nil }
        return String(headers[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// Why a posted form was refused, in words the user can act on.
enum FormError: Error, Equatable, CustomStringConvertible {
    case malformed
    case missing(String)
    case notAWholeNumber(field: String, value: String, largest: Int)
    case notAChoice(field: String, value: String)
    case notADate(field: String, value: String)
    case notAnAmount(field: String, value: String)
    case noFile

    var description: String { Labels.of(.english).explain(self) }
}

extension FormData {
    /// A required text field, trimmed.
    func text(_ name: String) throws(FormError) -> String {
        let value = (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw .missing(name) }
        return value
    }

    /// A whole number from 0 to `largest`; an empty field is `emptyValue` when one is given.
    func wholeNumber(_ name: String, largest: Int, emptyValue: Int? = nil) throws(FormError) -> Int {
        let value = (fields[name] ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty, let emptyValue { return emptyValue }
        guard value.count <= 9, value.allSatisfy(\.isASCII), let number = Int(value), (0...largest).contains(number) else {
            throw .notAWholeNumber(field: name, value: value, largest: largest)
        }
        return number
    }

    /// One of an enumeration's raw values.
    func choice<Choice: RawRepresentable>(_ name: String, _: Choice.Type) throws(FormError) -> Choice
    where Choice.RawValue == String {
        let value = fields[name] ?? ""
        guard let choice = Choice(rawValue: value) else { throw .notAChoice(field: name, value: value) }
        return choice
    }

    /// An uploaded file as UTF-8 text.
    func file(_ name: String) throws(FormError) -> File {
        guard let file = files[name], !file.filename.isEmpty else { throw .noFile }
        return file
    }
}

extension FormData {
    /// The version of the order or menu the form was shown with (its hidden `version` field), so
    /// that a change to what someone else has since changed is refused rather than overwriting theirs.
    var seenVersion: ContentVersion? { self["version"].flatMap(ContentVersion.init(rawValue:)) }
}
