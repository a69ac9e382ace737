import ComalCore
import ComalStore
import Testing

/// A director reading Spanish pages gets every refusal in Spanish, not only the page around it.
@Suite("Import problems in Spanish")
struct SpanishProblemTests {
    static func problems(_ body: () throws -> Void) -> [ImportProblem] {
        do { try body() } catch let error as ImportError { return error.problems } catch { Issue.record("\(error)") }
        return []
    }

    @Test("Every problem of a badly broken sites, catalog and order file has its own Spanish")
    func everyProblemTranslated() throws {
        let (fixture, sysco, window) = try StoreFixture.seeded()
        let files: [(String, [ImportProblem])] = [
            (
                "sites",
                Self.problems {
                    _ = try fixture.database.importSites(
                        csv: """
                            site_id,name,kind,address,city,lat,lon,window_start,window_end,enroll_infant,enroll_1_2,enroll_3_5,enroll_6_12,enroll_13_18,enroll_adult
                            A-1,,tent,1 Main,Taos,95,-105,7am,06:00,x,0,0,0,0,0
                            A-1,Dup,center,1 Main,Taos,36,-105,09:00,08:00,0,0,0,0,0,0
                            """, file: "sites.csv")
                }
            ),
            (
                "catalog",
                Self.problems {
                    _ = try fixture.database.importCatalog(
                        csv: """
                            sku,description,pack,case_price,each_price,tiers,storage,food,allergens,min_cases
                            X-1,Thing,4/5 BOX,0,,5:1.00;2:1.00,attic,thing,gluten,
                            X-1,Thing,AVG,27.50,,10-27,dry,thing,,
                            """, file: "catalog.csv", supplier: sysco.id)
                }
            ),
            (
                "orders",
                Self.problems {
                    _ = try fixture.database.importOrders(
                        csv: "site_id,sku,quantity,unit,tolerance\nZZ,NOPE,-1,crate,0\n", file: "orders.csv", window: window.id,
                        now: StoreFixture.beforeCutoff, buyer: nil, site: nil)
                }
            ),
        ]
        for (name, problems) in files {
            #expect(problems.count >= 2, "\(name): \(problems)")
            for problem in problems {
                #expect(!problem.message.spanish.isEmpty)
                #expect(problem.message.spanish != problem.message.english, "\(name): untranslated \(problem)")
                #expect(problem.text(in: .spanish).hasPrefix("\(problem.file):\(problem.line): "))
                if let column = problem.column { #expect(problem.text(in: .spanish).contains("columna \(column): ")) }
            }
        }
    }

    @Test("Store refusals explain themselves in Spanish, with the window's state named in Spanish")
    func storeErrors() {
        let delivery = StoreFixture.delivery
        let errors: [StoreError] = [
            .windowNotOpen(delivery: delivery, state: .received), .emptyOrder(delivery: delivery),
            .ordersAlreadyPlaced(delivery: delivery, state: .ordered), .duplicateWindow(delivery: delivery),
        ]
        for error in errors {
            #expect(error.explanation.spanish != error.explanation.english)
            #expect(error.description == error.explanation.english)
        }
        #expect(StoreError.windowNotOpen(delivery: delivery, state: .received).explanation.spanish.contains("está recibido"))
    }

    @Test("A menu edit the check cannot resolve is explained in Spanish too")
    func menuResolution() {
        let errors: [MenuResolutionError] = [
            .unknownRecipe(Recipe.ID("posole"), place: "week 1 Mon lunch"),
            .creditAs(
                .grains, food: Food.ID("pinto-beans"), allowed: [.vegetables, .meatsMeatAlternates], place: "week 1 Mon lunch"),
        ]
        for error in errors {
            #expect(error.explanation.spanish != error.explanation.english)
            #expect(error.description == error.explanation.english)
        }
    }
}
