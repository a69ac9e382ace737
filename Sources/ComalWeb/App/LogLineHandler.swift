import Foundation
import Logging

/// Writes the server's log to standard error, one line per entry in one `write`, so that lines
/// from concurrent requests never interleave: as text for a person, or as one JSON object per
/// line for a log collector.
///
/// Text is the time, level, label and message, and leaves the metadata out: Comal's own messages
/// say everything (`GET /healthz 200 3ms id=3f9a2c1b client=127.0.0.1`). JSON carries the same
/// message and each metadata field under its own key (`status`, `ms`, `client`…), numbers as
/// numbers, with sorted keys so that two runs print the same bytes for the same request.
struct LogLineHandler: LogHandler {
    let label: String
    let format: LogFormat
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let time = Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        let line: String
        switch format {
        case .text:
            line = "\(time) \(event.level) \(label): \(event.message)"
        case .json:
            var fields = metadata.merging(metadataProvider?.get() ?? [:]) { _, provided in provided }
                .merging(event.metadata ?? [:]) { _, own in own }.mapValues(Field.init)
            fields["time"] = .text(time)
            fields["level"] = .text(event.level.rawValue)
            fields["label"] = .text(label)
            fields["message"] = .text(event.message.description)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            // Text and integers always encode; should that ever fail, the line is still written.
            line = (try? String(decoding: encoder.encode(fields), as: UTF8.self)) ?? "\(event.message)"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A metadata value as JSON: a number when it is an integer (status, milliseconds), else text.
    enum Field: Encodable {
        case text(String), number(Int)

        init(_ value: Logger.Metadata.Value) {
            if case .stringConvertible(let convertible) = value, let integer = convertible as? Int {
                self = .number(integer)
            } else {
                self = .text(value.description)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            }
        }
    }
}
