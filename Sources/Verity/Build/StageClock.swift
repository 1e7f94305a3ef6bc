import Dispatch

/// Measures how long each build stage takes; a stage measured several times (the template and write stages
/// alternate over batches of pages) counts its total.
struct StageClock {
    private var totals: [BuildStage: Double] = [:]

    /// Each measured stage's duration in seconds, in stage order.
    var seconds: [(stage: BuildStage, seconds: Double)] {
        BuildStage.allCases.compactMap { stage in totals[stage].map { (stage, $0) } }
    }

    /// Runs `work`, whose parts belong to several stages, and shares its duration among them in proportion to
    /// `parts`, the time `work` spent in each (summed over its threads): the stages' totals still add up to the
    /// build's wall time.
    mutating func measure<T>(sharedBy stages: [BuildStage], _ work: () -> (T, parts: [Double])) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let (result, parts) = work()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let total = parts.reduce(0, +)
        for (stage, part) in zip(stages, parts) {
            totals[stage, default: 0] += total > 0 ? wall * part / total : wall / Double(stages.count)
        }
        return result
    }

    /// The durations of the steps of one piece of work, one after the other on one thread.
    struct Laps {
        private var last = DispatchTime.now().uptimeNanoseconds
        /// Each step's duration in seconds, in order.
        private(set) var seconds: [Double] = []

        /// Ends a step.
        mutating func lap() {
            let now = DispatchTime.now().uptimeNanoseconds
            seconds.append(Double(now - last) / 1e9)
            last = now
        }
    }

    /// Runs `work` as `stage` and adds its duration to the stage's.
    mutating func measure<T>(_ stage: BuildStage, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { totals[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try work()
    }
}
