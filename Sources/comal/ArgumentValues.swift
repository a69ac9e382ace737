import ArgumentParser
import ComalCore

// Command-line values parse through the core's own parsers, so the CLI accepts exactly what the
// files do and rejects the rest with ArgumentParser's message naming the option.

extension Money: ExpressibleByArgument {
    public init?(argument: String) { self.init(dollars: argument) }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension LocalDateTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Language: ExpressibleByArgument {}
