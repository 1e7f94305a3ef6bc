import Dispatch

/// Measures how long each build stage takes, in stage order.
struct StageClock {
    private(set) var seconds: [(stage: BuildStage, seconds: Double)] = []

    /// Runs `work` as `stage` and records its duration.
    mutating func measure<T>(_ stage: BuildStage, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }
}
