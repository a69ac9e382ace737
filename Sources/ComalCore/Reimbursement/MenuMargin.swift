import Foundation

/// What CACFP pays a site for the meals of a menu against what the menu's food costs: per child-day,
/// per meal and per month, under the site's claiming terms and one program year's rates, which it names.
public struct MenuMargin: Hashable, Sendable {
    /// One kind of meal on the menu.
    public struct MealLine: Hashable, Sendable {
        public var meal: MealType
        /// What one meal is claimed at (blended over the categories, with cash in lieu), before the sponsor's share.
        public var rate: Money
        /// On how many of the menu's days the daily limit lets it be claimed, of those it is served.
        public var claimedDays: Int
        public var servedDays: Int
        /// The food cost of one child's meal, averaged over the menu.
        public var cost: Money
    }

    /// Reimbursement, the sponsor's share of it, food cost and what is left, for one span.
    public struct Figures: Hashable, Sendable {
        public var reimbursement: Money
        public var sponsorShare: Money
        public var cost: Money

        /// What the site keeps of the reimbursement less the food: negative when the food costs more.
        public var margin: Money { reimbursement - sponsorShare - cost }
    }

    public var year: ProgramYear
    /// Why the year was chosen when it is not the one asked for or today's.
    public var yearNote: String?
    public var terms: ClaimingTerms
    public var meals: [MealLine]
    public var perChildDay: Figures
    public var childDaysPerMonth: Int
    public var perMonth: Figures
    /// Rates used that were worked out rather than read from the Federal Register, for the alliance to check.
    public var derivedRates: [ReimbursementRate]
}

/// Why a margin cannot be worked out, naming what to add or fix.
public enum MarginError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingRate(year: ProgramYear, kind: Site.Kind, category: ReimbursementRate.Category, meal: ReimbursementRate.Meal)
    case noCompleteYear(kind: Site.Kind)
    case termsDoNotFit(Site.ID, kind: Site.Kind, method: String)
    case noMealsOnMenu

    public var description: String {
        switch self {
        case .missingRate(let year, let kind, let category, let meal):
            "the rates file has no \(year) \(kind.rawValue) \(category.rawValue) \(meal.rawValue) rate; add it from that year's Federal Register notice, or choose another year with --year"
        case .noCompleteYear(let kind):
            "the rates file has no program year with every rate a \(kind.rawValue) with these claiming terms needs; add the missing rows"
        case .termsDoNotFit(let site, let kind, let method):
            "\(site) is a \(kind.rawValue) but claims by \(method); a center claims by actual counts, claiming percentages or a blended rate, a home by tier 1 or 2"
        case .noMealsOnMenu: "the menu has no meals to claim"
        }
    }
}

