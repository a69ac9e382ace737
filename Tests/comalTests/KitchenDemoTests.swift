import ComalTestSupport
import Foundation
import Testing

/// The demo alliance's kitchen after `make demo`: Little Piñon cooks lunch and the PM snack for four
/// satellites; the JSON's batch is the sum of the sites' lines, and the pages print on Letter.
@Suite struct KitchenDemoTests {
    struct Day: Decodable {
        struct Amount: Decodable, Equatable {
            var value: Decimal
            var unit: String
        }
        struct Item: Decodable {
            var food: String
            var amount: Amount
        }
        struct Meal: Decodable {
            var meal: String
            var servings: [String: Int]
            var items: [Item]
        }
        struct Site: Decodable {
            var site: String
            var meals: [Meal]
        }
        struct Purchase: Decodable {
            var food: String
            var amount: Amount
        }
        struct BatchLine: Decodable {
            var meal: String
            var food: String
            var amount: Amount
            var purchase: [Purchase]
        }
        var date: String
        var kitchen: String
        var sites: [Site]
        var batch: [BatchLine]
    }

    @Test func theKitchenDayServesTheSatellitesAndTheBatchIsTheSumOfTheirLines() async throws {
        let run = try await DemoRun.shared()
        #expect(run.result.status == 0, "demo failed: \(run.result.stderr)")
        let result = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), ["kitchen", "day", "--format", "json", "--db", run.database])
        #expect(result.status == 0, "\(result.stderr)")
        let day = try JSONDecoder().decode(Day.self, from: Data(result.stdout.utf8))
        #expect(day.kitchen == "ESP-KITCHEN")
        #expect(day.sites.map(\.site) == ["SFE-01", "CHI-01", "PEN-01", "TAO-01"])
        for site in day.sites {
            #expect(site.meals.map(\.meal) == ["lunch", "pm_snack"], "\(site.site)")
            for meal in site.meals {
                #expect(!meal.servings.isEmpty && meal.servings.values.allSatisfy { $0 > 0 }, "\(site.site) \(meal.meal)")
                #expect(!meal.items.isEmpty)
            }
        }
        // The homes' menu serves infants 6-11 months; the centers' does not.
        #expect(day.sites[1].meals[0].servings["infant_6_11mo"] == 1)
        #expect(day.sites[0].meals[0].servings["3-5"] == 40)  // 44 enrolled × 90%, rounded up
        var sums: [String: Decimal] = [:]
        for site in day.sites {
            for meal in site.meals {
                for item in meal.items { sums["\(meal.meal) \(item.food) \(item.amount.unit)", default: 0] += item.amount.value }
            }
        }
        #expect(day.batch.count == sums.count)
        for line in day.batch {
            #expect(sums["\(line.meal) \(line.food) \(line.amount.unit)"] == line.amount.value, "\(line.meal) \(line.food)")
            #expect(!line.purchase.isEmpty, "\(line.food) has no purchase amount")
        }
    }

    /// The day Chimayó signed for in the demo: the last weekday up to today, which `make demo` prints.
    static func receiptDate(_ run: DemoRun) throws -> String {
        let line = try #require(run.result.stdout.split(separator: "\n").first { $0.hasPrefix("Receipt of CHI-01 for ") })
        return String(line.dropFirst("Receipt of CHI-01 for ".count).prefix(10))
    }

    @Test func theReceiptWithAShortfallIsFlaggedToTheKitchen() async throws {
        let run = try await DemoRun.shared()
        #expect(run.result.stdout.contains("SHORT: lunch 3-5"))
        let folder = run.output.appendingPathComponent("kitchen")
        let receipts = "kitchen-\(try Self.receiptDate(run))-receipts-en.html"
        let page = try String(contentsOf: folder.appendingPathComponent(receipts), encoding: .utf8)
        #expect(page.contains("Short: "))
        #expect(page.contains("Rosa Trujillo"))
        // The counts Chimayó served go onto the kitchen's production record, the batch sheet.
        let batch = try String(
            contentsOf: folder.appendingPathComponent(receipts.replacingOccurrences(of: "-receipts-", with: "-batch-")), encoding: .utf8)
        let chimayo = try #require(batch.components(separatedBy: "</tr>").first { $0.contains("CHI-01") && $0.contains("<td>lunch</td>") })
        #expect(chimayo.hasSuffix("children 3-5: 3; children 6-12: 2</td>"), "\(chimayo)")
    }

    @Test(.enabled(if: MachineTool.chromium != nil, "Chromium is not installed (make test installs it); no PDFs to check"))
    func everyPagePrintsOnLetter() async throws {
        let run = try await DemoRun.shared()
        let folder = run.output.appendingPathComponent("kitchen")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        // Five pages in two languages for the day ahead, and for the day signed for when that was before.
        for page in ["batch", "tickets", "labels", "temperature-log", "receipts"] {
            for language in ["en", "es"] {
                #expect(pdfs.contains("kitchen-\(try Self.receiptDate(run))-\(page)-\(language).pdf"), "\(page) \(language)")
            }
        }
        #expect(pdfs.count == 10 || pdfs.count == 20)
        for pdf in pdfs {
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(pdf)), as: UTF8.self)
            // Letter is 8.5 × 11 in: 612 × 792 points.
            let boxes = try NSRegularExpression(pattern: #"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]"#)
            let matches = boxes.matches(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(!matches.isEmpty, "\(pdf) has no page")
            for match in matches {
                let width = Double(text[Range(match.range(at: 1), in: text)!])!
                let height = Double(text[Range(match.range(at: 2), in: text)!])!
                #expect(abs(width - 612) < 1 && abs(height - 792) < 1, "\(pdf) is \(width) × \(height) points")
            }
        }
    }
}
