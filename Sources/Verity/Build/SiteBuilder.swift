import Foundation

/// Builds a site: runs the stages load → validate → render Markdown → render templates → check links → write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs every stage; throws `BuildFailure` with all problems found, leaving the output folder untouched.
    public func build() throws -> BuildSummary {
        var clock = StageClock()
        let writer = OutputWriter(outputDirectory: options.outputDirectory)
        let outputProblems = writer.preflight(content: options.contentDirectory, templates: options.templatesDirectory)
        let staging = try writer.makeStaging()
        var site: RenderedSite
        var plan: CachePlan?
        let sink = OutputSink(staging: staging, previous: options.outputDirectory, previousOutputs: [:])
        do {
            site = try render(clock: &clock, into: sink, cache: &plan)
        } catch let failure as BuildFailure {
            writer.discard(staging)
            throw BuildFailure(diagnostics: failure.diagnostics + outputProblems)
        } catch {
            writer.discard(staging)
            throw error
        }
        guard outputProblems.isEmpty else {
            writer.discard(staging)
            throw BuildFailure(diagnostics: outputProblems)
        }
        try clock.measure(.write) {
            let previous = try writer.finish(staging, copies: site.copies, removingPrevious: false)
            // Remove the old output folder while the cache is saved.
            let removal = DispatchGroup()
            if let previous {
                DispatchQueue.global().async(group: removal) { FileWriting.removeTree(previous.path) }
            }
            if options.useCache, let plan {
                site.cacheToSave(plan: plan, outputs: sink.outputs).save(for: options.outputDirectory)
            } else {
                // The output changed without the cache knowing: a stale cache must not be used next time.
                try? FileManager.default.removeItem(at: BuildCache.file(for: options.outputDirectory))
            }
            removal.wait()
        }
        return site.summary(stageSeconds: clock.seconds)
    }

    /// Runs every stage but the write, without touching the output folder: what `generate check` does.
    ///
    /// Throws `BuildFailure` with every problem a build would report; returns what a build would produce.
    public func check() throws -> BuildSummary {
        var clock = StageClock()
        let site = try render(clock: &clock, into: OutputSink(staging: nil, keepsFiles: false))
        return site.summary(stageSeconds: clock.seconds)
    }

    /// Runs every stage but the swap, handing each file to `sink`; throws `BuildFailure` with every problem.
    func render(clock: inout StageClock, into sink: OutputSink) throws -> RenderedSite {
        var plan: CachePlan?
        return try render(clock: &clock, into: sink, cache: &plan)
    }

    /// As `render(clock:into:)`, reusing what the build cache allows when `options.useCache`; `plan` is set to
    /// what the cache offered, for saving the next cache.
    func render(clock: inout StageClock, into sink: OutputSink, cache plan: inout CachePlan?) throws -> RenderedSite {
        let log = DiagnosticCollector()
        let jobs = options.jobs
        var loaded = clock.measure(.load) { LoadedSite.load(options, log: log) }
        // Hashing the inputs serves only the cache: skip it when there is none to read or write.
        let cachePlan = sink.staging == nil || !options.useCache ? nil : CachePlan(loaded: loaded, options: options, jobs: jobs)
        plan = cachePlan
        sink.usePreviousOutputs(cachePlan?.previousOutputs ?? [:])
        var validated = clock.measure(.validate) { ValidatedSite.validate(loaded, options: options, cache: cachePlan, log: log) }
        loaded.articleFiles = []  // the articles hold what they need; let the file texts go
        var reused: [String: PageSummary] = [:]
        for article in validated.articles {
            if let page = cachePlan?.cachedPage(for: article, outputDirectory: options.outputDirectory) { reused[article.slug] = page }
        }
        let content = clock.measure(.renderMarkdown) {
            RenderedContent.render(
                validated, templates: loaded.templates, jobs: jobs, reusing: Set(reused.keys), progress: options.progress, log: log)
        }
        guard !log.hasErrors, let config = content.config, let templates = loaded.templates else {
            throw BuildFailure(diagnostics: log.diagnostics)
        }
        let favicon = loaded.copies.map(\.destination).first { ["favicon.svg", "favicon.ico", "favicon.png"].contains($0) }
        let renderer = PageRenderer(templates: templates, config: config, pages: content.pages.map(\.page), faviconPath: favicon)
        let digest = cachePlan?.listingDigest(validated.articles) ?? 0
        let articleWarnings = validated.warnings
        validated = ValidatedSite(config: nil, articles: [], pages: [], warnings: [:], failedBodies: [])  // bodies go
        let reusedListings = cachePlan?.cachedListings(digest: digest, outputDirectory: options.outputDirectory)
        let pages = clock.measure(.renderTemplates) {
            renderer.render(content, jobs: jobs, into: sink, reused: reused, reusedListings: reusedListings, progress: options.progress)
        }
        if let failure = sink.failure {
            throw OutputWriter.Failure(path: DisplayPath.of(options.outputDirectory), reason: failure.description)
        }
        clock.measure(.checkLinks) {
            LinkChecker(basePath: renderer.links.basePath, templates: templates)
                .check(pages, copied: loaded.copies.map(\.destination), jobs: jobs, log: log)
        }
        // With --strict a warning stops the build as an error does.
        guard !log.hasErrors, !(options.strict && !log.diagnostics.isEmpty) else { throw BuildFailure(diagnostics: log.diagnostics) }
        return RenderedSite(
            pages: pages, copies: loaded.copies, articles: content.articles.map(\.article), standingPages: content.pages.count,
            claims: content.articles.reduce(0) { $0 + $1.article.claims.count }, warnings: log.diagnostics.sortedForDisplay(),
            articleWarnings: articleWarnings, listingDigest: digest)
    }
}
