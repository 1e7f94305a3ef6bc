import Foundation

/// Making the site's files: each one rendered, read for the link check and written into the sink by one thread,
/// in batches (the render templates, check links and write stages of `render`).
extension SiteBuilder {
    /// One edition's part of the site for the render-templates stage: its renderer, its articles (in site order)
    /// and their tags (`SiteRenderer.tagGroups`).
    struct EditionContent: Sendable {
        var renderer: SiteRenderer
        var articles: [Article]
        var tags: [(tag: String, articles: [Int])]
        /// Its authors' and claimants' published work, for their pages and the sitemap.
        var people = People()
    }

    /// What the render-templates stage makes the site's files from.
    struct SiteParts: Sendable {
        /// Every edition's part, the main one first.
        var editions: [EditionContent]
        /// Every edition's articles, in site order.
        var articles: [Article]
        /// The folders of the editions that have each slug (`translations(_:)`).
        var translations: [String: [String]]
        private var indices: [String: Int]

        init(editions: [EditionContent], articles: [Article], translations: [String: [String]]) {
            self.editions = editions
            self.articles = articles
            self.translations = translations
            indices = Dictionary(
                editions.enumerated().map { ($1.renderer.edition.folder, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The renderer of the edition with folder `folder` (`Article.edition`).
        func renderer(_ folder: String) -> SiteRenderer {
            editions[indices[folder] ?? 0].renderer
        }
    }

    /// Each edition of the site with its articles (out of `articles`, in site order) and standing pages (out of
    /// `pages`); for a site of one edition, all of them, uncopied.
    static func editions(
        config: SiteConfig, articles: [Article], pages: [Page], theme: any Theme, texts: [String: InterfaceText],
        faviconPath: String?
    ) -> [EditionContent] {
        let editions = config.editions
        return editions.map { edition in
            let own = editions.count == 1 ? articles : articles.filter { $0.edition == edition.folder }
            let renderer = SiteRenderer(
                theme: theme, config: config, text: texts[edition.language] ?? .english,
                pages: pages.filter { $0.edition == edition.folder },
                faviconPath: faviconPath, edition: edition)
            return EditionContent(
                renderer: renderer, articles: own, tags: SiteRenderer.tagGroups(own),
                people: People(articles: own, authors: config.authors))
        }
    }

    /// The folders of the editions that have an article of each slug (sorted), for the slugs more than one
    /// edition has: an article and its translations share their slug.
    static func translations(_ articles: [Article]) -> [String: [String]] {
        guard articles.contains(where: { !$0.edition.isEmpty }) else { return [:] }
        var folders: [String: [String]] = [:]
        for article in articles { folders[article.slug, default: []].append(article.edition) }
        return folders.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
    }

    /// The hash the build cache keeps with an article's page of what it shows from other articles: its related
    /// checks (`related`, `RelatedArticles.digest`) and the editions that have it (`translations`).
    static func pageDigest(related: UInt64, translations: [String]?) -> UInt64 {
        guard let translations else { return related }
        var hash = ContentHash()
        hash.add(related)
        for folder in translations { hash.add(folder) }
        return hash.value
    }

    /// One file for the render-templates and write stages to make.
    enum OutputJob: Sendable {
        /// The article at this index of the site's articles, and its body.
        case article(Int, RenderedBody)
        case standingPage(Page, RenderedBody)
        /// A listing of the edition at this index of `SiteParts.editions`.
        case listing(SiteOutput, edition: Int)
        /// A file of the last build, unchanged: linked into the staging folder.
        case reuse(OutputSummary)
        /// The page of the article at this index, unchanged since the last build (its share card is kept or made).
        case reusedArticle(Int, OutputSummary)
    }

    /// What the render-templates stage hands the next ones for one job.
    private enum Rendered: Sendable {
        case file(OutputFile)
        /// `claims.json` or `claimreview-feed.json`, written by the sink in pieces.
        case streamed(SiteOutput)
        case reuse(OutputSummary)
    }

    /// How many files are rendered before they are written: enough to keep every thread busy, few enough that
    /// a large site's pages are never all in memory.
    static let batchSize = 256

    /// Makes `pages` in batches of `batchSize`, then `listings` in batches of `jobs`, on `jobs` threads;
    /// returns the files' summaries in that order.
    ///
    /// Each file goes through three steps on one thread: rendered (render templates), its ids and links read for
    /// the link check (check links), and written into the sink (write); each batch's wall time is shared among
    /// those stages in proportion to the time its files spent in each.
    func renderAndWrite(
        _ pages: [OutputJob], then listings: [OutputJob], site: SiteParts, related: [[Int]], into sink: OutputSink,
        cards: ShareCardWriter, clock: inout StageClock, log: DiagnosticCollector
    ) -> [OutputSummary] {
        let jobs = options.jobs
        let counter = ProgressCounter(.renderTemplates, total: site.articles.count, report: options.progress)
        var summaries: [OutputSummary] = []
        summaries.reserveCapacity(pages.count + listings.count)
        // `claims.json` is written by one thread from start to end (0.4 s at 10,000 fact checks): with more than
        // one job, on a thread of its own while the pages are made, so that no core waits for it at the end. Its
        // time then counts in no stage.
        var listings = listings
        // The other editions' are made in turn with the listings.
        let exportIndex =
            jobs < 2
            ? nil
            : listings.firstIndex {
                if case .listing(.claimsExport, _) = $0 { true } else { false }
            }
        let export = exportIndex.map { index in
            let edition: Int
            if case .listing(_, let index) = listings.remove(at: index) { edition = index } else { edition = 0 }
            let part = site.editions[edition]
            return BackgroundValue { part.renderer.streamClaimsExport(articles: part.articles, into: sink) }
        }
        let pageBatches = (pages.count + Self.batchSize - 1) / Self.batchSize
        let batches =
            stride(from: 0, to: pages.count, by: Self.batchSize).map {
                Array(pages[$0..<min(pages.count, $0 + Self.batchSize)])
            }
            + stride(from: 0, to: listings.count, by: jobs).map {
                Array(listings[$0..<min(listings.count, $0 + jobs)])
            }
        for (number, batch) in batches.enumerated() {
            // The listings come after every page: the pages' and bodies' memory goes back to the system before
            // their big buffers are made.
            if number == pageBatches { ProcessMemory.releaseFreePages() }
            // Each file is rendered, read for the link check and written by the thread that made it, while it is
            // fresh in that core's cache, with one wait per batch instead of one per step.
            let made = clock.measure(sharedBy: [.renderTemplates, .checkLinks, .write]) {
                () -> ([OutputSummary], parts: [Double]) in
                let items = batch.parallelMap(jobs: jobs) { job in
                    Self.make(job, site: site, related: related, into: sink, cards: cards, counter: counter)
                }
                log.record(items.compactMap(\.problem))
                let parts = items.reduce(into: [0.0, 0.0, 0.0]) { sums, item in
                    for (index, part) in item.parts.prefix(3).enumerated() { sums[index] += part }
                }
                return (items.map(\.summary), parts)
            }
            summaries += made
        }
        if let exportIndex, let summary = export?.value {
            summaries.insert(summary, at: pages.count + exportIndex)
        }
        return summaries
    }

    /// Renders one file (and an article's share card), reads its ids and links, and writes it into `sink`;
    /// returns its summary, the time each of those three steps took, and why the card could not be drawn.
    private static func make(
        _ job: OutputJob, site: SiteParts, related: [[Int]], into sink: OutputSink, cards: ShareCardWriter,
        counter: ProgressCounter
    ) -> (summary: OutputSummary, parts: [Double], problem: Diagnostic?) {
        var laps = StageClock.Laps()
        let rendered: Rendered
        var problem: Diagnostic?
        // The edition whose listing is being made, for a streamed claims export.
        var edition = site.editions[0]
        let articles = site.articles
        switch job {
        case .article(let index, let body):
            defer {
                body.release()
                counter.step()
            }
            let article = articles[index]
            let renderer = site.renderer(article.edition)
            let card = renderer.shareCard(for: article)
            rendered = .file(
                renderer.renderArticle(
                    article, body: body, related: related[index].map { articles[$0] }, card: card,
                    translations: site.translations[article.slug] ?? []))
            problem = card.flatMap { cards.write($0, of: article, into: sink) }
        case .reusedArticle(let index, let summary):
            counter.step()
            problem = site.renderer(articles[index].edition).shareCard(for: articles[index]).flatMap {
                cards.write($0, of: articles[index], into: sink)
            }
            rendered = .reuse(summary)
        case .standingPage(let page, let body):
            rendered = .file(site.renderer(page.edition).renderStandingPage(page, body: body))
        case .listing(let listing, let index):
            edition = site.editions[index]
            let others = listing.isSiteWide ? Array(site.editions.dropFirst()) : []
            rendered =
                edition.renderer.renderListing(
                    listing, articles: edition.articles, tags: edition.tags, people: edition.people,
                    otherEditions: others
                ).map(Rendered.file)
                ?? .streamed(listing)
        case .reuse(let summary):
            counter.step()
            rendered = .reuse(summary)
        }
        laps.lap()
        // A rendered file's summary is read from it; the others' come from the sink.
        let summary: OutputSummary
        switch rendered {
        case .file(let file):
            summary = OutputSummary(file)
            laps.lap()
            sink.accept(file)
        case .streamed(let listing):
            laps.lap()
            summary = edition.renderer.stream(listing, articles: edition.articles, into: sink)
        case .reuse(let old):
            laps.lap()
            summary = sink.reuse(old)
        }
        laps.lap()
        return (summary, laps.seconds, problem)
    }
}
