import ComalCore
import Foundation
import Testing

@Suite("Quantity conversions")
struct QuantityTests {
    /// Conversions that US customary definitions make exact must come out exact, not merely close.
    @Test(
        "exact conversions",
        arguments: [
            ("1", MeasureUnit.pound, "16", MeasureUnit.ounce),
            ("16", .ounce, "1", .pound),
            ("1", .gallon, "128", .fluidOunce),
            ("1", .gallon, "16", .cup),
            ("1", .gallon, "4", .quart),
            ("1", .quart, "2", .pint),
            ("1", .pint, "2", .cup),
            ("1", .cup, "8", .fluidOunce),
            ("1", .dozen, "12", .count),
            ("15", .dozen, "180", .each),
            ("1", .kilogram, "1000", .gram),
            ("1", .liter, "1000", .milliliter),
            ("2.5", .pound, "40", .ounce),
            ("1", .pound, "453.59237", .gram),
            ("5", .pound, "5", .pound),
            ("1", .can10, "1", .can10),
        ])
    func exact(amount: String, from: MeasureUnit, expected: String, to: MeasureUnit) throws {
        let quantity = Quantity(try #require(Decimal(string: amount)), from)
        #expect(quantity.converted(to: to) == Quantity(try #require(Decimal(string: expected)), to))
    }

    @Test("a kilogram is about 2.20462 pounds")
    func kilogramToPounds() throws {
        let pounds = try #require(Quantity(1, .kilogram).converted(to: .pound))
        #expect(pounds.unit == .pound)
        // 1 / 0.45359237 = 2.2046226218…
        #expect(abs(pounds.amount - Decimal(string: "2.20462")!) < Decimal(string: "0.00001")!)
    }

    @Test(
        "crossing dimensions needs a food's yield, so there is no conversion",
        arguments: [
            (MeasureUnit.pound, MeasureUnit.gallon),
            (.gallon, .pound),
            (.can10, .ounce),
            (.ounce, .can10),
            (.can10, .can5),
            (.dozen, .pound),
            (.cup, .gram),
        ])
    func noConversion(from: MeasureUnit, to: MeasureUnit) {
        #expect(Quantity(1, from).converted(to: to) == nil)
    }

    @Test("multiplying by a count keeps the unit")
    func multiply() throws {
        #expect(Quantity(try #require(Decimal(string: "2.5")), .pound) * 6 == Quantity(15, .pound))
    }
}
