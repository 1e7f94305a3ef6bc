import Foundation

/// Builds a site: runs the stages load → validate → render Markdown → render templates → check links → write,
/// with the build cache as a layer around them.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    /// The templates every HTML page goes through.
    public var theme: any Theme

    public init(options: BuildOptions, theme: any Theme) {
        self.options = options
        self.theme = theme
    }

    /// Runs every stage; throws `BuildFailure` with all problems found, leaving the output folder untouched.
    ///
    /// One build at a time writes an output folder (`OutputLock`); a second one waits, telling `options.note`.
    @discardableResult
    public func build() throws -> BuildSummary {
        var clock = StageClock()
        // Read before any thread starts (its fallback briefly changes the umask).
        _ = FileWriting.createdMode
        let cacheFile = BuildCache.file(for: options)
        let writer = OutputWriter(outputDirectory: options.outputDirectory, cacheFile: cacheFile)
        let outputProblems = writer.preflight(content: options.contentDirectory, templates: options.templatesDirectory)
        guard outputProblems.isEmpty else {
            // Without the lock or a staging folder: the other problems of the build, and these.
            var other: [Diagnostic] = []
            var clock = StageClock()
            do {
                _ = try render(clock: &clock, staging: nil, keepsFiles: false)
            } catch let failure as BuildFailure {
                other = failure.diagnostics
            }
            throw BuildFailure(diagnostics: other + outputProblems)
        }
        let output = DisplayPath.of(options.outputDirectory)
        let lock = try OutputLock(
            file: cacheFile.deletingPathExtension().appendingPathExtension("lock")
        ) { holder in
            options.note?("generate: waiting for another build of \(output)/ (process \(holder)) to finish")
        }
        writer.cleanUpLitter()
        let staging = try writer.makeStaging()
        let built: (site: RenderedSite, sink: OutputSink, cache: CachePlan?)
        do {
            built = try render(clock: &clock, staging: staging)
            if let failure = built.sink.failure { throw writer.failure(.cannotWrite(failure.reason), at: failure.path) }
            try guardShrinking(to: built.site.articles.count, writer: writer)
        } catch {
            writer.discard(staging)
            throw error
        }
        // The cache's own warnings (a damaged cache, one that could not be saved) are not counted by --strict.
        var cacheWarnings = built.cache?.warnings ?? []
        try clock.measure(.write) {
            // Only the part of output/ that changed is replaced (see `OutputWriter.finish`).
            let finished = try writer.finish(
                staging, copies: built.site.copies, articles: built.site.articles.count, outputs: built.sink.outputs,
                written: built.sink.written, previous: built.cache?.previousOutputs,
                cacheFile: cacheFile)
            // Remove what the swap left (the old output, or the replaced part of it) while the cache is saved.
            let removal = DispatchGroup()
            if let leftover = finished.leftover {
                DispatchQueue.global().async(group: removal) { FileWriting.removeTree(leftover.path) }
            }
            if let plan = built.cache {
                let cache = built.site.cacheToSave(plan: plan, outputs: finished.outputs, folder: finished.folder)
                if let warning = cache.save(to: cacheFile) { cacheWarnings.append(warning) }
            } else {
                // The output changed without the cache knowing, so the cache goes. Should the removal fail, the
                // stale cache is still harmless: a file it names is reused only while its size, inode, time and
                // mode are the recorded ones, and these files are all new; and it names another output folder
                // (`OutputRecord.FolderIdentity`), so no later build replaces only a part of output/ from it.
                unlink(cacheFile.path)
            }
            removal.wait()
        }
        withExtendedLifetime(lock) {}
        var summary = built.site.summary(stageSeconds: clock.seconds)
        summary.warnings += cacheWarnings
        // Freeing a large site's articles and cache takes a tenth of a second: a thread does it (once this
        // function has let its own copy go), and a process that ends right after the build does not wait for it.
        let leftovers = Leftovers(built)
        DispatchQueue.global(qos: .utility).async { leftovers.free() }
        return summary
    }

    /// What a build made, held until `free` lets it go on whichever thread calls it.
    private final class Leftovers<Value>: @unchecked Sendable {
        private var value: Value?

        init(_ value: Value) {
            self.value = value
        }

        /// Called once, on one thread: nothing else touches `value`.
        func free() {
            value = nil
        }
    }

    /// Fails when the build would publish fewer than half the articles the output folder has now, unless
    /// `options.allowShrink`: an unreadable or emptied folder must not quietly unpublish a site.
    private func guardShrinking(to articles: Int, writer: OutputWriter) throws(BuildFailure) {
        guard !options.allowShrink, let previous = try writer.publishedArticles(), articles * 2 < previous else {
            return
        }
        throw writer.failure(.shrinkingSite(previous: previous, now: articles))
    }

    /// Runs every stage but the write, without touching the output folder: what `generate check` does.
    ///
    /// Throws `BuildFailure` with every problem a build would report; returns what a build would produce.
    public func check() throws -> BuildSummary {
        var clock = StageClock()
        let site = try render(clock: &clock, staging: nil, keepsFiles: false).site
        try guardShrinking(to: site.articles.count, writer: OutputWriter(outputDirectory: options.outputDirectory))
        return site.summary(stageSeconds: clock.seconds)
    }

    /// Runs every stage but the swap; throws `BuildFailure` with every problem.
    ///
    /// Each file is written into `staging`, or kept in memory when that is `nil` and `keepsFiles`. The build
    /// cache is used when there is a staging folder and `options.useCache`; the plan it made is returned for
    /// saving the next cache.
    func render(clock: inout StageClock, staging: URL?, keepsFiles: Bool = true) throws
        -> (site: RenderedSite, sink: OutputSink, cache: CachePlan?)
    {
        let log = DiagnosticCollector()
        let jobs = options.jobs
        let options = self.options
        var (loaded, cache) = clock.measure(.load) { () -> (LoadedSite, CachePlan?) in
            // The cache serves only a build that writes: skip it (and hashing the inputs) otherwise.
            guard staging != nil, options.useCache else { return (LoadedSite.load(options, log: log), nil) }
            // Read on another thread while the content folder is listed; the article files it knows unchanged
            // need not be read at all.
            let reading = BackgroundValue { () -> (cache: BuildCache?, warnings: [Diagnostic]) in
                let cacheLog = DiagnosticCollector()
                return (BuildCache.load(from: BuildCache.file(for: options), log: cacheLog), cacheLog.diagnostics)
            }
            var test: LoadedSite.UnchangedTest??
            var loaded = LoadedSite.load(options, log: log) { path, stamp in
                if test == nil {
                    test = reading.value?.cache.map {
                        CachePlan.unchangedTest(
                            $0, outputDirectory: options.outputDirectory,
                            images: ImageResolver(contentDirectory: options.contentDirectory))
                    }
                }
                return test??(path, stamp) ?? false
            }
            let previous = reading.value?.cache
            let plan = CachePlan(
                loaded: &loaded, previous: previous, warnings: reading.value?.warnings ?? [], options: options,
                theme: theme, jobs: jobs, log: log)
            return (loaded, plan)
        }
        let sink = OutputSink(
            staging: staging, previous: options.outputDirectory, previousOutputs: cache?.previousOutputs ?? [:],
            keepsFiles: keepsFiles)
        let decode = cache?.decoder(wrapping: ValidatedSite.decodeArticle) ?? ValidatedSite.decodeArticle
        var validated = clock.measure(.validate) {
            ValidatedSite.validate(taking: &loaded, options: options, decode: decode, log: log)
        }
        ProcessMemory.releaseFreePages()
        // An article page lists related fact checks, so it depends on other articles' front matter too.
        let related = clock.measure(.renderTemplates) { RelatedArticles(validated.articles, jobs: jobs) }
        // A translated article's page links to its other editions, so it depends on which have its slug too.
        let translations = Self.translations(validated.articles)
        let relatedDigests = clock.measure(.renderTemplates) {
            let articles = validated.articles
            return Array(articles.indices).parallelMap(jobs: jobs) {
                Self.pageDigest(
                    related: RelatedArticles.digest(of: related.lists[$0], in: articles),
                    translations: translations[articles[$0].slug])
            }
        }
        // Pages of unchanged articles still in the output folder are linked from there, not rendered again.
        var reused: [String: OutputSummary] = [:]
        let images = ImageResolver(contentDirectory: options.contentDirectory)
        for (index, article) in validated.articles.enumerated() {
            if let page = cache?.cachedPage(
                for: article, relatedDigest: relatedDigests[index], outputDirectory: options.outputDirectory,
                images: images)
            {
                reused[article.pagePath] = page
            } else if let path = loaded.unread[article.body.path],
                let body = CachePlan.readBody(of: article, at: path, log: log)
            {
                // Left unread for a page to reuse, but its related fact checks changed: its page is made again.
                validated.articles[index].body = body
            }
        }
        let articles = validated.articles.map(\.withoutBodyText)
        let articleWarnings = validated.warnings
        let missingPurposes = validated.missingPurposes
        validated.articles.removeAll { reused[$0.pagePath] != nil }
        let content = clock.measure(.renderMarkdown) {
            RenderedContent.render(
                taking: &validated, jobs: jobs,
                limits: RenderWatchdog.Limits(seconds: options.renderTimeLimit, bytes: options.renderMemoryLimit),
                images: images, progress: options.progress, log: log)
        }
        // The Markdown stage let each body go once rendered; this is the rest of the front matter.
        validated.articles = []
        validated.pages = []
        validated.failedBodies = []
        ProcessMemory.releaseFreePages()
        guard !log.hasErrors, let config = content.config else { throw BuildFailure(diagnostics: log.diagnostics) }
        let favicon = loaded.copies.map(\.destination).first {
            ["favicon.svg", "favicon.ico", "favicon.png"].contains($0)
        }
        let editions = Self.editions(
            config: config, articles: articles, pages: content.pages.map(\.page), theme: theme, texts: content.texts,
            faviconPath: favicon)
        let renderer = editions[0].renderer
        let digest = cache?.listingDigest(articles) ?? 0
        let reusedListings = cache?.cachedListings(digest: digest, outputDirectory: options.outputDirectory)
        let bodies = Dictionary(
            content.articles.map { ($0.article.pagePath, $0.body) }, uniquingKeysWith: { first, _ in first })
        // Every article is either reused or rendered (the Markdown stage had all the others).
        // Articles by their index: a job that held the `Article` itself would copy (and retain) all its strings.
        var pageWork: [OutputJob] = articles.indices.compactMap { index in
            reused[articles[index].pagePath].map { .reusedArticle(index, $0) }
                ?? bodies[articles[index].pagePath].map { .article(index, $0) }
        }
        pageWork += content.pages.map { OutputJob.standingPage($0.page, $0.body) }
        let listingWork =
            reusedListings.map { $0.map(OutputJob.reuse) }
            ?? editions.indices.flatMap { index in
                let edition = editions[index]
                return SiteOutput.all(
                    articles: edition.articles.count, claims: edition.articles.reduce(0) { $0 + $1.claims.count },
                    tags: edition.tags, config: config, isMain: index == 0, people: edition.people
                ).map { OutputJob.listing($0, edition: index) }
            }
        // The listings last, one per thread at a time: by then every body has been let go, and the big ones (the
        // claims index, the home page, the feed) are never all in memory at once. Largest first.
        let cards = ShareCardWriter(fontFamily: theme.shareCard.fontFamily)
        let pages = renderAndWrite(
            pageWork, then: listingWork,
            site: SiteParts(editions: editions, articles: articles, translations: translations),
            related: related.lists, into: sink, cards: cards, clock: &clock, log: log)
        if cards.fontMissing {
            log.error(
                .missingShareCardFont(theme.shareCard.fontFamily),
                at: SourceLocation(path: DisplayPath.of(options.templatesDirectory)))
        }
        // The articles' image files, copied beside their pages (reused pages' too).
        let copies = loaded.copies + Self.imageCopies(pages, contentDirectory: options.contentDirectory)
        clock.measure(.checkLinks) {
            // With the cache, only pages whose links or link targets changed (`CachePlan.pagesToCheck`).
            LinkChecker(
                basePath: renderer.links.basePath, themePath: DisplayPath.of(options.templatesDirectory),
                siteLinks: config.branding.sitePathLocations
            )
            .check(
                pages, copied: copies.map(\.destination), only: cache?.pagesToCheck(pages), jobs: jobs,
                log: log)
        }
        // Said only of a site that is otherwise sound: among errors it would be noise repeated on every build.
        if !log.hasErrors { missingPurposes?.warn(log: log) }
        // With --strict a warning stops the build as an error does.
        guard !log.hasErrors, !(options.strict && !log.diagnostics.isEmpty) else {
            throw BuildFailure(diagnostics: log.diagnostics)
        }
        let site = RenderedSite(
            pages: pages, copies: copies, articles: articles, standingPages: content.pages.count,
            claims: articles.reduce(0) { $0 + $1.claims.count }, warnings: log.diagnostics.sortedForDisplay(),
            articleWarnings: articleWarnings, listingDigest: digest, relatedDigests: relatedDigests)
        return (site, sink, cache)
    }

    /// Each image file an article page shows, to copy into the page's folder, sorted by destination.
    static func imageCopies(_ pages: [OutputSummary], contentDirectory: URL) -> [(destination: String, source: URL)] {
        var copies: [(destination: String, source: URL)] = []
        for page in pages where !page.images.isEmpty {
            let folder = page.path.dropLast(SiteLinks.index.count)
            for image in page.images {
                copies.append((folder + image.name, contentDirectory.appendingPathComponent(image.source)))
            }
        }
        return copies.sorted { $0.destination < $1.destination }
    }
}

extension SiteBuilder {
    /// Removes the staging folder (or previous output) this process left beside the output folder.
    ///
    /// For a build stopped by a signal, right before the process ends: it waits for a swap under way, then keeps
    /// any other from starting. The output folder is left, or put back, as the last finished build made it.
    public func stopForSignal() {
        OutputWriter(outputDirectory: options.outputDirectory).stopForSignal()
    }
}
