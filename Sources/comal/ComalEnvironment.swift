import ComalWeb
import Foundation
import Configuration

/// The COMAL_* environment variables, read through swift-configuration: how a service manager
/// (systemd's `Environment=`, a container) sets `comal` up without a long command line. A flag
/// given on the command line wins over its variable, which wins over the built-in default; a
/// variable set but empty counts as unset. A value that does not parse stops the command with a
/// message naming the variable, rather than running on a default the operator did not choose.
struct ComalEnvironment {
    private let reader: ConfigReader

    init(_ provider: EnvironmentVariablesProvider = EnvironmentVariablesProvider()) {
        reader = ConfigReader(provider: provider)
    }

    /// `COMAL_DB`: the SQLite file.
    var database: String? { text("comal.db") }
    /// `COMAL_HOST`: the address `comal serve` listens on.
    var host: String? { text("comal.host") }
    /// `COMAL_WORKBOOKS`: where consolidation writes workbooks.
    var workbooks: String? { text("comal.workbooks") }

    /// `COMAL_PORT`: 0 to 65535.
    func port() throws(Problem) -> Int? {
        guard let value = text("comal.port") else { return nil }
        guard let port = Int(value), (0...65535).contains(port) else {
            throw Problem(variable: "COMAL_PORT", value: value, reason: "give a port number from 0 to 65535")
        }
        return port
    }

    /// `COMAL_MAX_REQUESTS`: requests served at once, 1 to 100,000.
    func maxRequests() throws(Problem) -> Int? {
        guard let value = text("comal.max_requests") else { return nil }
        guard let count = Int(value), ServeCommand.maxRequestsRange.contains(count) else {
            throw Problem(variable: "COMAL_MAX_REQUESTS", value: value, reason: "give a number from 1 to 100000")
        }
        return count
    }

    /// `COMAL_SECURE_COOKIES`: true or false (also 1/0, yes/no).
    func secureCookies() throws(Problem) -> Bool? {
        guard let value = text("comal.secure_cookies") else { return nil }
        switch value.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw Problem(variable: "COMAL_SECURE_COOKIES", value: value, reason: "give true or false")
        }
    }

    /// `COMAL_BACKGROUND_PRIORITY`: idle or low.
    func backgroundPriority() throws(Problem) -> BackgroundPriority? {
        guard let value = text("comal.background_priority") else { return nil }
        guard let priority = BackgroundPriority(rawValue: value) else {
            throw Problem(variable: "COMAL_BACKGROUND_PRIORITY", value: value, reason: "give idle or low")
        }
        return priority
    }

    /// `COMAL_LOG_FORMAT`: text or json.
    func logFormat() throws(Problem) -> LogFormat? {
        guard let value = text("comal.log_format") else { return nil }
        guard let format = LogFormat(rawValue: value) else {
            throw Problem(variable: "COMAL_LOG_FORMAT", value: value, reason: "give text or json")
        }
        return format
    }

    /// `COMAL_TRUSTED_PROXY`: address ranges separated by commas, such as `127.0.0.1/32,::1/128`.
    func trustedProxies() throws(Problem) -> [AddressRange]? {
        guard let value = text("comal.trusted_proxy") else { return nil }
        do {
            return try value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.map(AddressRange.init(parsing:))
        } catch {
            throw Problem(variable: "COMAL_TRUSTED_PROXY", value: value, reason: "\(error)")
        }
    }

    private func text(_ key: ConfigKey) -> String? {
        guard let value = reader.string(forKey: key), !value.isEmpty else { return nil }
        return value
    }

    /// A variable whose value `comal` cannot use.
    struct Problem: Error, Equatable, CustomStringConvertible {
        var variable: String
        var value: String
        /// What is wrong with the value, or what to give instead.
        var reason: String

        var description: String { "\(variable)=\"\(value)\" cannot be used: \(reason); or unset it for the default" }
    }
}
