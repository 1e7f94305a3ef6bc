import Foundation

/// What to build and where: the inputs `generate` reads and the folder it writes.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    /// Build articles and pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Build articles dated after `buildDate`.
    public var includeFuture: Bool
    /// "Now" for deciding which articles are in the future, in seconds since 1970 (UTC).
    ///
    /// Nothing else in the output depends on it; `generate` takes it from `SOURCE_DATE_EPOCH` when set, else
    /// from the clock.
    public var buildDate: Int
    /// Threads used for rendering; defaults to the number of cores, and is never less than 1.
    public var jobs: Int {
        didSet { jobs = max(1, jobs) }
    }
    /// Reuse what the last build of the same output folder made from unchanged inputs (`.verity-cache/`).
    public var useCache = true
    /// Fail when there are warnings, as when there are errors (`--strict`).
    public var strict = false
    /// Build even when fewer than half the articles of the output folder's last build would be published
    /// (`--allow-shrink`).
    public var allowShrink = false
    /// Lines for the person running the build that are neither progress nor diagnostics (a wait for another
    /// build of the same output folder).
    public var note: (@Sendable (String) -> Void)?
    /// Processor seconds the Markdown of one article or page may take to render before the build fails.
    ///
    /// cmark-gfm 0.29.0.gfm.6 takes minutes or hangs on some inputs: such a document is reported, not waited
    /// for. `generate` takes it from `VERITY_RENDER_TIME_LIMIT` when set.
    public var renderTimeLimit: Double = 10
    /// Bytes the Markdown parser may hold for one article or page before the build fails.
    public var renderMemoryLimit = 1_000_000_000
    /// Called as articles go through the validate, render-Markdown and render-templates stages (from any thread).
    public var progress: (@Sendable (BuildProgress) -> Void)?

    public init(
        contentDirectory: URL = URL(fileURLWithPath: "content"),
        templatesDirectory: URL = URL(fileURLWithPath: "templates"),
        outputDirectory: URL = URL(fileURLWithPath: "output"),
        includeDrafts: Bool = false,
        includeFuture: Bool = false,
        buildDate: Int = Int(Date().timeIntervalSince1970),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.buildDate = buildDate
        self.jobs = max(1, jobs)
    }
}