extension MenuMargin {
    /// The margin of `menu` (costed as `cost`) at `site`. `year` is the program year asked for; without
    /// one, the year `today` falls in, or else the latest year in `rates` with every rate needed.
    public static func make(
        menu: Menu, cost: MenuCost, site: Site, terms: ClaimingTerms, rates: [ReimbursementRate], year asked: ProgramYear?,
        today: CalendarDate
    ) throws(MarginError) -> MenuMargin {
        let isHome = terms.method == .tier1 || terms.method == .tier2
        guard isHome == (site.kind == .home) else { throw .termsDoNotFit(site.id, kind: site.kind, method: terms.method.label) }
        let types = MealType.allCases.filter { type in menu.weeks.contains { $0.days.contains { $0.meals.contains { $0.type == type } } } }
        guard !types.isEmpty else { throw .noMealsOnMenu }
        let needed = Set(types.map(ReimbursementRate.Meal.of))
        let year: ProgramYear
        var note: String?
        if let asked {
            year = asked
        } else {
            let current = ProgramYear.containing(today)
            let complete = Set(rates.map(\.year)).filter { (try? Self.table($0, site.kind, terms, needed, rates)) != nil }
            if complete.contains(current) {
                year = current
            } else {
                guard let latest = complete.filter({ $0 <= current }).max() ?? complete.max() else {
                    throw .noCompleteYear(kind: site.kind)
                }
                year = latest
                note = "\(current) rates are not in the rates file; used \(latest), the latest year with every rate this site needs"
            }
        }
        let (table, used) = try Self.table(year, site.kind, terms, needed, rates)

        // The daily limit (7 CFR 226.17(b)(2)): two meals and one snack, or one meal and two snacks.
        var claimed: [MealType: Int] = [:]
        var served: [MealType: Int] = [:]
        var dailyTotal = Money.zero
        var days = 0
        for week in menu.weeks {
            for day in week.days where !day.meals.isEmpty {
                days += 1
                let dayTypes = types.filter { type in day.meals.contains { $0.type == type } }
                for type in dayTypes { served[type, default: 0] += 1 }
                let best = Self.claimable(dayTypes, rate: { table[ReimbursementRate.Meal.of($0)] ?? .zero })
                for type in best { claimed[type, default: 0] += 1 }
                dailyTotal += best.map { table[ReimbursementRate.Meal.of($0)] ?? .zero }.sum()
            }
        }
        let everyMeal = ServingPlan.enrollment(of: site, for: menu).plan.everyMeal
        let enrolled = menu.ageGroups.reduce(0) { $0 + (everyMeal[$1] ?? 0) }
        let reimbursement = dailyTotal.share(1, of: days)
        let perChildDay = Figures(
            reimbursement: reimbursement, sponsorShare: reimbursement.share(terms.sponsorPercent, of: 100), cost: cost.perChildDay)
        // A month of the menu's days: its days a week × 52 weeks / 12 months, for everyone enrolled on it.
        let childDaysPerMonth = (enrolled * days * 52 + menu.weeks.count * 6) / (menu.weeks.count * 12)
        let meals = types.map { type in
            let lines = cost.meals.filter { $0.meal == type }
            let eaters = lines.reduce(0) { $0 + $1.eaters }
            return MealLine(
                meal: type, rate: table[ReimbursementRate.Meal.of(type)] ?? .zero, claimedDays: claimed[type] ?? 0,
                servedDays: served[type] ?? 0, cost: eaters > 0 ? lines.map(\.cost).sum().share(1, of: eaters) : .zero)
        }
        return MenuMargin(
            year: year, yearNote: note, terms: terms, meals: meals, perChildDay: perChildDay, childDaysPerMonth: childDaysPerMonth,
            perMonth: Figures(
                reimbursement: perChildDay.reimbursement * childDaysPerMonth, sponsorShare: perChildDay.sponsorShare * childDaysPerMonth,
                cost: perChildDay.cost * childDaysPerMonth),
            derivedRates: used.filter(\.derived).sorted { ($0.meal, $0.category) < ($1.meal, $1.category) })
    }

    /// The rate of each kind of meal for these terms in `year`, blended over the categories by their
    /// shares, with cash in lieu on lunches and suppers; and the rates it used.
    static func table(
        _ year: ProgramYear, _ kind: Site.Kind, _ terms: ClaimingTerms, _ meals: Set<ReimbursementRate.Meal>,
        _ rates: [ReimbursementRate]
    ) throws(MarginError) -> (table: [ReimbursementRate.Meal: Money], used: [ReimbursementRate]) {
        func find(_ category: ReimbursementRate.Category, _ meal: ReimbursementRate.Meal) throws(MarginError) -> ReimbursementRate {
            guard let rate = rates.first(where: { $0.year == year && $0.siteKind == kind && $0.category == category && $0.meal == meal })
            else { throw .missingRate(year: year, kind: kind, category: category, meal: meal) }
            return rate
        }
        var table: [ReimbursementRate.Meal: Money] = [:]
        var used: [ReimbursementRate] = []
        let total = terms.categories.reduce(0) { $0 + $1.1 }
        for meal in ReimbursementRate.Meal.allCases where meals.contains(meal) {
            var blended = Money.zero
            for (category, share) in terms.categories {
                let rate = try find(category, meal)
                used.append(rate)
                blended += rate.rate.share(share, of: max(total, 1))
            }
            if meal == .lunchSupper, terms.cashInLieu, kind == .center {
                let cash = try find(.all, .cashInLieu)
                used.append(cash)
                blended += cash.rate
            }
            table[meal] = blended
        }
        return (table, used)
    }

    /// The meals of one day a child may be claimed for, the best paying first: at most two meals and
    /// one snack, or one meal and two snacks.
    public static func claimable(_ types: [MealType], rate: (MealType) -> Money) -> [MealType] {
        let isSnack = { (type: MealType) in ReimbursementRate.Meal.of(type) == .snack }
        var best: [MealType] = []
        var bestTotal = Money(cents: -1)
        for mask in 0..<(1 << types.count) {
            let chosen = types.indices.filter { mask & (1 << $0) != 0 }.map { types[$0] }
            let snacks = chosen.filter(isSnack).count, meals = chosen.count - snacks
            guard (meals <= 2 && snacks <= 1) || (meals <= 1 && snacks <= 2) else { continue }
            let total = chosen.map(rate).sum()
            if total > bestTotal {
                (best, bestTotal) = (chosen, total)
            }
        }
        return best
    }
}
