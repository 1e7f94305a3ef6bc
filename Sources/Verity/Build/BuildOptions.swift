import Foundation

/// What to build and where: the inputs `generate` reads and the folder it writes.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    /// Build articles and pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Threads used for rendering; defaults to the number of cores.
    public var jobs: Int

    public init(
        contentDirectory: URL = URL(fileURLWithPath: "content"),
        templatesDirectory: URL = URL(fileURLWithPath: "templates"),
        outputDirectory: URL = URL(fileURLWithPath: "output"),
        includeDrafts: Bool = false,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.jobs = max(1, jobs)
    }
}
