/// The time summary of a run of consecutive visits (Vidal et al. 2013, as in HGS-TW and PyVRP):
/// enough to tell, in constant time, the duration and the time warp (lateness the schedule would
/// have to undo) of any concatenation of runs, which is what makes move evaluation O(1).
struct TimeSegment {
    /// The first and last location of the run.
    var first: Int
    var last: Int
    /// Travel, service and unavoidable waiting inside the run.
    var duration: Int
    /// Total lateness inside the run.
    var timeWarp: Int
    /// Earliest and latest start at `first` that lead to the least duration and time warp.
    var early: Int
    var late: Int

    /// One visit at `location`, with its service time and window.
    init(location: Int, service: Int, window: TimeWindow) {
        first = location
        last = location
        duration = service
        timeWarp = 0
        early = window.open
        late = window.close
    }

    private init(first: Int, last: Int, duration: Int, timeWarp: Int, early: Int, late: Int) {
        self.first = first
        self.last = last
        self.duration = duration
        self.timeWarp = timeWarp
        self.early = early
        self.late = late
    }

    /// This run followed by `next`, travelling with the `durations` matrix in between.
    @inline(__always)
    func then(_ next: TimeSegment, _ durations: UnsafeBufferPointer<Int32>, size: Int) -> TimeSegment {
        let leg = Int(durations[last * size + next.first])
        let delta = duration - timeWarp + leg
        let wait = max(next.early - delta - late, 0)
        let warp = max(early + delta - next.late, 0)
        return TimeSegment(
            first: first, last: next.last, duration: duration + next.duration + leg + wait,
            timeWarp: timeWarp + next.timeWarp + warp, early: max(next.early - delta, early) - wait,
            late: min(next.late - delta, late) + warp)
    }
}
