import ComalCore
import Foundation
import Testing

/// Margins worked by hand from `reimbursement.md`'s 2024-25 rates and `PlateFixture`'s one-lunch menu,
/// which costs $1.72 a child-day at the alliance's prices (`MenuCostTests`).
@Suite struct MenuMarginTests {
    static let year = ProgramYear(startYear: 2024)

    static func rate(_ kind: Site.Kind, _ category: ReimbursementRate.Category, _ meal: ReimbursementRate.Meal, _ dollars: String)
        -> ReimbursementRate
    {
        ReimbursementRate(
            year: year, siteKind: kind, category: category, meal: meal, rate: Money(dollars: dollars)!, derived: false, source: "test")
    }

    static let rates = [
        rate(.center, .free, .lunchSupper, "4.43"), rate(.center, .reduced, .lunchSupper, "4.03"),
        rate(.center, .paid, .lunchSupper, "0.42"), rate(.center, .all, .cashInLieu, "0.30"),
        rate(.home, .tier1, .lunchSupper, "3.15"), rate(.home, .tier2, .lunchSupper, "1.90"),
    ]

    let cost = MenuCost.make(
        menu: PlateFixture.menu, site: PlateFixture.site, foods: PlateFixture.foods, products: PlateFixture.products,
        suppliers: [PlateFixture.alpha, PlateFixture.bravo])
    let today = CalendarDate(year: 2025, month: 3, day: 1)!

    @Test func aCentersBlendedLunchWithCashInLieuLessTheSponsorsShare() throws {
        // 60 % free, 10 % reduced, 30 % paid: 2.658 + 0.403 + 0.126 → $3.19 (reimbursement.md's example), + $0.30.
        let terms = ClaimingTerms(
            site: PlateFixture.site.id, method: .blendedRate, freePercent: 60, reducedPercent: 10, paidPercent: 30,
            sponsorPercent: 10, cashInLieu: true)
        let margin = try MenuMargin.make(
            menu: PlateFixture.menu, cost: cost, site: PlateFixture.site, terms: terms, rates: Self.rates, year: nil, today: today)
        #expect(margin.year == Self.year)
        #expect(margin.yearNote == nil)
        #expect(margin.meals.map(\.rate) == [Money(cents: 349)])
        #expect(margin.perChildDay.reimbursement == Money(cents: 349))
        #expect(margin.perChildDay.sponsorShare == Money(cents: 35))  // 10 % of $3.49, half up
        #expect(margin.perChildDay.cost == Money(cents: 172))
        #expect(margin.perChildDay.margin == Money(cents: 349 - 35 - 172))
        // A month: 20 children × 1 menu day a week × 52 / 12 = 86.7 → 87 child-days.
        #expect(margin.childDaysPerMonth == 87)
        #expect(margin.perMonth.margin == Money(cents: (349 - 35 - 172) * 87))
    }

    @Test func aHomeClaimsAtItsTierAndAMissingYearIsNamed() throws {
        var home = PlateFixture.site
        home.kind = .home
        let terms = ClaimingTerms(site: home.id, method: .tier2)
        let later = CalendarDate(year: 2027, month: 9, day: 1)!
        let margin = try MenuMargin.make(
            menu: PlateFixture.menu, cost: cost, site: home, terms: terms, rates: Self.rates, year: nil, today: later)
        #expect(margin.perChildDay.reimbursement == Money(cents: 190))
        #expect(margin.perChildDay.margin == Money(cents: 190 - 172))
        #expect(margin.yearNote == "2027-28 rates are not in the rates file; used 2024-25, the latest year with every rate this site needs")
        #expect(throws: MarginError.missingRate(year: ProgramYear(startYear: 2025), kind: .home, category: .tier2, meal: .lunchSupper)) {
            try MenuMargin.make(
                menu: PlateFixture.menu, cost: cost, site: home, terms: terms, rates: Self.rates, year: ProgramYear(startYear: 2025),
                today: later)
        }
        #expect(throws: MarginError.termsDoNotFit(home.id, kind: .home, method: "blended rate")) {
            try MenuMargin.make(
                menu: PlateFixture.menu, cost: cost, site: home,
                terms: ClaimingTerms(site: home.id, method: .blendedRate, freePercent: 100), rates: Self.rates, year: nil, today: later)
        }
    }

    @Test func theDailyLimitClaimsTwoMealsAndASnackOrAMealAndTwoSnacks() {
        let free: [MealType: Int] = [.breakfast: 237, .lunch: 443, .supper: 443, .amSnack: 121, .pmSnack: 121, .eveningSnack: 121]
        let rate = { (meal: MealType) in Money(cents: free[meal]!) }
        // Everything served: lunch, supper and a snack ($10.07) beat any meal with two snacks ($6.85).
        #expect(Set(MenuMargin.claimable(MealType.allCases, rate: rate)) == [.lunch, .supper, .amSnack])
        // Breakfast and two snacks: $2.37 + $1.21 + $1.21 = $4.79, the best the limit allows.
        #expect(Set(MenuMargin.claimable([.breakfast, .amSnack, .pmSnack], rate: rate)) == [.breakfast, .amSnack, .pmSnack])
        // Three meals: only two.
        #expect(MenuMargin.claimable([.breakfast, .lunch, .supper], rate: rate).count == 2)
    }

    @Test func programYearsRunJulyToJune() {
        #expect(ProgramYear.containing(CalendarDate(year: 2026, month: 6, day: 30)!).description == "2025-26")
        #expect(ProgramYear.containing(CalendarDate(year: 2026, month: 7, day: 1)!).description == "2026-27")
        #expect(ProgramYear(parsing: "2025-26") == ProgramYear(startYear: 2025))
        #expect(ProgramYear(parsing: "2025-27") == nil)
        #expect(ProgramYear(parsing: "1999-00") == nil)
    }
}
