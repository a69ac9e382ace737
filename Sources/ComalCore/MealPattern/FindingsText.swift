/// Findings as a cook reads them: grouped under age group, day and meal, each with its rule and citation.
public enum FindingsText {
    /// The findings as text, or the line saying the menu complies.
    public static func render(_ findings: [Finding], language: Language) -> String {
        guard !findings.isEmpty else {
            return BilingualText(
                english: "Compliant: every meal meets the CACFP meal pattern.",
                spanish: "Cumple: todas las comidas cumplen el patrón de comidas de CACFP."
            ).text(in: language)
        }
        var lines: [String] = []
        var heading = ""
        for finding in findings {
            let day = finding.day.map { dayLabel($0, in: language) }
            let where_ = [finding.ageGroup.label.text(in: language), day, finding.meal?.label.text(in: language)]
                .compactMap { $0 }.joined(separator: " · ")
            if where_ != heading {
                heading = where_
                lines.append(lines.isEmpty ? where_ : "\n\(where_)")
            }
            lines.append("  [\(finding.rule.rawValue)] \(finding.message.text(in: language))")
            lines.append("      \(BilingualText(english: "Rule", spanish: "Regla").text(in: language)): \(finding.citation)")
        }
        let count = findings.count
        lines.append(
            BilingualText(
                english: "\nNot compliant: \(count) finding\(count == 1 ? "" : "s").",
                spanish: "\nNo cumple: \(count) hallazgo\(count == 1 ? "" : "s")."
            ).text(in: language))
        return lines.joined(separator: "\n")
    }

    /// A menu's day label (`Week 2 Tue`) as written for English readers, and in Spanish with the day
    /// named as the wall menus name it (`Semana 2 Martes`).
    public static func dayLabel(_ label: String, in language: Language) -> String {
        let spanish = label.split(separator: " ").map { word in
            word == "Week" ? "Semana" : PrintedMenu.dayName(String(word)).spanish
        }.joined(separator: " ")
        return BilingualText(english: label, spanish: spanish).text(in: language)
    }
}
