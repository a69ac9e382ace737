import ComalCore
import ComalStore
import ComalWeek

/// The texts of a job's page, English and Spanish side by side.
enum JobLabels {
    /// What a running job of `kind` is doing, as its page's heading.
    static func running(_ kind: Job.Kind) -> BilingualText {
        switch kind {
        case .consolidate: BilingualText(english: "Consolidating", spanish: "Consolidando")
        case .receive:
            BilingualText(english: "Recording what arrived", spanish: "Registrando lo que llegó")
        case .planRoutes: BilingualText(english: "Planning the routes", spanish: "Planeando las rutas")
        case .planMenu: BilingualText(english: "Planning the menu", spanish: "Planeando el menú")
        }
    }

    /// The heading of a job of `kind` that failed.
    static func failed(_ kind: Job.Kind) -> BilingualText {
        switch kind {
        case .consolidate: BilingualText(english: "The consolidation did not finish", spanish: "La consolidación no terminó")
        case .receive:
            BilingualText(
                english: "What arrived was not recorded; nothing changed", spanish: "No se registró lo que llegó; nada cambió")
        case .planRoutes:
            BilingualText(
                english: "The routes were not planned; the earlier plan stands", spanish: "No se planearon las rutas; queda el plan anterior")
        case .planMenu:
            BilingualText(
                english: "No menu was planned; the site's menus are unchanged", spanish: "No se planeó ningún menú; los menús del sitio no cambiaron")
        }
    }
    static let backToWindow = BilingualText(english: "Back to the window", spanish: "Volver al periodo")
    static let backToMenus = BilingualText(english: "Back to the menus", spanish: "Volver a los menús")
    static let refreshes = BilingualText(
        english: "This page updates itself every second until the work is done.",
        spanish: "Esta página se actualiza sola cada segundo hasta que termine el trabajo.")
    static let interrupted = BilingualText(
        english: "Comal was restarted while this ran, so it stopped; nothing was changed. Start it again.",
        spanish: "Comal se reinició mientras esto corría, así que se detuvo; no se cambió nada. Vuelva a iniciarlo.")

    /// What the job is doing now.
    static func step(_ step: JobProgress.Step?) -> BilingualText {
        switch step {
        case .reading, nil: BilingualText(english: "Reading the orders", spanish: "Leyendo los pedidos")
        case .writingWorkbooks:
            BilingualText(english: "Writing the workbooks and invoices", spanish: "Escribiendo los libros y las facturas")
        case .storing: BilingualText(english: "Saving the week", spanish: "Guardando la semana")
        case .searchingRoutes:
            BilingualText(english: "Searching for the shortest routes", spanish: "Buscando las rutas más cortas")
        case .planningMenu:
            BilingualText(
                english: "Searching for the least-cost menu that meets the meal pattern, then checking it",
                spanish: "Buscando el menú de menor costo que cumple el patrón de comidas, y revisándolo")
        }
    }

    /// `12 of 120 seconds` of a plan's time limit.
    static func seconds(_ done: Int, of total: Int) -> BilingualText {
        BilingualText(english: "\(done) of at most \(total) seconds", spanish: "\(done) de \(total) segundos como máximo")
    }

    /// `12 of 2,014 steps`.
    static func steps(_ done: Int, of total: Int) -> BilingualText {
        BilingualText(english: "\(done) of \(total) steps", spanish: "\(done) de \(total) pasos")
    }

    static func unexpected(job: Job.ID) -> BilingualText {
        BilingualText(
            english: "Something went wrong on the server (job \(job)); nothing was changed. Try again, or ask your administrator to look at the server's log.",
            spanish: "Algo falló en el servidor (trabajo \(job)); no se cambió nada. Intente de nuevo o pida a su administrador que revise el registro del servidor.")
    }

    static let all: [BilingualText] =
        [backToWindow, backToMenus, seconds(3, of: 120), refreshes, interrupted, steps(1, of: 3), unexpected(job: Job.ID(7))]
        + Job.Kind.allCases.flatMap { [running($0), failed($0)] } + JobProgress.Step.allCases.map(step)
}
