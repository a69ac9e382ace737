import ComalCore
import Testing

@Suite("Money")
struct MoneyTests {
    @Test(
        "parses the ways catalogs and people write dollars",
        arguments: [
            ("27.50", 2750),
            ("27.5", 2750),
            ("27", 2700),
            ("$1,234.50", 123_450),
            ("-3.05", -305),
            ("-$3.05", -305),
            ("0.05", 5),
            ("0", 0),
            ("  12.00 ", 1200),
            ("$1,000,000.01", 100_000_001),
        ])
    func parses(text: String, cents: Int) {
        #expect(Money(dollars: text) == Money(cents: cents))
    }

    @Test(
        "rejects anything that is not an exact amount in cents",
        arguments: [
            "27.505", "abc", "", "  ", "1.2.3", ".5", "27.", "$", "-", "1.5x", "12,34.5a", "$-3.05", "1,2,3", "12,34",
            "1234,567.00", ",123",
        ])
    func rejects(text: String) {
        #expect(Money(dollars: text) == nil)
    }

    @Test(
        "formats for pages and for CSV",
        arguments: [
            (123_450, "$1,234.50", "1234.50"),
            (-305, "-$3.05", "-3.05"),
            (0, "$0.00", "0.00"),
            (5, "$0.05", "0.05"),
            (-5, "-$0.05", "-0.05"),
            (2750, "$27.50", "27.50"),
            (100_000, "$1,000.00", "1000.00"),
            (99_999, "$999.99", "999.99"),
            (100_000_000, "$1,000,000.00", "1000000.00"),
        ])
    func formats(cents: Int, formatted: String, plain: String) {
        let amount = Money(cents: cents)
        #expect(amount.formatted == formatted)
        #expect(amount.plainDollars == plain)
    }

    @Test("what it prints, it reads back", arguments: [0, 1, -1, 305, -305, 123_450, -987_654_321])
    func roundTrips(cents: Int) {
        let amount = Money(cents: cents)
        #expect(Money(dollars: amount.formatted) == amount)
        #expect(Money(dollars: amount.plainDollars) == amount)
    }

    @Test("arithmetic is exact in cents")
    func arithmetic() {
        // Ten dimes are a dollar; in binary floating point 0.1 × 10 is not.
        #expect([Money](repeating: Money(cents: 10), count: 10).sum() == Money(cents: 100))
        #expect(Money(cents: 2750) * 10 == Money(cents: 27_500))
        #expect(Money(cents: 500) - Money(cents: 805) == Money(cents: -305))
        #expect(-Money(cents: 305) == Money(cents: -305))
        var total = Money.zero
        total += Money(cents: 2900)
        total -= Money(cents: 150)
        #expect(total == Money(cents: 2750))
        #expect(Money(cents: -1) < .zero)
        #expect([Money]().sum() == .zero)
    }
}
