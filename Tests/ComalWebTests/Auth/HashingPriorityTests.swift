import Foundation
import Testing

@testable import ComalWeb

/// bcrypt runs on a thread of its own at a lower priority, so that signing in, slow on purpose,
/// does not take the CPU from pages of people already signed in.
@Suite("Password hashing yields to the pages")
struct HashingPriorityTests {
    /// Each thread's niceness in this process, from `/proc/self/task/*/stat` (field 19).
    static func niceness() throws -> [Int] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").compactMap { task in
            guard let stat = try? String(contentsOfFile: "/proc/self/task/\(task)/stat", encoding: .utf8),
                let end = stat.lastIndex(of: ")")
            else { return nil }
            // After the command name: state is field 3, niceness field 19.
            let fields = stat[stat.index(after: end)...].split(separator: " ")
            return Int(fields[16])
        }
    }

    @Test("The hashing thread alone runs at niceness 10; the rest of the server does not")
    func onlyTheHashingThreadIsNiced() async throws {
        let hash = await Passwords.hash("correct horse battery", cost: 4)
        #expect(await Passwords.verify("correct horse battery", hash: hash))
        let niceness = try Self.niceness()
        #expect(niceness.filter { $0 == Int(Passwords.hashingNiceness) }.count == 1, "\(niceness)")
        #expect(niceness.filter { $0 == 0 }.count >= 1, "\(niceness)")
    }
}
