import ArgumentParser
import ComalCore

/// What every step after the close names: the window, where its workbooks go, their language, and
/// who acts for the audit log.
struct WeekOptions: ParsableArguments {
    @Option(help: "The window id.") var window: Int64
    @Option(help: "Where to write the workbooks.") var out: String = "out"
    @Option(help: "Language of the workbooks: en or es.") var lang: Language = .english
    @Option(help: "Who acts, for the audit log (default: the alliance's buyer).") var buyer: String?

    var windowID: OrderWindow.ID { OrderWindow.ID(window) }
}
