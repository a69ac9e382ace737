/// Text made safe to place in HTML element content and attribute values.
enum HTML {
    /// `text` with `&`, `<`, `>` and quotes escaped, so a food name can never become markup.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
