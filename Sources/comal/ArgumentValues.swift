import ArgumentParser
import ComalCore

// Command-line values parse through the core's own parsers, so the CLI accepts exactly what the
// files do and rejects the rest with ArgumentParser's message naming the option.

extension Money: @retroactive ExpressibleByArgument {
    public init?(argument: String) { self.init(dollars: argument) }
}

extension CalendarDate: @retroactive ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension LocalDateTime: @retroactive ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Language: @retroactive ExpressibleByArgument {}
