import Foundation

/// LibreOffice headless as a second independent reader of the workbooks: it does not recalculate on
/// load (STACK G1), so what it prints is the cached results our writers computed.
public enum LibreOffice {
    /// `soffice` or `libreoffice` on PATH, if any.
    public static let executable = MachineTool.libreOffice

    /// Why a conversion failed.
    public struct ConversionError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Converts `files` (in `directory`) to CSV with every sheet and number formats applied (STACK
    /// G2), in a private profile so that another LibreOffice on the machine cannot take the job over;
    /// returns CSV file name (`<book>-<sheet>.csv`) → text.
    public static func convertToCSV(_ files: [String], in directory: String) async throws -> [String: String] {
        guard let executable else { throw ConversionError(description: "LibreOffice is not on PATH; `make test` installs it") }
        let result = try await ProcessRunner.run(
            URL(fileURLWithPath: executable),
            [
                "-env:UserInstallation=file://\(directory)/profile", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1",
                "--outdir", directory + "/csv",
            ] + files, in: URL(fileURLWithPath: directory))
        guard result.status == 0 else {
            throw ConversionError(description: "LibreOffice failed (status \(result.status)): \(result.stderr)")
        }
        var converted: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory + "/csv") {
            converted[name] = try String(contentsOfFile: directory + "/csv/" + name, encoding: .utf8)
        }
        return converted
    }
}
