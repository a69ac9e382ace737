import Foundation
import NIOPosix

extension NIOThreadPool {
    /// A pool of `count` threads, started, for work kept off Swift's cooperative pool for the life
    /// of the process (requests, bcrypt, jobs); never shut down, so every submitted item runs.
    static func started(threads count: Int) -> NIOThreadPool {
        let pool = NIOThreadPool(numberOfThreads: count)
        pool.start()
        return pool
    }
}
