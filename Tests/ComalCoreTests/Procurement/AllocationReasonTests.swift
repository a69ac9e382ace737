import ComalCore
import Testing

@Suite("Allocation reasons in English and Spanish")
struct AllocationReasonTests {
    /// Each reason with a fragment its English and its Spanish must carry, numbers included.
    @Test(
        "every reason explains itself with its numbers, in both languages",
        arguments: [
            (AllocationReason.filledAsOrdered, "Filled as ordered", "Surtido tal como se pidió"),
            (.toleranceFilledCase(extra: 2, eachesPerCase: 6), "Got 2 more", "Recibió 2 más"),
            (.partialCaseNotBought(short: 2, remainder: 5, tolerance: 0, eachesPerCase: 6), "2 short", "Faltan 2"),
            // The minimum in eaches is worked out for the director: 3 cases of 6 = 18.
            (.belowMinimumCases(minimum: 3, eachesOrdered: 11, eachesPerCase: 6), "3 cases (18 each)", "3 cajas (18 unidades)"),
            (.roundedUpToHubStock(extra: 4), "the 4 extra", "las 4 unidades"),
            (.receivingShortfall(short: 1, reason: .short), "delivered short", "llegó incompleto"),
            (.receivingShortfall(short: 1, reason: .substituted), "was substituted", "fue sustituido"),
            (.substituted, "substitute", "sustituto"),
        ])
    func explanation(reason: AllocationReason, english: String, spanish: String) {
        let text = reason.explanation
        #expect(text.english.contains(english))
        #expect(text.spanish.contains(spanish))
        #expect(text.english != text.spanish)
        #expect(text.text(in: .english) == text.english)
        #expect(text.text(in: .spanish) == text.spanish)
    }

    @Test("the belowMinimumCases explanation names how much was ordered")
    func belowMinimumNumbers() {
        let text = AllocationReason.belowMinimumCases(minimum: 3, eachesOrdered: 11, eachesPerCase: 6).explanation
        #expect(text.english.contains("ordered 11"))
        #expect(text.spanish.contains("pidieron 11"))
    }
}
