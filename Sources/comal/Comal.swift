import ArgumentParser

@main
struct Comal: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Group food purchasing for early-childhood alliances.")
}
