import ComalCore
import ComalWeek

extension BilingualText {
    /// What a failure of the week's own work says (`CycleError`: a workbook that could not be
    /// written; `ConsolidationError`), worded in English only; nil for any other error.
    static func weekFailure(_ error: any Error) -> BilingualText? {
        let text: String
        switch error {
        case let error as CycleError: text = error.description
        case let error as ConsolidationError: text = error.description
        default: return nil
        }
        return BilingualText(english: text, spanish: text)
    }
}
