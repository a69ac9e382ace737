import ComalCore

/// The date most check tests read the rules as of: after every change in `docs/cacfp.md` §1.
let lateDate = date("2026-10-15")

func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }
