import ComalCore
import Foundation
import Testing

@Suite struct KitchenReceiptTests {
    let service = KitchenFixture.day().sites[0]
    let at = LocalDateTime(date: KitchenFixture.monday, time: ClockTime(parsing: "11:40")!)

    var receipt: KitchenReceipt {
        KitchenReceipt.expected(service, kitchen: Kitchen.ID("K"), date: KitchenFixture.monday, signedBy: "Rosa", at: at)
    }

    @Test func everythingReceivedHasNoShortfall() {
        #expect(receipt.shortfalls.isEmpty)
        #expect(receipt.lines.count == service.meals[0].items.flatMap(\.containers).count)
        #expect(receipt.servedCounts(.lunch) == [.ages1to2: 4, .ages3to5: 10, .ages6to12: 6])
    }

    @Test func aContainerThatArrivedShortIsFlaggedWithTheServingsItMisses() throws {
        var short = receipt
        let index = try #require(short.lines.firstIndex { $0.food == "milk" && $0.ageGroup == .ages3to5 })
        // 7.5 cups for 10 children; 6 arrived: 1.5 cups short = 2 servings of 6 fl oz.
        short.lines[index].received = 6
        #expect(short.shortfalls.map(\.food) == ["milk"])
        #expect(short.shortfalls.first?.servingsShort == 2)
        short.lines[index].received = Decimal(string: "7.4")!
        #expect(short.shortfalls.first?.servingsShort == 1)  // a part serving short is a child without a full portion
    }

    @Test func arrivalTemperaturesOutOfRangeAreFlagged() {
        var cool = receipt
        cool.arrival = [
            TemperatureReading(stage: .arrival, temperature: .hot, fahrenheit: 128),
            TemperatureReading(stage: .arrival, temperature: .cold, fahrenheit: 38),
        ]
        #expect(cool.temperatureFlags == [.hotBelowMinimum(stage: .arrival, fahrenheit: 128)])
    }
}
