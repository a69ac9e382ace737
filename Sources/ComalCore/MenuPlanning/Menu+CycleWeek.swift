extension Menu {
    /// The menu week a weekly order window plans from: windows take the cycle's weeks in turn, so
    /// window N uses the ((N − 1) mod cycle length)-th week in week order. For a cycle numbered 1…n
    /// that is week ((N − 1) mod n) + 1; it never names a week the menu does not have.
    public func cycleWeek(for window: OrderWindow.ID) -> Int {
        let numbers = weeks.map(\.number).sorted()
        guard !numbers.isEmpty else { return 1 }
        return numbers[Int((window.rawValue - 1) % Int64(numbers.count))]
    }
}
