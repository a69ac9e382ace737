import ComalCore
import ComalStore
import Foundation
import Testing

@Suite struct CatalogImportTests {
    @Test func importsACatalogWithPacksTiersAndAllergens() throws {
        let fixture = try StoreFixture()
        let sysco = try fixture.database.addSupplier(name: "Sysco", deliveryFee: Money(cents: 4500), minimumOrder: .zero)
        let summary = try fixture.database.importCatalog(csv: Fixtures.catalogCSV, file: "sysco.csv", supplier: sysco.id)
        #expect(summary.products == ImportSummary(added: 3) && summary.notInFile == 0)
        let beans = try #require(try fixture.database.product(sku: "BN-10"))
        #expect(beans.description == "Pinto beans, #10 can")
        #expect(beans.pack == (try Pack(parsing: "6/#10 CN")))
        #expect(beans.casePrice == Money(cents: 2790))
        #expect(beans.eachPrice == Money(cents: 495))
        #expect(
            beans.tiers == [
                PriceTier(minimumCases: 10, casePrice: Money(cents: 2750)),
                PriceTier(minimumCases: 25, casePrice: Money(cents: 2610)),
            ])
        let milk = try #require(try fixture.database.product(sku: "MK-1"))
        #expect(milk.eachPrice == nil && milk.storage == .cold && milk.allergens == [.milk])
        #expect(try fixture.database.product(sku: "RC-25")?.minimumCases == 2)
        #expect(try fixture.database.products(supplier: sysco.id).map(\.sku) == ["BN-10", "MK-1", "RC-25"])
    }

    @Test func reImportUpdatesBySKUAndCountsWhatChanged() throws {
        let fixture = try StoreFixture()
        let sysco = try fixture.database.addSupplier(name: "Sysco", deliveryFee: .zero, minimumOrder: .zero)
        _ = try fixture.database.importCatalog(csv: Fixtures.catalogCSV, file: "sysco.csv", supplier: sysco.id)
        let beansID = try fixture.database.product(sku: "BN-10")?.id
        let newer = """
            \(Fixtures.catalogHeader)
            BN-10,"Pinto beans, #10 can",6/#10 CN,28.40,5.05,10:28.00,dry,pinto beans,,
            MK-1,Milk 1% gallon,4/1 GAL,18.40,,,cold,milk,milk,0
            OT-42,Rolled oats,4/42 OZ,19.80,,,dry,oats,wheat,
            """
        let summary = try fixture.database.importCatalog(csv: newer, file: "sysco-dec.csv", supplier: sysco.id)
        #expect(summary.products == ImportSummary(added: 1, updated: 1, unchanged: 1) && summary.notInFile == 1)
        let beans = try #require(try fixture.database.product(sku: "BN-10"))
        #expect(beans.id == beansID)
        #expect(beans.casePrice == Money(cents: 2840))
        #expect(beans.tiers == [PriceTier(minimumCases: 10, casePrice: Money(cents: 2800))])
        #expect(try fixture.database.products().count == 4)
    }

    @Test func reportsEveryBadFieldAndWritesNothing() throws {
        let fixture = try StoreFixture()
        let sysco = try fixture.database.addSupplier(name: "Sysco", deliveryFee: .zero, minimumOrder: .zero)
        let csv = """
            \(Fixtures.catalogHeader)
            BN-10,Pinto beans,6/#10 CN,27.90,4.95,,dry,pinto beans,,
            MK-1,Milk,4/1 GALLON,0,-1,10:5;5:4,chilled,,milk;nuts,1.5
            BN-10,Beans again,12 CT,abc,,10:,dry,beans,,
            RC-25,Rice,99999/#10 CN,100000.01,0.01,5:100000.01,dry,rice,,10000
            """
        let error = #expect(throws: ImportError.self) {
            try fixture.database.importCatalog(csv: csv, file: "sysco.csv", supplier: sysco.id)
        }
        #expect(
            error?.problems.map(\.description) == [
                "sysco.csv:3: column pack: the pack \"4/1 GALLON\" has the unit \"GALLON\", which is not one of OZ, FL OZ, LB, G, KG, GAL, QT, PT, ML, L, CT, DZ, EA, #10 CN, #5 CN, #2.5 CN, #300 CN",
                "sysco.csv:3: column case_price: \"0\" is not a price above zero and at most $100,000.00 in dollars, like 27.50",
                "sysco.csv:3: column each_price: \"-1\" is not a price above zero and at most $100,000.00 in dollars, like 27.50",
                "sysco.csv:3: column tiers: tiers must go up in cases, but 5 comes after 10",
                "sysco.csv:3: column storage: \"chilled\" is not one of dry, cold, frozen",
                "sysco.csv:3: column food: is empty",
                "sysco.csv:3: column allergens: \"nuts\" is not an allergen; use milk, egg, fish, shellfish, peanuts, wheat, soy, sesame, tree_nuts separated by ;",
                "sysco.csv:3: column min_cases: \"1.5\" is not a whole number from 0 to 9999",
                "sysco.csv:4: column sku: \"BN-10\" is already on line 2; list each SKU once",
                "sysco.csv:4: column case_price: \"abc\" is not a price above zero and at most $100,000.00 in dollars, like 27.50",
                "sysco.csv:4: column tiers: \"10:\" is not a tier; write MIN_CASES:CASE_PRICE separated by ;, like 10:27.50;25:26.10",
                "sysco.csv:5: column pack: the pack \"99999/#10 CN\" has \"99999\" eaches per case; it must be a whole number from 1 to 10000",
                "sysco.csv:5: column case_price: \"100000.01\" is not a price above zero and at most $100,000.00 in dollars, like 27.50",
                "sysco.csv:5: column tiers: \"5:100000.01\" is not a tier; write MIN_CASES:CASE_PRICE separated by ;, like 10:27.50;25:26.10",
                "sysco.csv:5: column min_cases: \"10000\" is not a whole number from 0 to 9999",
            ])
        #expect(try fixture.count("product") == 0)
    }

    @Test func refusesASKUAnotherSupplierSellsAndKeepsTheCatalogUnchanged() throws {
        let fixture = try StoreFixture()
        let sysco = try fixture.database.addSupplier(name: "Sysco", deliveryFee: .zero, minimumOrder: .zero)
        let labatt = try fixture.database.addSupplier(name: "Labatt", deliveryFee: .zero, minimumOrder: .zero)
        _ = try fixture.database.importCatalog(csv: Fixtures.catalogCSV, file: "sysco.csv", supplier: sysco.id)
        let csv = """
            \(Fixtures.catalogHeader)
            TR-1,Tortillas,12/10 CT,14.00,,,dry,tortillas,wheat,
            MK-1,Milk,4/1 GAL,17.00,,,cold,milk,milk,
            """
        let error = #expect(throws: ImportError.self) {
            try fixture.database.importCatalog(csv: csv, file: "labatt.csv", supplier: labatt.id)
        }
        #expect(
            error?.problems.map(\.description) == [
                "labatt.csv:3: column sku: \"MK-1\" is already sold by Sysco; orders name SKUs only, so each SKU belongs to one supplier"
            ])
        #expect(try fixture.count("product") == 3)
        #expect(try fixture.database.products(supplier: labatt.id).isEmpty)
    }

    @Test func refusesACatalogForASupplierThatDoesNotExist() throws {
        let fixture = try StoreFixture()
        #expect(throws: StoreError.unknownSupplier(Supplier.ID(7))) {
            try fixture.database.importCatalog(csv: Fixtures.catalogCSV, file: "x.csv", supplier: Supplier.ID(7))
        }
    }

    @Test func refusesADuplicateSupplierName() throws {
        let fixture = try StoreFixture()
        _ = try fixture.database.addSupplier(name: "Sysco", deliveryFee: .zero, minimumOrder: .zero)
        #expect(throws: StoreError.duplicateSupplier(name: "SYSCO")) {
            try fixture.database.addSupplier(name: "SYSCO", deliveryFee: .zero, minimumOrder: .zero)
        }
        #expect(try fixture.database.supplier(named: "sysco")?.name == "Sysco")
        #expect(try fixture.database.suppliers().count == 1)
    }
}

