import ComalCore

/// The day's temperature log: for each site, the hot and the cold food at departure and on arrival,
/// with the limits printed and any recorded reading out of range flagged with what to do.
public enum TemperatureLogPage {
    public static func render(_ day: KitchenDay, readings: [Site.ID: [TemperatureReading]], language: Language) -> String {
        let say = { (english: String, spanish: String) in KitchenPage.say(english, spanish, language) }
        var body = "<h1>\(say("Temperature log", "Registro de temperaturas"))</h1>\n<p>\(KitchenPage.heading(day, language))</p>\n"
        body += "<p>\(say("Hot food at 135 °F or above, cold food at 41 °F or below (FDA Food Code 3-501.16).", "Comida caliente a 135 °F o más, comida fría a 41 °F o menos (Código de Alimentos de la FDA 3-501.16)."))</p>\n"
        body += "<table><thead><tr><th>\(say("Site", "Sitio"))</th><th>\(say("Food", "Comida"))</th>"
        body += "<th>\(say("Departure °F", "Salida °F"))</th><th>\(say("Time, initials", "Hora, iniciales"))</th>"
        body += "<th>\(say("Arrival °F", "Llegada °F"))</th><th>\(say("Time, initials", "Hora, iniciales"))</th>"
        body += "<th>\(say("Out of range: what to do", "Fuera de rango: qué hacer"))</th></tr></thead><tbody>\n"
        for service in day.sites {
            let carried = Set(service.meals.flatMap { $0.items.map(\.temperature) })
            for temperature in [ServingTemperature.hot, .cold] where carried.contains(temperature) {
                let taken = (readings[service.site.id] ?? []).filter { $0.temperature == temperature }
                let departure = taken.first { $0.stage == .departure }
                let arrival = taken.first { $0.stage == .arrival }
                let flags = [departure, arrival].compactMap { $0?.flag?.message.text(in: language) }
                body += "<tr><td>\(HTML.escape("\(service.site.id) \(service.site.name)"))</td>"
                body += "<td>\(KitchenPage.say(temperature.label, language))</td>"
                body += "<td class=\"num\">\(departure.map { "\($0.fahrenheit)" } ?? "")</td><td class=\"blank\"></td>"
                body += "<td class=\"num\">\(arrival.map { "\($0.fahrenheit)" } ?? "")</td><td class=\"blank\"></td>"
                body += "<td class=\"flag\">\(HTML.escape(flags.joined(separator: " ")))</td></tr>\n"
            }
        }
        body += "</tbody></table>\n"
        body += "<p>\(say("Hot food below 135 °F on arrival: serve within 4 hours of leaving the kitchen or reheat to 165 °F within 2 hours. Cold food above 41 °F: discard if it reached 70 °F, else serve within 4 hours.", "Comida caliente a menos de 135 °F al llegar: sírvala dentro de 4 horas desde que salió o recaliéntela a 165 °F dentro de 2 horas. Comida fría a más de 41 °F: deséchela si llegó a 70 °F; si no, sírvala dentro de 4 horas."))</p>\n"
        return KitchenPage.document(title: "\(day.kitchen.id) \(day.date)", language: language, body: body)
    }
}
