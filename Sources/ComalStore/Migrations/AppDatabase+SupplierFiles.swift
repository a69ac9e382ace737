import GRDB

extension AppDatabase {
    /// Migration `v16-supplier-files`: catalogs imported from suppliers' own order guides.
    ///
    /// - A product may have no food yet: a distributor's order guide names none, and the buyer maps
    ///   foods after the import. `product` is rebuilt without the check that refused an empty food
    ///   (SQLite cannot drop a check), keeping every id, so the rows that name products stay valid.
    /// - A product keeps the brand its supplier gives and whether it is sold by catch weight.
    /// - A supplier keeps the layout of the files it sends (and its mapping), so a weekly import
    ///   needs no option.
    /// - Every price is kept with the day it was imported (`productPrice`); the prices products
    ///   have now are recorded as of the upgrade, the first day Comal knows them to hold.
    static func addSupplierFiles(_ db: Database) throws {
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'product'")
        try db.execute(
            sql: """
                CREATE TABLE "newProduct" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "supplierId" INTEGER NOT NULL REFERENCES "supplier"("id") ON DELETE RESTRICT,
                    "sku" TEXT NOT NULL UNIQUE CHECK (LENGTH("sku") > 0),
                    "description" TEXT NOT NULL,
                    "pack" TEXT NOT NULL,
                    "casePriceCents" INTEGER NOT NULL CHECK ("casePriceCents" > 0),
                    "eachPriceCents" INTEGER CHECK (("eachPriceCents" IS NULL) OR ("eachPriceCents" > 0)),
                    "storage" TEXT NOT NULL CHECK ("storage" IN ('dry', 'cold', 'frozen')),
                    "food" TEXT NOT NULL,
                    "allergens" TEXT NOT NULL,
                    "minimumCases" INTEGER NOT NULL CHECK ("minimumCases" >= 0),
                    "brand" TEXT NOT NULL DEFAULT '',
                    "catchWeight" BOOLEAN NOT NULL DEFAULT 0
                );
                INSERT INTO "newProduct" ("id", "supplierId", "sku", "description", "pack", "casePriceCents",
                    "eachPriceCents", "storage", "food", "allergens", "minimumCases")
                    SELECT "id", "supplierId", "sku", "description", "pack", "casePriceCents",
                        "eachPriceCents", "storage", "food", "allergens", "minimumCases" FROM "product";
                DROP TABLE "product";
                ALTER TABLE "newProduct" RENAME TO "product";
                CREATE INDEX "product_on_supplierId" ON "product"("supplierId");
                ALTER TABLE "supplier" ADD COLUMN "catalogLayout" TEXT;
                ALTER TABLE "supplier" ADD COLUMN "catalogMapping" TEXT;
                CREATE TABLE "productPrice" (
                    "productId" INTEGER NOT NULL REFERENCES "product"("id") ON DELETE CASCADE,
                    "recordedOn" TEXT NOT NULL,
                    "casePriceCents" INTEGER NOT NULL CHECK ("casePriceCents" > 0),
                    "eachPriceCents" INTEGER CHECK (("eachPriceCents" IS NULL) OR ("eachPriceCents" > 0)),
                    PRIMARY KEY ("productId", "recordedOn")
                ) WITHOUT ROWID;
                INSERT INTO "productPrice" SELECT "id", date('now'), "casePriceCents", "eachPriceCents" FROM "product";
                """)
        if let sequence {
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'product'", arguments: [sequence])
        }
    }
}
