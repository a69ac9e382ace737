import ComalCore
@testable import ComalPages
@testable import ComalStore
@testable import ComalWeb
import Testing

/// Everything a reader sees on a page exists in English and Spanish: a key with one language
/// missing, or a table that forgot to switch, fails here rather than on a director's screen.
@Suite("Every label in English and Spanish")
struct LabelTablesTests {
    /// A label table's texts by key (its properties' names).
    static func texts(_ table: Any) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: Mirror(reflecting: table).children.compactMap { child in
                (child.value as? String).map { (child.label ?? "?", $0) }
            })
    }

    @Test(arguments: ["Labels", "MenuLabels", "AccountLabels", "SupplierLabels", "RouteLabels", "LotLabels", "KitchenLabels"])
    func everyKeyOfATableHasBothLanguages(_ table: String) {
        let (english, spanish) =
            switch table {
            case "Labels": (Self.texts(Labels(.english)), Self.texts(Labels(.spanish)))
            case "MenuLabels": (Self.texts(MenuLabels(.english)), Self.texts(MenuLabels(.spanish)))
            case "SupplierLabels": (Self.texts(SupplierLabels(.english)), Self.texts(SupplierLabels(.spanish)))
            case "RouteLabels": (Self.texts(RouteLabels(.english)), Self.texts(RouteLabels(.spanish)))
            case "LotLabels": (Self.texts(LotLabels(.english)), Self.texts(LotLabels(.spanish)))
            case "KitchenLabels": (Self.texts(KitchenLabels(.english)), Self.texts(KitchenLabels(.spanish)))
            default: (Self.texts(AccountLabels(.english)), Self.texts(AccountLabels(.spanish)))
            }
        #expect(english.count > 10, "\(table) has its texts")
        #expect(Set(english.keys) == Set(spanish.keys))
        for (key, text) in english { #expect(!text.isEmpty, "\(table).\(key) has no English") }
        for (key, text) in spanish { #expect(!text.isEmpty, "\(table).\(key) has no Spanish") }
        // Words such as "Total" are the same in both; a table that did not switch has most the same.
        let same = english.keys.filter { english[$0] == spanish[$0] }.sorted()
        #expect(same.count * 5 < english.count, "\(table) did not switch language: \(same)")
    }

    @Test func everyNoticeAndRefusalHasBothLanguages() {
        for notice in Notice.allCases {
            #expect(!notice.text.english.isEmpty && !notice.text.spanish.isEmpty, "\(notice)")
            #expect(notice.text.english != notice.text.spanish, "\(notice)")
        }
        let refusals: [WebError] = [
            .forbidden, .notFound, .signInRequired, .invalidCSRF, .tooLarge(limit: 1_000_000),
            .unexpected(reference: "3f9a2c1b"), .badForm(.malformed),
        ]
        for refusal in refusals {
            let (heading, message) = MessagePage.texts(refusal)
            #expect(!heading.english.isEmpty && !heading.spanish.isEmpty && heading.english != heading.spanish, "\(refusal)")
            if let message {
                #expect(!message.english.isEmpty && !message.spanish.isEmpty && message.english != message.spanish, "\(refusal)")
            }
        }
    }

    @Test func everyTextOfTheSuggestionReceivingAndPrintTablesHasBothLanguages() {
        let texts: [BilingualText] = [
            SuggestionLabels.notASiteMenu("lunch"), SuggestionLabels.notAMenuWeek("9", available: "1, 2"),
            SuggestionLabels.stockCoversTheWeek, SuggestionLabels.noProductMeetsTheWeek,
            SuggestionLabels.replacedTheOrder(lines: 3), SuggestionLabels.notAnAmount(food: "Milk", value: "x"),
            SuggestionLabels.notANeededFood("rice"), ReceivingLabels.countMissing("BN-10 Beans"),
            ReceivingLabels.notACount("BN-10 Beans", "six"), ReceivingLabels.notAReason("BN-10 Beans", "spilled"),
            ReceivingLabels.nothingEntered,
        ] + Receipt.Reason.allCases.map(ReceivingLabels.reason) + PrintLabels.all + JobLabels.all + [AccountLabels.signInsBusy, SupplierLabels.uploadGone, LotLabels.otherLots(2)]
        for text in texts {
            #expect(!text.english.isEmpty && !text.spanish.isEmpty && text.english != text.spanish, "\(text)")
        }
    }

    /// The labels that name a value, with values on each side of every plural and branch.
    @Test func everyParameterisedLabelHasBothLanguages() {
        let counts = [1, 3]
        let changes = ["disabled", "enabled", "password", "role", "unlocked", "revoked", "added"]
        let line = SetAsideOrderLine(site: Site.ID("SOL-02"), sku: "RC-25", quantity: 9, unit: "case", tolerance: 2)
        let formErrors: [FormError] = [
            .malformed, .missing("quantity"), .notAWholeNumber(field: "tolerance", value: "x", largest: 9999),
            .notAChoice(field: "unit", value: "box"), .notADate(field: "cutoff", value: "soon"), .noFile,
            .notAnAmount(field: "delivery_fee", value: "-5"),
        ]
        let day = CalendarDate(year: 2026, month: 11, day: 30)!
        let moments = ["2026-11-25 00:05", "2026-11-25 17:00"].map { LocalDateTime(parsing: $0)! }
        // Each table words its field names and dates in its own language, so these come from both.
        func both(_ text: (Language) -> String) -> BilingualText {
            BilingualText(english: text(.english), spanish: text(.spanish))
        }
        var texts = CaseTopUp.Remainder.allCases.map(Labels.ifNotFilled)
        texts += counts.flatMap { [Labels.setAsideSummary($0), Labels.shortCases($0), Labels.boughtPartCases($0)] }
        texts += counts.map { Labels.savedOverWeeks(Money(cents: 120_410), weeks: $0, percent: 17) }
        texts.append(Labels.setAsideLine(line))
        // "director" is the Spanish word too.
        texts += ComalStore.Account.Role.allCases.filter { $0 != .director }.map(Labels.role)
        texts += formErrors.map { error in both { Labels($0).explain(error) } }
        texts.append(AccountLabels.limits(idle: 8 * 3600, absolute: 24 * 3600))
        texts += [APITokenListing.State.live, .expired, .revoked].map(AccountLabels.tokenState)
        texts += [30, 600].map { AccountLabels.tooManySignIns("lorena", seconds: $0) }
        texts += changes.map { AccountLabels.done($0, "lorena") ?? BilingualText(english: "", spanish: "") }
        texts += counts.map(MenuLabels.findings)
        texts.append(MenuLabels.changed("22/11/2026", by: "Lorena Archuleta"))
        texts += [-1, 0, 1, 3, 61, 180, 1441, 3 * 1440 + 120].map(LocalizedFormat.countdown(minutesLeft:))
        texts += [both { LocalizedFormat.date(day, $0) }, both { LocalizedFormat.shortDate(day, $0) }]
        texts += moments.map { moment in both { LocalizedFormat.dateTime(moment, $0) } }
        #expect(texts.count > 40, "the parameterised labels are all here")
        for text in texts {
            #expect(!text.english.isEmpty, "\(text) has no English")
            #expect(!text.spanish.isEmpty, "\(text) has no Spanish")
            #expect(text.english != text.spanish, "\(text) is the same in both languages")
        }
    }
}
