import ComalCore
import Testing

/// The one rule of who may change a site's order when: every state, both sides of the cutoff.
@Suite struct OrderChangeTests {
    static let cutoff = LocalDateTime(parsing: "2026-11-25 17:00")!
    static let before = LocalDateTime(parsing: "2026-11-25 17:00")!
    static let after = LocalDateTime(parsing: "2026-11-25 17:01")!

    static func window(_ state: OrderWindow.State) -> OrderWindow {
        OrderWindow(id: OrderWindow.ID(1), delivery: CalendarDate(year: 2026, month: 11, day: 30)!, cutoff: cutoff, state: state)
    }

    @Test(
        "Directors until the cutoff; the buyer alongside them unaudited, then alone and audited until the orders are placed",
        arguments: [
            (OrderWindow.State.open, before, OrderChangePermission.allowed, OrderChangePermission.allowed),
            (.open, after, .refused(.directorsNoLongerOrder), .audited(by: "Marisol")),
            (.closed, before, .refused(.directorsNoLongerOrder), .audited(by: "Marisol")),
            (.closed, after, .refused(.directorsNoLongerOrder), .audited(by: "Marisol")),
            (.ordered, after, .refused(.directorsNoLongerOrder), .refused(.ordersPlaced)),
            (.received, after, .refused(.directorsNoLongerOrder), .refused(.ordersPlaced)),
            (.invoiced, before, .refused(.directorsNoLongerOrder), .refused(.ordersPlaced)),
        ])
    func rule(
        state: OrderWindow.State, now: LocalDateTime, director: OrderChangePermission, buyer: OrderChangePermission
    ) {
        #expect(Self.window(state).permission(for: .director, at: now) == director)
        #expect(Self.window(state).permission(for: .buyer("Marisol"), at: now) == buyer)
    }
}
