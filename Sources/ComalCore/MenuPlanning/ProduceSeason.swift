/// The months a fresh food is harvested locally, from the alliance's seasons file: a plan asked for
/// local produce in season uses a listed food only in its months. Foods not listed (canned, frozen,
/// stored crops, produce shipped in) are always in season.
public struct ProduceSeason: Hashable, Sendable {
    public var food: Food.ID
    /// 1 (January) to 12 (December).
    public var months: Set<Int>
    /// Where the months come from, said in the file.
    public var source: String

    public init(food: Food.ID, months: Set<Int>, source: String) {
        self.food = food
        self.months = months
        self.source = source
    }

    /// The foods of `seasons` not in season in `month`.
    public static func outOfSeason(_ seasons: [ProduceSeason], in month: Int) -> Set<Food.ID> {
        Set(seasons.filter { !$0.months.contains(month) }.map(\.food))
    }
}
