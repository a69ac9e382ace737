import ComalStore
import Foundation
import MultipartKit

/// A posted form, from either encoding a browser sends: `application/x-www-form-urlencoded` for
/// plain forms and `multipart/form-data` for file uploads (through MultipartKit). Forms here are
/// small, so the whole (size-checked) body is read at once.
struct FormData: Sendable {
    /// An uploaded file: the name the browser gave it and its bytes as text.
    struct File: Sendable {
        var filename: String
        var data: Data

        /// The file's name as problems name it: its last path component (some browsers send the
        /// whole path), at most 100 characters.
        var name: String { Self.name(filename) }

        static func name(_ given: String) -> String {
            let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? given
            return String(last.prefix(100))
        }
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

    /// The parts of a `multipart/form-data` body, read with MultipartKit: a part with a file name
    /// is a file, any other a field. A body that is not multipart, or a part without a name, is
    /// refused as a whole.
    private mutating func readMultipart(_ body: Data, boundary: String) throws(FormError) {
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var content = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { headers.add(name: $0, value: $1) }
        parser.onBody = { content.writeBuffer(&$0) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: content))
            (headers, content) = (HTTPHeaders(), ByteBuffer())
        }
        do { try parser.execute([UInt8](body)) } catch { throw .malformed }
        guard !parts.isEmpty else { throw .malformed }
        for part in parts {
            guard let name = part.name else { throw .malformed }
            let data = Data(part.body.readableBytesView)
            if let disposition = part.headers.first(name: "Content-Disposition"),
                let filename = Self.parameter("filename", in: disposition)
            {
                files[name] = File(filename: filename, data: data)
            } else {
                fields[name] = String(decoding: data, as: UTF8.self)
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
