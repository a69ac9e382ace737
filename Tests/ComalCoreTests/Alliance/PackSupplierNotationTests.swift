import ComalCore
import Foundation
import Testing

/// Packs as suppliers' price lists and order guides write them (issue 16's rules): the first number
/// is the eaches per case, except a single inner that is a count, which is that many eaches.
@Suite("Pack strings in suppliers' notation")
struct PackSupplierNotationTests {
    @Test(
        "reads what order guides write",
        arguments: [
            ("6/#10", 6, "1", MeasureUnit.can10, "6/#10 CN"),
            ("12/42/OZ", 12, "42", .ounce, "12/42 OZ"),
            ("4/128/OZ", 4, "128", .ounce, "4/128 OZ"),
            ("2/10/LB", 2, "10", .pound, "2/10 LB"),
            ("15/DZ", 15, "1", .dozen, "15 DZ"),
            ("168/1/OZ", 168, "1", .ounce, "168/1 OZ"),
            ("4/113/CT", 4, "113", .count, "4/113 CT"),
            ("1/100/CT", 100, "1", .count, "100 CT"),
            ("1/100 CT", 100, "1", .count, "100 CT"),
            ("24/#300", 24, "1", .can300, "24/#300 CN"),
            ("6/#10 CN", 6, "1", .can10, "6/#10 CN"),
            ("25 LB", 1, "25", .pound, "1/25 LB"),
            ("1/40 LB", 1, "40", .pound, "1/40 LB"),
        ])
    func reads(text: String, eachesPerCase: Int, size: String, unit: MeasureUnit, stored: String) throws {
        let pack = try Pack(supplierNotation: text)
        #expect(pack == Pack(eachesPerCase: eachesPerCase, eachSize: Quantity(try #require(Decimal(string: size)), unit)))
        // What is stored reads back as the same pack in Comal's own notation.
        #expect(pack.description == stored)
        #expect(try Pack(parsing: pack.description) == pack)
    }

    @Test(arguments: ["6/", "/DZ", "12/42/BOX", "0/DZ", "6/#11", "12//OZ"])
    func refusesWhatItCannotReadExactly(text: String) {
        #expect(throws: PackParseError.self) { try Pack(supplierNotation: text) }
    }
}
