import ComalCore
@testable import ComalPages
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

    @Test(arguments: ["Labels", "MenuLabels", "AccountLabels"])
    func everyKeyOfATableHasBothLanguages(_ table: String) {
        let (english, spanish) =
            switch table {
            case "Labels": (Self.texts(Labels(.english)), Self.texts(Labels(.spanish)))
            case "MenuLabels": (Self.texts(MenuLabels(.english)), Self.texts(MenuLabels(.spanish)))
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
        ] + Receipt.Reason.allCases.map(ReceivingLabels.reason) + PrintLabels.all
        for text in texts {
            #expect(!text.english.isEmpty && !text.spanish.isEmpty && text.english != text.spanish, "\(text)")
        }
    }
}
