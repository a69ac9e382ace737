import ComalCore
import PropertyBased
import Testing

@Suite("Dates from day numbers")
struct CalendarDayNumberTests {
    @Test func knownDays() {
        #expect(CalendarDate(dayNumber: 0)?.description == "1970-01-01")
        #expect(CalendarDate(dayNumber: -1)?.description == "1969-12-31")
        // Excel's serial 46356 (1900 system, less its 25,569 days to 1970) is 2026-11-30.
        #expect(CalendarDate(dayNumber: 46356 - 25569)?.description == "2026-11-30")
        #expect(CalendarDate(dayNumber: CalendarDate(year: 2024, month: 2, day: 29)!.dayNumber)?.description == "2024-02-29")
        #expect(CalendarDate(dayNumber: 2_932_897) == nil, "past 9999-12-31")
    }

    @Test func everyDayNumberReadsBackAsItself() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -719_162...2_932_896)) { number in
            let date = CalendarDate(dayNumber: number)
            #expect(date?.dayNumber == number)
        }
    }
}
