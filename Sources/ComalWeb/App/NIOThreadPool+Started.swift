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

    /// The niceness of the background threads (bcrypt, jobs): when pages want the same core, they
    /// get about nine tenths of it. A sign-in, slow on purpose, and a consolidation, which the
    /// buyer follows on its progress bar, wait a little longer; a director's page is not slowed by
    /// them (measured in `make bench-web`).
    static let backgroundNiceness: Int32 = 10

    /// One started thread at `backgroundNiceness`, for work that must not take the CPU from pages.
    static func startedInBackground() -> NIOThreadPool {
        let pool = started(threads: 1)
        // On Linux a niceness is each thread's own and `who` 0 is the calling thread: the first item
        // sets it for the pool's only thread, before any work.
        pool.submit { _ in _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, backgroundNiceness) }
        return pool
    }
}
