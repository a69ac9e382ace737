import Foundation
import Testing

@testable import ComalWeb

/// bcrypt's check gives up, before it begins, on a sign-in that waited past its time on the
/// hashing thread, and runs one still in time.
@Suite("Sign-in checks that wait too long")
struct SignInWaitTests {
    @Test func aCheckQueuedPastItsWaitIsNotRun() async throws {
        let hash = await Passwords.hash("correct horse battery", cost: 4, at: .low)
        let released = DispatchSemaphore(value: 0)
        // The hashing thread is held until the waiting check's time has passed.
        Passwords.hashingThread.submit(at: .low) { released.wait() }
        let deadline = ContinuousClock.now + .milliseconds(20)
        async let late = Passwords.verify("correct horse battery", hash: hash, startingBy: deadline, at: .low)
        try await Task.sleep(until: deadline + .milliseconds(30))
        released.signal()
        #expect(await late == nil)
        let inTime = ContinuousClock.now + .seconds(60)
        #expect(await Passwords.verify("correct horse battery", hash: hash, startingBy: inTime, at: .low) == true)
        #expect(await Passwords.verify("wrong horse battery", hash: hash, startingBy: inTime, at: .low) == false)
    }
}
