import ArgumentParser
import ComalStore

extension ImportCommand {
    /// `comal import rates`: the CACFP rates the web's margins use.
    struct Rates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the CACFP reimbursement rates (rates/cacfp-rates.csv), replacing those stored.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The rates file.") var file: String

        func run() throws {
            print("\(file): \(try database.open().importRates(csv: readUserFile(file), file: file)) rates")
        }
    }

    /// `comal import claiming`: how each site claims its meals.
    struct Claiming: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store how sites claim their meals (method or tier, sponsor share, cash in lieu), site by site.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "claiming.csv") var file: String

        func run() throws {
            print("\(file): \(try database.open().importClaimingTerms(csv: readUserFile(file), file: file)) sites")
        }
    }
}
