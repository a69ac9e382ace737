import Synchronization

/// Every SQL statement a database ran since the last `reset`, handed in by `AppDatabase`'s
/// statement observer from any connection: what tests count and read the plans of.
public final class StatementLog: Sendable {
    private let statements = Mutex<[String]>([])

    public init() {}

    public func record(_ statement: String) { statements.withLock { $0.append(statement) } }
    public func reset() { statements.withLock { $0 = [] } }
    public var all: [String] { statements.withLock { $0 } }
}