@Suite struct AllianceTests {
    @Test func loadsTheYAMLFileAndRoundTripsThroughTheDatabase() throws {
        let fixture = try StoreFixture()
        let file = fixture.directory.url.appendingPathComponent("alliance.yaml")
        try Fixtures.yamlAlliance.write(to: file, atomically: false, encoding: .utf8)
        let alliance = try Alliance.load(yamlFile: file)
        #expect(alliance.buyer == "Marisol Chávez")
        #expect(alliance.hub.coordinate == GeoPoint(latitude: 35.08, longitude: -106.65))
        #expect(alliance.consolidationRule == .up)
        #expect(try fixture.database.alliance() == nil)
        try fixture.database.saveAlliance(alliance)
        #expect(try fixture.database.alliance() == alliance)
    }

    @Test func namesTheFileAndTheKeyThatIsWrong() throws {
        let fixture = try StoreFixture()
        let file = fixture.directory.url.appendingPathComponent("alliance.yaml")
        try Fixtures.yamlAlliance.replacingOccurrences(of: "rule: up", with: "rule: round")
            .write(to: file, atomically: false, encoding: .utf8)
        #expect(
            throws: AllianceFileError.badValue(
                file: "alliance.yaml", key: "consolidation_rule", value: "round", expected: "fill or up")
        ) {
            try Alliance.load(yamlFile: file)
        }
        try Fixtures.yamlAlliance.replacingOccurrences(of: "lat: 35.08, ", with: "")
            .write(to: file, atomically: false, encoding: .utf8)
        #expect(throws: AllianceFileError.missingKey(file: "alliance.yaml", key: "hub.lat")) { try Alliance.load(yamlFile: file) }
    }
}
