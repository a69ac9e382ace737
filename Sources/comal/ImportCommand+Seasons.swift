import ArgumentParser
import ComalStore

extension ImportCommand {
    /// `comal import seasons`: the months fresh foods are harvested locally, for plans in season.
    struct Seasons: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the local produce seasons (seasons/nm-produce-seasons.csv), replacing those stored.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The seasons file: food,months,source.") var file: String

        func run() throws {
            print("\(file): \(try database.open().importProduceSeasons(csv: readUserFile(file), file: file)) foods")
        }
    }
}
