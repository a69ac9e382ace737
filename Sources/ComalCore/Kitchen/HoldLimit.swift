/// How long food of one temperature may travel before it is served: the kitchen's equipment's
/// holding time when it has equipment for that temperature, else 4 hours of time as a public health
/// control, with its discard time marked on the container (Food Code 3-501.19).
public struct HoldLimit: Hashable, Sendable {
    public var minutes: Int
    /// Whether time, not temperature, is the control: the label then carries a discard time.
    public var timeIsTheControl: Bool

    public init(minutes: Int, timeIsTheControl: Bool) {
        self.minutes = minutes
        self.timeIsTheControl = timeIsTheControl
    }

    /// The limit for `temperature` food sent by `kitchen`; nil for food that needs no control.
    public static func of(_ temperature: ServingTemperature, kitchen: Kitchen) -> HoldLimit? {
        let equipment: Kitchen.HoldingEquipment?
        switch temperature {
        case .hot: equipment = kitchen.hotHolding
        case .cold: equipment = kitchen.coldHolding
        case .ambient: return nil
        }
        guard let equipment else {
            return HoldLimit(minutes: ServingTemperature.timeAsControlMinutes, timeIsTheControl: true)
        }
        return HoldLimit(minutes: equipment.holdMinutes, timeIsTheControl: false)
    }
}
