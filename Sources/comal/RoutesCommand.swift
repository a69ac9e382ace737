import ArgumentParser

/// `comal routes …`: delivery routes from the hub to the sites.
struct RoutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Plan delivery routes.",
        subcommands: [RoutesSolveCommand.self, RoutesPlanCommand.self, RoutesMoveCommand.self, RoutesEventCommand.self, RoutesStatusCommand.self])
}
