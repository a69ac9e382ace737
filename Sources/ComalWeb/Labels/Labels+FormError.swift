import ComalCore

extension Labels {
    /// What is wrong with a posted form, naming the field as the page labels it.
    func explain(_ error: FormError) -> String {
        let text: BilingualText =
            switch error {
            case .malformed:
                BilingualText(
                    english: "the form could not be read; reload the page and try again",
                    spanish: "no se pudo leer el formulario; recargue la página e intente otra vez")
            case .missing(let field):
                BilingualText(
                    english: "\(name(field)) is missing; fill it in and send the form again",
                    spanish: "falta \(name(field)); llénelo y envíe el formulario otra vez")
            case .notAWholeNumber(let field, let value, let largest):
                BilingualText(
                    english: "\(name(field)): \"\(value)\" is not a whole number from 0 to \(largest)",
                    spanish: "\(name(field)): \"\(value)\" no es un número entero de 0 a \(largest)")
            case .notAChoice(let field, let value):
                BilingualText(
                    english: "\(name(field)): \"\(value)\" is not one of the offered choices",
                    spanish: "\(name(field)): \"\(value)\" no es una de las opciones ofrecidas")
            case .notADate(let field, let value):
                BilingualText(
                    english: "\(name(field)): \"\(value)\" is not a date and time like 2026-11-25 17:00",
                    spanish: "\(name(field)): \"\(value)\" no es una fecha y hora como 2026-11-25 17:00")
            case .notAnAmount(let field, let value):
                BilingualText(
                    english: "\(name(field)): \"\(value)\" is not an amount in dollars from 0 to \(Supplier.largestAmount.formatted), like 45.00",
                    spanish: "\(name(field)): \"\(value)\" no es un monto en dólares de 0 a \(Supplier.largestAmount.formatted), como 45.00")
            case .noFile:
                BilingualText(english: "choose a file to upload first", spanish: "primero elija un archivo para subir")
            }
        return text.text(in: language)
    }

    /// A form field's name as its label shows it.
    private func name(_ field: String) -> String {
        switch field {
        case "sku": sku
        case "quantity": quantity
        case "unit": unit
        case "tolerance": tolerance
        case "delivery": delivery
        case "cutoff", "cutoff_date", "cutoff_time": cutoff
        case "username": username
        default: field
        }
    }
}
