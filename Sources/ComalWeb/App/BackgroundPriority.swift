import Foundation
import NIOPosix

/// How the server's background work (bcrypt's checks, jobs) shares the CPU with its pages.
///
/// Measured in `make bench-web` on two cores, with the director's order page at 64 connections
/// while 8 connections sign in continuously: at niceness 10 the page's p99 went from 47 ms to
/// 68 ms. The kernel counts a core running a niced thread as busy, so a page's thread that wakes
/// waits for it; a core running an idle-policy thread counts as free. Under `idle` the page stays
/// at 51 ms.
public enum BackgroundPriority: String, Sendable, CaseIterable {
    /// Only CPU no page wants (Linux's `SCHED_IDLE`): pages always come first. On a machine kept
    /// busy, sign-ins are answered 503 after `WebConfiguration.signInWait` and jobs wait.
    case idle
    /// Niceness 10: background work keeps a small share of a busy machine, and pages are a little
    /// slower meanwhile; for a machine that other programs keep busy.
    case low

    static let niceness: Int32 = 10
    /// `SCHED_IDLE` from `<sched.h>`, which Glibc's module leaves out (it is a GNU extension).
    static let idlePolicy: Int32 = 5

    /// Puts the calling thread at this priority. On Linux a niceness and a policy are each
    /// thread's own, and `who` or `pid` 0 is the calling thread.
    func applyToCurrentThread() {
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
        var parameter = sched_param(sched_priority: 0)
        _ = sched_setscheduler(0, self == .idle ? Self.idlePolicy : Int32(SCHED_OTHER), &parameter)
    }
}

extension NIOThreadPool {
    /// Runs `work` on one of the pool's threads at `priority`, set for each item: the pool is the
    /// process's, and servers in one process (the tests start hundreds) may choose differently.
    /// Between items the thread is `low`, so that an item waiting to start is not held up by the
    /// idle policy of the one before it.
    func submit(at priority: BackgroundPriority, _ work: @escaping @Sendable () -> Void) {
        // Never stopped, so the item always runs, even when told the pool is stopping.
        submit { _ in
            priority.applyToCurrentThread()
            work()
            if priority != .low { BackgroundPriority.low.applyToCurrentThread() }
        }
    }
}
