import ArgumentParser
import Foundation

/// Where a new password comes from: a file, standard input, or typed at the terminal without echo.
/// Never a flag, which would leave it in the shell's history and the process list.
struct PasswordInput: ParsableArguments {
    @Option(help: "A file whose first line is the password.") var passwordFile: String?

    /// The first line of the file, or of standard input; at a terminal, asked for without echo.
    func read(for username: String) throws -> String {
        if let passwordFile {
            return String(try readUserFile(passwordFile).split(separator: "\n", omittingEmptySubsequences: false)[0])
        }
        if isatty(STDIN_FILENO) != 0, let typed = getpass("Password for \(username): ") {
            return String(cString: typed)
        }
        guard let line = readLine(strippingNewline: true) else {
            throw ValidationError("no password given; pass --password-file FILE or pipe it on standard input")
        }
        return line
    }
}
