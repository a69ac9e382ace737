import ComalCore
import Foundation

/// The JSON answer of a check, as other programs and the web API read it:
/// `{"compliant": bool, "findings": [{"rule", "day", "meal", "age_group", "items", "message", "citation"}]}`,
/// with `message` in the language asked for and `messages` in both (`{"en": ..., "es": ...}`), so a
/// program expecting the documented string gets one. Keys are sorted so output is byte-stable.
public enum CheckReportJSON {
    private struct Report: Encodable {
        var compliant: Bool
        var findings: [Entry]
    }

    private struct Entry: Encodable {
        var rule: String
        var day: String?
        var meal: String?
        var age_group: String
        var items: [String]
        var message: String
        var messages: [String: String]
        var citation: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(rule, forKey: .rule)
            // Day and meal are null, not absent, for week and day findings, so every finding has one shape.
            try container.encode(day, forKey: .day)
            try container.encode(meal, forKey: .meal)
            try container.encode(age_group, forKey: .age_group)
            try container.encode(items, forKey: .items)
            try container.encode(message, forKey: .message)
            try container.encode(messages, forKey: .messages)
            try container.encode(citation, forKey: .citation)
        }

        enum Key: String, CodingKey { case rule, day, meal, age_group, items, message, messages, citation }
    }

    /// The report for `findings`, pretty-printed, with `message` in `language`.
    public static func render(_ findings: [Finding], language: Language) -> String {
        let report = Report(
            compliant: findings.isEmpty,
            findings: findings.map { finding in
                Entry(
                    rule: finding.rule.rawValue, day: finding.day, meal: finding.meal?.rawValue,
                    age_group: finding.ageGroup.rawValue, items: finding.items,
                    message: finding.message.text(in: language),
                    messages: ["en": finding.message.english, "es": finding.message.spanish], citation: finding.citation)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(report), as: UTF8.self)
    }
}
