import Foundation

/// How far a build has got through a stage's articles, for the progress line `generate` shows on a terminal.
public struct BuildProgress: Sendable, Equatable {
    public var stage: BuildStage
    public var done: Int
    public var total: Int

    public var percent: Int {
        total == 0 ? 100 : done * 100 / total
    }

    /// The progress line, such as `render Markdown: 4200/10000 articles (42%)`.
    public var line: String {
        "\(stage.rawValue): \(done)/\(total) articles (\(percent)%)"
    }
}

/// Counts the articles a stage has done, from any thread, and reports each new whole percent.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let stage: BuildStage
    private let total: Int
    private let report: (@Sendable (BuildProgress) -> Void)?
    private var done = 0
    private var lastPercent = -1

    init(_ stage: BuildStage, total: Int, report: (@Sendable (BuildProgress) -> Void)?) {
        self.stage = stage
        self.total = total
        self.report = report
    }

    /// Counts one more article done.
    func step() {
        guard let report else { return }
        lock.withLock {
            done += 1
            let progress = BuildProgress(stage: stage, done: done, total: total)
            if progress.percent != lastPercent || done == total {
                lastPercent = progress.percent
                report(progress)
            }
        }
    }
}
