import Foundation

/// What this build can take from the build cache: decoded articles, finished pages and listings.
///
/// The cache is a layer around the stages, not a part of them: `SiteBuilder` asks the plan once, between
/// stages, what can be skipped (a decoder that returns cached articles, the pages and listings to link from
/// the last build), and the stages only ever see fewer inputs.
struct CachePlan: Sendable {
    /// The previous build's cache when it was made from the same templates, site.yml, pages and binary.
    let cache: BuildCache?
    /// Hash of everything every page depends on (templates, site.yml, pages, static files, the binary).
    let globalKey: UInt64
    /// Hash of each article file, by `key(path)`.
    let sourceHashes: [String: UInt64]
    /// Why the cache file was not used, when it could not be read or was damaged (at most one warning).
    ///
    /// Kept apart from the site's own warnings: they concern no content, so `--strict` does not count them (a
    /// strict build that failed for a damaged cache would never replace it).
    let warnings: [Diagnostic]

    init(loaded: LoadedSite, options: BuildOptions, theme: any Theme, jobs: Int) {
        var key = ContentHash()
        // The theme is compiled into the binary: a new build of it is a new binary. Its type and settings
        // count too, for programs that build one site with several themes.
        key.add(Self.binaryIdentity)
        key.add(String(reflecting: theme))
        key.add(loaded.siteFile?.text ?? "")
        for file in loaded.pageFiles {
            key.add(Self.key(file.path))
            key.add(file.text)
        }
        for copy in loaded.copies { key.add(copy.destination) }
        // Which drafts and scheduled articles are built changes the navigation and the listings.
        key.add(options.includeDrafts ? 1 : 0)
        key.add(options.includeFuture ? 1 : 0)
        globalKey = key.value
        let hashes = loaded.articleFiles.parallelMap(jobs: jobs) { ContentHash($0.text).value }
        sourceHashes = Dictionary(
            zip(loaded.articleFiles.map { Self.key($0.path) }, hashes), uniquingKeysWith: { first, _ in first })
        let log = DiagnosticCollector()
        let previous = BuildCache.load(for: options.outputDirectory, log: log)
        warnings = log.diagnostics
        cache = previous?.globalKey == globalKey ? previous : nil
        previousOutputs = previous?.outputs ?? [:]
    }

    /// The cache's name for a content file: its file name, the same whatever folder `generate` runs in.
    static func key(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    /// Content hashes and sizes of the files in the output folder as the last build wrote them.
    let previousOutputs: [String: OutputRecord]

    /// The cached article for `file` when the file is unchanged, with its warnings, or `nil`.
    func cachedArticle(for file: SourceFile) -> (Article, [Diagnostic])? {
        guard let entry = cache?.articles[Self.key(file.path)], entry.sourceHash == sourceHashes[Self.key(file.path)]
        else { return nil }
        guard let document = FrontMatterDocument.split(file, log: DiagnosticCollector()) else { return nil }
        var reader = CacheReader(entry.encodedArticle)
        let body = document.markdownBody(path: file.path)
        guard let article = Article.read(from: &reader, body: body) else { return nil }
        // Paths as this build shows them (generate may run from another folder than last time).
        let warnings = entry.warnings.map { warning in
            var warning = warning
            warning.location.path = file.path
            return warning
        }
        return (article, warnings)
    }

    /// `decode` with the cache in front: an unchanged file's article and warnings come from the cache.
    func decoder(wrapping decode: @escaping ValidatedSite.ArticleDecoder) -> ValidatedSite.ArticleDecoder {
        { file, defaultAuthor, staleSourceDays in
            if let (article, warnings) = cachedArticle(for: file) {
                let decoded = Article.Decoded(
                    article: article, body: article.body, declaredSourceIDs: article.sources.map(\.id))
                return (decoded, warnings)
            }
            return decode(file, defaultAuthor, staleSourceDays)
        }
    }

    /// The cached page of an unchanged article whose file is still in the output folder, or `nil`.
    func cachedPage(for article: Article, outputDirectory: URL) -> OutputSummary? {
        guard let entry = cache?.articles[Self.key(article.body.path)],
            entry.sourceHash == sourceHashes[Self.key(article.body.path)],
            entry.page.path == SiteLinks.file(SiteLinks.page(article.slug)),
            let previous = previousOutputs[entry.page.path],
            previous.matchesFile(at: outputDirectory.appendingPathComponent(entry.page.path).path)
        else { return nil }
        var page = entry.page
        page.bodyLinks = page.bodyLinks.mapValues { location in
            var location = location
            location.path = article.body.path
            return location
        }
        return page
    }

    /// The hash of what the listings are made from: the global key and every published article's front matter
    /// (not its body, so that editing a body does not re-render the listings).
    func listingDigest(_ articles: [Article]) -> UInt64 {
        var digest = ContentHash()
        digest.add(globalKey)
        for article in articles {
            var writer = CacheWriter()
            article.write(to: &writer)
            digest.add(bytes: writer.bytes)
        }
        return digest.value
    }

    /// The cached listings when they were made from the same inputs and are all still in the output folder.
    func cachedListings(digest: UInt64, outputDirectory: URL) -> [OutputSummary]? {
        guard let cache, cache.listingDigest == digest, !cache.listings.isEmpty else { return nil }
        for page in cache.listings {
            guard let previous = previousOutputs[page.path],
                previous.matchesFile(at: outputDirectory.appendingPathComponent(page.path).path)
            else { return nil }
        }
        return cache.listings
    }

    /// The running binary's size and modification time: a new build of `generate` (so of its theme)
    /// invalidates the cache.
    ///
    /// Where the binary cannot be looked at, a value of this process alone: no build then reuses another's work.
    private static let binaryIdentity: UInt64 = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return UInt64.random(in: 1...UInt64.max) }
        return UInt64(truncatingIfNeeded: status.st_size) &* 31 &+ UInt64(truncatingIfNeeded: status.st_mtim.tv_sec)
            &* 1_000_000_007
            &+ UInt64(truncatingIfNeeded: status.st_mtim.tv_nsec)
    }()
}
