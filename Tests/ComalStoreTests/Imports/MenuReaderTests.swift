import ComalCore
import Foundation
import ComalStore
import Testing

/// Menus, requests and the food table refuse what they do not know, naming file, line and field.
@Suite struct ReaderTests {
    let asOf = lateDate

    func requestError(_ json: String) -> MenuInputError? {
        do {
            _ = try CheckRequestReader.read(json, file: "req.json", defaultAsOf: asOf)
            return nil
        } catch {
            return error
        }
    }

    let valid = """
        {"as_of": "2026-10-15", "setting": "child_care_center", "age_group": "3-5",
         "participant_age_months": 48,
         "meals": [{"day": "Mon", "type": "lunch", "items": [
           {"name": "1% milk", "component": "milk", "quantity": 6, "unit": "fl_oz",
            "attributes": {"milk_fat": "1%", "flavored": false}}]}]}
        """

    @Test func readsTheIssueExample() throws {
        let request = try CheckRequestReader.read(valid, file: "req.json", defaultAsOf: date("2000-01-01"))
        #expect(request.asOf == lateDate)
        #expect(request.ageGroup == .ages3to5)
        #expect(request.participantAgeMonths == 48)
        #expect(
            request.meals == [
                Meal(
                    day: "Mon", type: .lunch,
                    items: [
                        MealItem(
                            name: "Milk", component: .milk, serving: Serving(parsing: "6 fl_oz")!,
                            attributes: {
                                var milk = CreditingAttributes()
                                milk.milkFat = .lowFat
                                milk.flavored = false
                                return milk
                            }())
                    ]
                        .map {
                            MealItem(name: "1% milk", component: $0.component, serving: $0.serving, attributes: $0.attributes)
                        })
            ])
    }

    @Test(arguments: [
        ("\"age_group\": \"3-5\"", "\"age_group\": \"4-6\"", "age_group", "unknown value \"4-6\""),
        ("\"unit\": \"fl_oz\"", "\"unit\": \"ml\"", "meals[0].items[0].unit", "unknown value \"ml\""),
        ("\"component\": \"milk\"", "\"component\": \"dairy\"", "meals[0].items[0].component", "unknown value \"dairy\""),
        ("\"flavored\": false", "\"flavoured\": false", "meals[0].items[0].attributes", "unknown key \"flavoured\""),
        ("\"flavored\": false", "\"flavored\": \"no\"", "meals[0].items[0].attributes.flavored", "must be true or false"),
        ("\"milk_fat\": \"1%\"", "\"milk_fat\": \"skim\"", "meals[0].items[0].attributes.milk_fat", "unknown value \"skim\""),
        ("\"quantity\": 6", "\"quantity\": \"6\"", "meals[0].items[0].quantity", "must be a number"),
        ("\"type\": \"lunch\"", "\"type\": \"brunch\"", "meals[0].type", "unknown value \"brunch\""),
        ("\"as_of\": \"2026-10-15\"", "\"as_of\": \"10/15/2026\"", "as_of", "is not a date"),
        ("\"participant_age_months\": 48", "\"participant_age_months\": 48, \"extra\": 1", "", "unknown key \"extra\""),
    ])
    func refusesWhatItDoesNotKnow(_ find: String, _ replace: String, _ field: String, _ message: String) throws {
        let error = try #require(requestError(valid.replacingOccurrences(of: find, with: replace)))
        #expect(error.field == field)
        #expect(error.description.contains(message), "\(error)")
        #expect(error.line != nil)
    }

    @Test func menuErrorsNameTheLine() throws {
        let menu = """
            id: bad
            name: {en: Bad, es: Malo}
            setting: child_care_center
            age_groups: ["3-5"]
            weeks:
              - week: 1
                days:
                  - day: Mon
                    meals:
                      - meal: lunch
                        items:
                          - {food: milk-1pct, serve: {"3-5": 6 fl_oz}}
                          - {food: milk-1pct, serve: {"6-12": 8 fl_oz}}
            """
        let foods = try foodTable()
        #expect(throws: MenuInputError.self) { try MenuReader.read(menu, file: "bad.yaml", foods: foods) }
        do {
            _ = try MenuReader.read(menu, file: "bad.yaml", foods: foods)
        } catch {
            #expect(error.line == 13)
            #expect(error.description.contains("unknown key \"6-12\""))
        }
        for (find, replace, message) in [
            ("6 fl_oz}}\n", "6 pints}}\n", "is not a serving"),
            ("6 fl_oz}}\n", "1001 fl_oz}}\n", "is not a serving; write an amount up to 1000"),
            ("milk-1pct, serve: {\"3-5\"", "milk-one-percent, serve: {\"3-5\"", "names no food"),
            ("meal: lunch", "meal: dinner", "unknown value \"dinner\""),
            ("[\"3-5\"]", "[\"3-5\", \"toddlers\"]", "unknown value \"toddlers\""),
        ] {
            let broken = menu.replacingOccurrences(of: "          - {food: milk-1pct, serve: {\"6-12\": 8 fl_oz}}", with: "")
                .replacingOccurrences(of: find, with: replace)
            do {
                _ = try MenuReader.read(broken, file: "bad.yaml", foods: foods)
                Issue.record("accepted \(replace)")
            } catch {
                #expect(error.description.contains(message), "\(error)")
                #expect(error.description.hasPrefix("bad.yaml:"))
            }
        }
    }

    @Test func foodTableRowsAreCheckedColumnByColumn() {
        let header = "id,name_en,name_es,components,purchase_unit,serving_size,servings_per_unit,attributes,source,estimate\n"
        let good = "apples-fresh,Apples,Manzanas,fruits,LB,1/4 cup,14.8,,FBG,no\n"
        #expect((try? FoodTableReader.read(header + good, file: "foods.csv"))?.count == 1)
        for (row, column) in [
            ("Apples,Apples,Manzanas,fruits,LB,1/4 cup,14.8,,FBG,no", "id"),
            ("apples-fresh,Apples,Manzanas,fruit,LB,1/4 cup,14.8,,FBG,no", "components"),
            ("apples-fresh,Apples,Manzanas,fruits,BUSHEL,1/4 cup,14.8,,FBG,no", "purchase_unit"),
            ("apples-fresh,Apples,Manzanas,fruits,LB,1/4 cups,14.8,,FBG,no", "serving_size"),
            ("apples-fresh,Apples,Manzanas,fruits,LB,1/4 cup,14.8,crunchy=true,FBG,no", "attributes"),
            ("apples-fresh,Apples,Manzanas,fruits,LB,1/4 cup,14.8,,FBG,maybe", "estimate"),
        ] {
            do {
                _ = try FoodTableReader.read(header + good + row + "\n", file: "foods.csv")
                Issue.record("accepted \(row)")
            } catch {
                #expect(error.line == 3 && error.field == column, "\(error)")
            }
        }
    }
}
