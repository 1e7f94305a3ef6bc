import Dispatch

/// Measures how long each build stage takes; a stage measured several times (the template and write stages
/// alternate over batches of pages) counts its total.
struct StageClock {
    private var totals: [BuildStage: Double] = [:]

    /// Each measured stage's duration in seconds, in stage order.
    var seconds: [(stage: BuildStage, seconds: Double)] {
        BuildStage.allCases.compactMap { stage in totals[stage].map { (stage, $0) } }
    }

    /// Runs `work` as `stage` and adds its duration to the stage's.
    mutating func measure<T>(_ stage: BuildStage, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { totals[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try work()
    }
}
