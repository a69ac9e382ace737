/// A CVRPLIB-style solution file: `Route #k: id id …` lines and a `Cost` line, as the benchmark's
/// best-known solutions are written.
public struct SolutionFile: Hashable, Sendable {
    /// Customer ids per route, as the instance file numbers them.
    public var routes: [[Int]]
    /// The cost as written, if the file gives one.
    public var cost: String?

    /// Reads a solution file.
    public static func parse(_ text: String) throws(RoutingFileError) -> SolutionFile {
        var routes: [[Int]] = []
        var cost: String?
        for (number, fields) in NumberedLines(text) where !fields.isEmpty {
            if fields[0].lowercased() == "route" {
                guard fields.count >= 2, fields[1].hasPrefix("#"), fields[1].hasSuffix(":") else {
                    throw RoutingFileError(line: number, "expected \"Route #n: customer ids\"")
                }
                var route: [Int] = []
                for field in fields.dropFirst(2) { route.append(try NumberedLines.integer(field, line: number, "customer")) }
                routes.append(route)
            } else if fields[0].lowercased() == "cost", fields.count == 2 {
                cost = String(fields[1])
            } else {
                throw RoutingFileError(line: number, "expected a Route or Cost line, found \"\(fields[0])\"")
            }
        }
        return SolutionFile(routes: routes, cost: cost)
    }
}
