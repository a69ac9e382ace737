import ComalCore

extension Allocation {
    /// Whether the site got something other than exactly its order, so the sheets must say why.
    var needsExplanation: Bool { reasons.contains { $0 != .filledAsOrdered } }

    /// Every reason in `language`, in the order they arose (purchase, then receiving).
    func explanation(in language: Language) -> String {
        reasons.filter { $0 != .filledAsOrdered }.map { $0.explanation.text(in: language) }.joined(separator: " ")
    }

    /// The receiving and delivery-exception reasons alone, for the credit line they justify.
    func receivingExplanation(in language: Language) -> String {
        reasons.compactMap { reason -> String? in
            switch reason {
            case .receivingShortfall, .deliveryException: reason.explanation.text(in: language)
            default: nil
            }
        }.joined(separator: " ")
    }
}
