import ArgumentParser
import ComalCore

// Command-line values parse through the core's own parsers, so the CLI accepts exactly what the
// files do and rejects the rest with ArgumentParser's message naming the option.

// Help shows a default as the user writes it ($45.00, 2026-11-30), not as Swift prints the value.

extension Money: ExpressibleByArgument {
    public init?(argument: String) { self.init(dollars: argument) }
    public var defaultValueDescription: String { formatted }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public var defaultValueDescription: String { description }
}

extension LocalDateTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public var defaultValueDescription: String { description }
}

extension Language: ExpressibleByArgument {}
