import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The repository's root, where `catalogs/` and `menus/` live.
let repositoryRoot = ProcessRunner.packageRoot()

func repositoryText(_ path: String) throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
}

func foodTable() throws -> [Food.ID: Food] {
    try FoodTableReader.read(repositoryText("catalogs/foods.csv"), file: "catalogs/foods.csv")
}

func shippedMenu(_ name: String) throws -> Menu {
    try MenuReader.read(repositoryText("menus/\(name).yaml"), file: "menus/\(name).yaml", foods: foodTable())
}

@Suite struct ShippedMenuTests {
    @Test(arguments: ["2026-05-01", "2026-10-15", "2027-03-01"])
    func cycleMenuPassesForEveryAgeGroup(_ asOf: String) throws {
        let menu = try shippedMenu("nm-center-cycle")
        #expect(menu.ageGroups == [.ages1to2, .ages3to5, .ages6to12])
        #expect(menu.weeks.count == 4)
        #expect(
            menu.weeks.allSatisfy {
                $0.days.count == 5 && $0.days.allSatisfy { $0.meals.map(\.type) == [.breakfast, .lunch, .pmSnack] }
            })
        let requests = try menu.checkRequests(foods: foodTable(), asOf: date(asOf))
        #expect(requests.count == 12)
        for request in requests {
            let findings = MealPatternCheck.findings(for: request)
            #expect(findings.isEmpty, "\(request.ageGroup): \(findings.map(\.message.english))")
        }
    }

    @Test func homeMenuPassesIncludingTheInfant() throws {
        let menu = try shippedMenu("nm-home-week")
        #expect(menu.ageGroups.contains(.infant6to11Months))
        #expect(try menu.findings(foods: foodTable(), asOf: lateDate) == [])
    }

    @Test func flawedMenuFailsWithTheFindingsTheDocsShow() throws {
        let findings = try shippedMenu("flawed-example").findings(foods: foodTable(), asOf: lateDate)
        let got = findings.map { "\($0.day ?? "-") \($0.meal?.rawValue ?? "-") \($0.rule.rawValue)" }
        #expect(
            got == [
                // A meal is judged on what credits: an item refused for its own reason also leaves the
                // meal without (or short of) its component, and both are reported.
                "Week 1 Mon breakfast R-MILK-2TO5",
                "Week 1 Mon breakfast R-COMP-BREAKFAST",
                "Week 1 Mon lunch R-LEAFY",
                "Week 1 Mon pm_snack R-JUICE-ONCE-DAILY",
                "Week 1 Mon pm_snack R-SNACK-COMPONENTS",
                "Week 1 Mon - R-WGR-DAILY",
                "Week 1 Tue breakfast R-GBD",
                "Week 1 Tue breakfast R-COMP-BREAKFAST",
                "Week 1 Tue lunch R-DEEP-FRY",
                "Week 1 Tue lunch R-BEANS-ONE-COMPONENT",
                "Week 1 Tue lunch R-COMP-LUNCH-SUPPER",
                "Week 1 Tue lunch R-DRIED-FRUIT",
                "Week 1 Tue pm_snack R-SNACK-ONE-BEVERAGE",
                "Week 1 Wed breakfast R-CEREAL-SUGAR",
                "Week 1 Wed breakfast R-YOGURT-SUGAR",
                "Week 1 Wed breakfast R-COMP-BREAKFAST",
                "Week 1 Wed lunch R-QTY-MIN",
                "Week 1 Wed pm_snack R-SNACK-COMPONENTS",
                "Week 1 Thu lunch R-MIN-CREDITABLE",
                "Week 1 Thu lunch R-GRAIN-CREDIT",
                "Week 1 Fri - R-MAX-MEALS",
                "Week 1 Fri lunch R-VEG-FOR-FRUIT",
            ])
        #expect(findings.allSatisfy { $0.ageGroup == .ages3to5 && !$0.message.spanish.isEmpty && !$0.citation.isEmpty })
        #expect(findings.first { $0.rule == .leafyGreens }?.items == ["Romaine lettuce, fresh"])
    }

    @Test func recipesCreditFromTheirIngredients() throws {
        // Posole, 50 one-cup portions: 6.25 lb cooked chicken = 100 oz → 2 oz per cup; vegetables
        // 8 lb posole × 9 + 3 lb chile × 7.5 + 2 lb onion × 10.5 quarter cups = 115.5 quarter cups → 0.5775 cup.
        let menu = try shippedMenu("nm-center-cycle")
        let requests = try menu.checkRequests(foods: foodTable(), asOf: lateDate)
        let sixToTwelve = requests.filter { $0.ageGroup == .ages6to12 }.flatMap(\.meals).flatMap(\.items)
        let posole = Array(sixToTwelve.filter { $0.name.hasPrefix("Green chile chicken posole") }.prefix(2))
        #expect(posole.map(\.serving) == [Serving(2, .ounceEquivalent), Serving(Decimal(string: "0.5775")!, .cup)])
        #expect(posole.map(\.component) == [.meatsMeatAlternates, .vegetables])
    }

    @Test func foodTableCoversEverySupplierCatalogFood() throws {
        let foods = try foodTable()
        #expect(foods.count >= 150)
        #expect(foods.values.allSatisfy { $0.yield != nil || $0.component == .nonCreditable })
        // Yields quoted in docs/cacfp.md §8.
        #expect(foods[Food.ID("black-beans-canned")]?.yield?.servingsPerPurchaseUnit == Decimal(string: "27.8"))
        #expect(foods[Food.ID("apples-fresh")]?.yield?.servingsPerPurchaseUnit == Decimal(string: "14.8"))
        #expect(foods[Food.ID("cheese-cheddar")]?.yield?.edibleAmount(of: Quantity(2, .pound)) == Serving(32, .ounce))
        // Purchase need rounds up: 100 quarter-cup servings of black beans need 3.60 No. 10 cans (FBG column 5).
        #expect(foods[Food.ID("black-beans-canned")]?.yield?.purchaseUnits(forServings: 100) == Decimal(string: "3.6"))
        // Supplier catalogs link their products to foods by id (the `food` column).
        let catalogs = repositoryRoot.appendingPathComponent("catalogs")
        let files = (try? FileManager.default.contentsOfDirectory(at: catalogs, includingPropertiesForKeys: nil)) ?? []
        for file in files where file.pathExtension == "csv" && file.lastPathComponent != "foods.csv" {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            guard let header = lines.first?.split(separator: ",").map(String.init), let column = header.firstIndex(of: "food")
            else { continue }
            for line in lines.dropFirst() {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                guard fields.count == header.count, !fields[column].isEmpty else { continue }
                #expect(foods[Food.ID(String(fields[column]))] != nil, "\(file.lastPathComponent): \(fields[column])")
            }
        }
    }
}
