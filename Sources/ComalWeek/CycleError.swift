import ComalCore


/// Why a step of the week cannot run now, in words the buyer can act on.
public enum CycleError: Error, Equatable, CustomStringConvertible {
    case noSuchWindow(OrderWindow.ID)
    case windowStillOpen(OrderWindow)
    /// Another consolidation is writing into the same folder right now.
    case consolidationRunning

    public var description: String {
        switch self {
        case .noSuchWindow(let id):
            "there is no order window \(id); the list of windows shows them"
        case .windowStillOpen(let window):
            "window \(window.id) is still open (cutoff \(window.cutoff)); close it first"
        case .consolidationRunning:
            "another consolidation of this window is running right now; wait for it to finish, then look at its result"
        }
    }
}
