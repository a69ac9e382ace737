import ComalCore
import Foundation
import Testing

@Suite struct MealCountTests {
    let groups: [MealPatternAgeGroup] = [.ages1to2, .ages3to5]
    let enrollment: [MealPatternAgeGroup: Int] = [.ages1to2: 4, .ages3to5: 10, .adult: 2]

    @Test func enrollmentTimesAttendanceRoundsUp() {
        let count = MealCount.expected(
            enrollment: enrollment, ageGroups: groups, attendancePercent: 90, recentActuals: [], confirmed: nil)
        // 4 × 90% = 3.6 → 4; 10 × 90% = 9; adults are not on the menu.
        #expect(count.servings == [.ages1to2: 4, .ages3to5: 9])
        #expect(count.source == .enrollment(percent: 90))
    }

    @Test func recentActualCountsAreAveragedAndRoundedUp() {
        let count = MealCount.expected(
            enrollment: enrollment, ageGroups: groups, attendancePercent: 90,
            recentActuals: [[.ages1to2: 3, .ages3to5: 8], [.ages1to2: 2, .ages3to5: 9]], confirmed: nil)
        #expect(count.servings == [.ages1to2: 3, .ages3to5: 9])  // 2.5 → 3, 8.5 → 9
        #expect(count.source == .recent(receipts: 2))
    }

    @Test func onlyTheLastFiveReceiptsCount() {
        let old = Array(repeating: [MealPatternAgeGroup.ages3to5: 20], count: 3)
        let recent = Array(repeating: [MealPatternAgeGroup.ages3to5: 6], count: 5)
        let count = MealCount.expected(
            enrollment: enrollment, ageGroups: groups, attendancePercent: 90, recentActuals: recent + old, confirmed: nil)
        #expect(count.servings == [.ages3to5: 6])
    }

    @Test func aConfirmedCountWins() {
        let count = MealCount.expected(
            enrollment: enrollment, ageGroups: groups, attendancePercent: 90, recentActuals: [[.ages3to5: 8]],
            confirmed: ([.ages3to5: 7, .adult: 1], "Rosa"))
        #expect(count.servings == [.ages3to5: 7])
        #expect(count.source == .confirmed(by: "Rosa"))
        #expect(count.total == 7)
    }
}
