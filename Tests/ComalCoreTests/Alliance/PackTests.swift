import ComalCore
import Foundation
import Testing

@Suite("Pack strings")
struct PackTests {
    /// The expected pack is written as (eaches per case, size of one each, its unit).
    @Test(
        "reads distributor notation",
        arguments: [
            ("6/#10 CN", 6, "1", MeasureUnit.can10),
            ("4/5 LB", 4, "5", .pound),
            ("12/32 OZ", 12, "32", .ounce),
            ("36 CT", 36, "1", .count),
            ("1/40 LB", 1, "40", .pound),
            ("2/5 GAL", 2, "5", .gallon),
            ("200/1 OZ", 200, "1", .ounce),
            ("15 DZ", 15, "1", .dozen),
            ("25 LB", 1, "25", .pound),
            ("6/2.5 LB", 6, "2.5", .pound),
            ("50/8 FL OZ", 50, "8", .fluidOunce),
            ("4/5 lb", 4, "5", .pound),
            ("6/#10 cn", 6, "1", .can10),
            ("50/8 fl oz", 50, "8", .fluidOunce),
            ("  4/5   LB ", 4, "5", .pound),
            ("24/#300 CN", 24, "1", .can300),
        ])
    func parses(text: String, eachesPerCase: Int, size: String, unit: MeasureUnit) throws {
        let expected = Pack(eachesPerCase: eachesPerCase, eachSize: Quantity(try #require(Decimal(string: size)), unit))
        #expect(try Pack(parsing: text) == expected)
    }

    @Test(
        "refuses to guess",
        arguments: [
            ("", PackParseError.empty),
            ("   ", .empty),
            ("4/5", .unrecognised("4/5")),
            ("4/LB", .unrecognised("4/LB")),
            ("0/5 LB", .badCount(pack: "0/5 LB", count: "0")),
            ("+4/5 LB", .badCount(pack: "+4/5 LB", count: "+4")),
            ("-1/5 LB", .badCount(pack: "-1/5 LB", count: "-1")),
            ("x/5 LB", .badCount(pack: "X/5 LB", count: "X")),
            ("4/5 BOX", .unknownUnit(pack: "4/5 BOX", unit: "BOX")),
            ("4/#11 CN", .unknownUnit(pack: "4/#11 CN", unit: "#11 CN")),
            ("4/0 LB", .badSize(pack: "4/0 LB", size: "0")),
            ("4/5.5.5 LB", .badSize(pack: "4/5.5.5 LB", size: "5.5.5")),
            ("4/-5 LB", .badSize(pack: "4/-5 LB", size: "-5")),
            ("1.5 DZ", .badCount(pack: "1.5 DZ", count: "1.5")),
            // A cup is a serving measure, not something a distributor packs.
            ("4/2 CUP", .unknownUnit(pack: "4/2 CUP", unit: "CUP")),
        ])
    func rejects(text: String, error: PackParseError) {
        #expect(throws: error) { try Pack(parsing: text) }
    }

    @Test("an average-weight pack is an error, not a guess")
    func averageWeight() {
        // Which case it is matters less than that nothing is invented from "AVG".
        #expect(throws: PackParseError.self) { try Pack(parsing: "AVG 5 LB") }
    }

    @Test("a case of more than 10,000 eaches is refused, so no count of cases can overflow", arguments: ["10001/#10 CN", "99999999999999999999/1 LB", "10001 CT"])
    func tooManyEaches(pack: String) {
        #expect(throws: PackParseError.self) { try Pack(parsing: pack) }
    }

    @Test("every error tells the importer what to write")
    func errorMessages() {
        #expect(PackParseError.empty.description.contains("6/#10 CN"))
        #expect(PackParseError.unknownUnit(pack: "4/5 BOX", unit: "BOX").description.contains("\"BOX\""))
        #expect(PackParseError.badCount(pack: "0/5 LB", count: "0").description.contains("from 1 to 10000"))
        #expect(PackParseError.badSize(pack: "4/0 LB", size: "0").description.contains("above zero"))
    }

    @Test(
        "what a case holds in all",
        arguments: [
            ("4/5 LB", "20", MeasureUnit.pound),
            ("6/2.5 LB", "15", .pound),
            ("6/#10 CN", "6", .can10),
            ("36 CT", "36", .count),
            ("25 LB", "25", .pound),
        ])
    func caseContents(text: String, amount: String, unit: MeasureUnit) throws {
        #expect(try Pack(parsing: text).caseContents == Quantity(try #require(Decimal(string: amount)), unit))
    }

    @Test(
        "its written form reads back as the same pack",
        arguments: ["6/#10 CN", "4/5 LB", "12/32 OZ", "36 CT", "15 DZ", "25 LB", "6/2.5 LB", "50/8 FL OZ"])
    func roundTrips(text: String) throws {
        let pack = try Pack(parsing: text)
        #expect(try Pack(parsing: pack.description) == pack)
    }

    @Test(
        "writes packs as distributors do",
        arguments: [
            ("6/#10 CN", "6/#10 CN"), ("4/5 lb", "4/5 LB"), ("36 CT", "36 CT"), ("15 DZ", "15 DZ"), ("12/12 CT", "12/12 CT"),
            ("25 LB", "1/25 LB"),
        ])
    func description(text: String, written: String) throws {
        #expect(try Pack(parsing: text).description == written)
    }
}
