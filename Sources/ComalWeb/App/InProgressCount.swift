import Synchronization

/// How many of something are in progress (requests served, sign-ins waiting for bcrypt), shared by
/// every copy of the value that holds it, so that past a limit new ones are turned away at once.
final class InProgressCount: Sendable {
    private let value = Atomic<Int>(0)

    /// Counts one more in, unless that would pass `limit`; then counts nothing and says no.
    func enter(limit: Int) -> Bool {
        guard value.wrappingAdd(1, ordering: .relaxed).newValue <= limit else {
            value.wrappingSubtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func leave() { value.wrappingSubtract(1, ordering: .relaxed) }
}
