import ComalCore
import ComalStore
import Testing

@Suite struct OrderWindowTests {
    @Test func opensAndListsWindowsAndRefusesACutoffOnTheDeliveryDay() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        #expect(window.state == .open)
        #expect(try fixture.database.windows() == [window])
        #expect(try fixture.database.window(window.id) == window)
        let late = LocalDateTime(parsing: "2026-12-07 06:00")!
        #expect(throws: StoreError.cutoffNotBeforeDelivery(cutoff: late, delivery: CalendarDate(year: 2026, month: 12, day: 7)!))
        {
            try fixture.database.openWindow(delivery: CalendarDate(year: 2026, month: 12, day: 7)!, cutoff: late)
        }
    }

    /// A year far from the alliance's or a cutoff months ahead is a typo, not a delivery week.
    @Test(arguments: [
        ("9999-12-31", "9999-12-30 17:00", WindowDateError.deliveryYearOutOfRange(CalendarDate(parsing: "9999-12-31")!)),
        ("1999-12-31", "1999-12-30 17:00", .deliveryYearOutOfRange(CalendarDate(parsing: "1999-12-31")!)),
        ("2100-01-04", "2099-12-30 17:00", .deliveryYearOutOfRange(CalendarDate(parsing: "2100-01-04")!)),
        (
            "2026-12-07", "2026-10-07 17:00",
            .cutoffTooEarly(cutoff: LocalDateTime(parsing: "2026-10-07 17:00")!, delivery: CalendarDate(parsing: "2026-12-07")!)
        ),
    ])
    func refusesDatesNoDeliveryWeekHas(delivery: String, cutoff: String, error: WindowDateError) throws {
        let (fixture, _, _) = try StoreFixture.seeded()
        #expect(throws: error) {
            try fixture.database.openWindow(delivery: CalendarDate(parsing: delivery)!, cutoff: LocalDateTime(parsing: cutoff)!)
        }
        #expect(try fixture.database.windows().count == 1)
        // Sixty days ahead is still one delivery's window; so is the first year and the last.
        _ = try fixture.database.openWindow(
            delivery: CalendarDate(parsing: "2027-03-01")!, cutoff: LocalDateTime(parsing: "2026-12-31 17:00")!)
        _ = try fixture.database.openWindow(
            delivery: CalendarDate(parsing: "2000-01-03")!, cutoff: LocalDateTime(parsing: "1999-12-29 17:00")!)
        _ = try fixture.database.openWindow(
            delivery: CalendarDate(parsing: "2099-12-31")!, cutoff: LocalDateTime(parsing: "2099-12-29 17:00")!)
    }

    @Test func dayNumbersCountDaysAcrossMonthsLeapYearsAndCenturies() {
        #expect(CalendarDate(parsing: "1970-01-01")!.dayNumber == 0)
        #expect(CalendarDate(parsing: "2000-03-01")!.dayNumber - CalendarDate(parsing: "2000-02-28")!.dayNumber == 2)
        #expect(CalendarDate(parsing: "2100-03-01")!.dayNumber - CalendarDate(parsing: "2100-02-28")!.dayNumber == 1)
        #expect(CalendarDate(parsing: "2026-12-04")!.dayNumber == 20_791)
    }

    @Test func closesOnlyAfterTheCutoffUnlessForcedAndNeverMovesBack() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        #expect(throws: StoreError.cutoffNotReached(delivery: StoreFixture.delivery, cutoff: StoreFixture.cutoff)) {
            try fixture.database.closeWindow(window.id, now: StoreFixture.cutoff, force: false, actor: "Marisol")
        }
        #expect(throws: StoreError.windowStillOpen(delivery: StoreFixture.delivery)) {
            try fixture.database.setWindowState(window.id, .ordered, actor: "Marisol", now: StoreFixture.beforeCutoff)
        }
        let closed = try fixture.database.closeWindow(window.id, now: StoreFixture.beforeCutoff, force: true, actor: "Marisol")
        #expect(closed.state == .closed)
        #expect(throws: StoreError.windowNotOpen(delivery: StoreFixture.delivery, state: .closed)) {
            try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "Marisol")
        }
        try fixture.database.setWindowState(window.id, .received, actor: "Marisol", now: StoreFixture.afterCutoff)
        #expect(throws: StoreError.stateMovesBackwards(delivery: StoreFixture.delivery, from: .received, to: .ordered)) {
            try fixture.database.setWindowState(window.id, .ordered, actor: "Marisol", now: StoreFixture.afterCutoff)
        }
        let log = try fixture.database.auditLog(window: window.id)
        #expect(log.map(\.action) == ["close window", "window state"])
        #expect(log[1].detail == "closed → received")
        #expect(log[0].actor == "Marisol" && log[0].at == StoreFixture.beforeCutoff)
    }

    @Test func aClosedWindowKeepsItsFrozenPricesAfterACatalogReImport() throws {
        let (fixture, sysco, window) = try StoreFixture.seeded()
        _ = try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "Marisol")
        let cheaper = Fixtures.catalogCSV.replacingOccurrences(of: "27.90,4.95,10:27.50;25:26.10", with: "30.00,5.50,")
            .replacingOccurrences(of: "21.00,,,dry,brown rice,,2", with: "21.00,,,dry,brown rice,,5")
        let summary = try fixture.database.importCatalog(csv: cheaper, file: "sysco.csv", supplier: sysco.id)
        #expect(summary.products == ImportSummary(added: 0, updated: 2, unchanged: 1))
        #expect(try fixture.database.product(sku: "BN-10")?.casePrice == Money(cents: 3000))

        let frozen = try fixture.database.consolidationInputs(window: window.id).products
        let beans = try #require(frozen.first { $0.sku == "BN-10" })
        #expect(beans.casePrice == Money(cents: 2790))
        #expect(beans.eachPrice == Money(cents: 495))
        #expect(beans.tiers.map(\.minimumCases) == [10, 25])
        #expect(frozen.first { $0.sku == "RC-25" }?.minimumCases == 2)

        let later = try fixture.database.openWindow(
            delivery: CalendarDate(year: 2026, month: 12, day: 7)!,
            cutoff: LocalDateTime(parsing: "2026-12-02 17:00")!)
        #expect(
            try fixture.database.consolidationInputs(window: later.id).products.first { $0.sku == "BN-10" }?.casePrice
                == Money(cents: 3000))
    }
}
