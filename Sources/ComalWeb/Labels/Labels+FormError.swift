extension Labels {
    /// What is wrong with a posted form, naming the field as the page labels it.
    func explain(_ error: FormError) -> String {
        let english = language == .english
        switch error {
        case .malformed:
            return english
                ? "the form could not be read; reload the page and try again"
                : "no se pudo leer el formulario; recargue la página e intente otra vez"
        case .missing(let field):
            return english
                ? "\(name(field)) is missing; fill it in and send the form again"
                : "falta \(name(field)); llénelo y envíe el formulario otra vez"
        case .notAWholeNumber(let field, let value, let largest):
            return english
                ? "\(name(field)): \"\(value)\" is not a whole number from 0 to \(largest)"
                : "\(name(field)): \"\(value)\" no es un número entero de 0 a \(largest)"
        case .notAChoice(let field, let value):
            return english
                ? "\(name(field)): \"\(value)\" is not one of the offered choices"
                : "\(name(field)): \"\(value)\" no es una de las opciones ofrecidas"
        case .notADate(let field, let value):
            return english
                ? "\(name(field)): \"\(value)\" is not a date and time like 2026-11-25 17:00"
                : "\(name(field)): \"\(value)\" no es una fecha y hora como 2026-11-25 17:00"
        case .noFile:
            return english ? "choose a CSV file to upload first" : "primero elija un archivo CSV para subir"
        }
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
