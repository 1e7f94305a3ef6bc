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

    /// Plans the build from `loaded` and the last build's cache (`previous`, read before the content, with
    /// `warnings` saying why none could be used).
    ///
    /// Article files that load left unread (`LoadedSite.unread`) are read now, into `log`, when the cache was
    /// made from other templates, settings or pages and cannot give their articles.
    init(
        loaded: inout LoadedSite, previous: BuildCache?, warnings: [Diagnostic], options: BuildOptions,
        theme: any Theme, jobs: Int, log: DiagnosticCollector
    ) {
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
        for file in loaded.translationFiles {
            key.add(Self.key(file.path))
            key.add(file.text)
        }
        for copy in loaded.copies { key.add(copy.destination) }
        // Which drafts and scheduled articles are built changes the navigation and the listings.
        key.add(options.includeDrafts ? 1 : 0)
        key.add(options.includeFuture ? 1 : 0)
        globalKey = key.value
        self.warnings = warnings
        cache = previous?.globalKey == globalKey ? previous : nil
        if cache == nil { loaded.readUnread(log: log) }
        unread = Set(loaded.unread.keys)
        let files = loaded.articleFiles
        let unread = unread
        let cache = cache
        let hashes = files.parallelMap(jobs: jobs) { file in
            unread.contains(file.path)
                ? cache?.articles[Self.key(file.path)]?.sourceHash ?? 0 : ContentHash(file.text).value
        }
        sourceHashes = Dictionary(
            zip(files.map { Self.key($0.path) }, hashes), uniquingKeysWith: { first, _ in first })
        var stamps: [String: FileStamp] = [:]
        for file in files {
            let stamp =
                unread.contains(file.path) ? cache?.articles[Self.key(file.path)]?.stamp : loaded.stamps[file.path]
            if let stamp { stamps[Self.key(file.path)] = stamp }
        }
        self.stamps = stamps
        previousOutputs = Self.trustedOutputs(previous, outputDirectory: options.outputDirectory)
    }

    /// The cache's record of the files in output/, when output/ is still the folder it describes.
    private static func trustedOutputs(_ cache: BuildCache?, outputDirectory: URL) -> [String: OutputRecord] {
        guard let cache, let folder = cache.outputFolder,
            OutputRecord.FolderIdentity(path: outputDirectory.standardizedFileURL.path) == folder
        else { return [:] }
        return cache.outputs
    }

    /// What `LoadedSite.load` asks of each article file: whether `previous` knows it unchanged.
    ///
    /// That is, the file has the stamp the cache recorded, and its page is still untouched in output/: such a
    /// file need not be read.
    ///
    /// Its page's image files must also be as they were (`imagesUnchanged`).
    static func unchangedTest(_ previous: BuildCache, outputDirectory: URL, images: ImageResolver)
        -> LoadedSite.UnchangedTest
    {
        let outputs = trustedOutputs(previous, outputDirectory: outputDirectory)
        let output = outputDirectory.standardizedFileURL.path
        return { path, stamp in
            guard let entry = previous.articles[key(path)], entry.stamp == stamp,
                let record = outputs[entry.page.path], imagesUnchanged(entry.page.images, resolver: images)
            else { return false }
            return record.matchesFile(at: output + "/" + entry.page.path)
        }
    }

    /// The article files this build did not read (their articles and pages come from the cache), by path.
    let unread: Set<String>
    /// Each article file's stamp, to save, by `key(path)`.
    let stamps: [String: FileStamp]

    /// The cache's name for a content file: its file name, the same whatever folder `generate` runs in.
    static func key(_ path: String) -> String {
        // By bytes: finding a character in a `String` walks its grapheme clusters.
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
    }

    /// Content hashes and sizes of the files in the output folder as the last build wrote them.
    let previousOutputs: [String: OutputRecord]

    /// The cached article for `file` when the file is unchanged, with its warnings, or `nil`.
    func cachedArticle(for file: SourceFile) -> (Article, [Diagnostic])? {
        guard let entry = cache?.articles[Self.key(file.path)], entry.sourceHash == sourceHashes[Self.key(file.path)]
        else { return nil }
        let body: MarkdownBody
        if unread.contains(file.path) {
            // Its page is reused, so its body is never rendered.
            body = MarkdownBody(text: "", path: file.path, firstLine: entry.bodyFirstLine)
        } else {
            guard let document = FrontMatterDocument.split(file, log: DiagnosticCollector()) else { return nil }
            body = document.markdownBody(path: file.path)
        }
        guard let article = entry.article?.placed(in: body) else { return nil }
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
        { file, defaultAuthor, authors, staleSourceDays, scale, punctuation in
            if let (article, warnings) = cachedArticle(for: file) {
                let decoded = Article.Decoded(
                    article: article, body: article.body, declaredSourceIDs: article.sources.map(\.id))
                return (decoded, warnings)
            }
            return decode(file, defaultAuthor, authors, staleSourceDays, scale, punctuation)
        }
    }

    /// Whether each image file a page shows is still there, of the same format and size: its header is read
    /// again (the page writes the size); its bytes are copied again by the write stage when they changed.
    static func imagesUnchanged(_ images: [ImageFile], resolver: ImageResolver) -> Bool {
        images.allSatisfy { image in
            // The resolver takes paths relative to content/articles/; the source is relative to content/.
            guard case .file(let file) = resolver.resolve("../" + image.source) else { return false }
            return file == image
        }
    }

    /// The cached page of an unchanged article whose file and images are still as they were, whose page is still
    /// in the output folder and whose related fact checks look as they did (`relatedDigest`), or `nil`.
    func cachedPage(for article: Article, relatedDigest: UInt64, outputDirectory: URL, images: ImageResolver)
        -> OutputSummary?
    {
        guard let entry = cache?.articles[Self.key(article.body.path)],
            entry.sourceHash == sourceHashes[Self.key(article.body.path)], entry.relatedDigest == relatedDigest,
            entry.page.path == SiteLinks.file(article.pagePath),
            Self.imagesUnchanged(entry.page.images, resolver: images),
            let previous = previousOutputs[entry.page.path],
            // An unread file's page was checked when it was left unread; its body is not there to render again.
            unread.contains(article.body.path)
                || previous.matchesFile(at: outputDirectory.appendingPathComponent(entry.page.path).path)
        else { return nil }
        var page = entry.page
        page.bodyLinks = page.bodyLinks.mapValues { location in
            var location = location
            location.path = article.body.path
            return location
        }
        return page
    }

    /// The Markdown body of an article whose file load left unread (at `path`), read after all.
    ///
    /// Its page was to be reused, but must be made again: its related fact checks changed. `nil`, with the
    /// problem in `log`, when the file cannot be read.
    static func readBody(of article: Article, at path: String, log: DiagnosticCollector) -> MarkdownBody? {
        guard let file = SourceFile.read(URL(fileURLWithPath: path), shownAs: article.body.path, log: log),
            let document = FrontMatterDocument.split(file, log: log)
        else { return nil }
        return document.markdownBody(path: article.body.path)
    }

    /// The hash of what the listings are made from: the global key and every published article's front matter
    /// (not its body, so that editing a body does not re-render the listings).
    func listingDigest(_ articles: [Article]) -> UInt64 {
        var digest = ContentHash()
        digest.add(globalKey)
        for article in articles {
            // Its edition is where its file is, which its encoding leaves out.
            if !article.edition.isEmpty { digest.add(article.edition) }
            // An article from the cache is encoded there already (`write` gives those bytes again).
            let key = Self.key(article.body.path)
            if let entry = cache?.articles[key], entry.sourceHash == sourceHashes[key] {
                digest.add(BuildCache.checksum(entry.encodedArticle))
                continue
            }
            var writer = CacheWriter()
            article.write(to: &writer)
            digest.add(BuildCache.checksum(writer.bytes))
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

    /// The pages whose links the link check must look at, given every page of this build; `nil` for all.
    ///
    /// The last build's pages all passed it. When no page was added or removed and no page's ids changed (so no
    /// link target did: the copied files are part of `globalKey`), only pages whose links changed can have a
    /// broken one, and each is reported exactly as a full check would.
    func pagesToCheck(_ pages: [OutputSummary]) -> Set<String>? {
        guard let cache else { return nil }
        var previous: [String: OutputSummary] = [:]
        previous.reserveCapacity(pages.count)
        for entry in cache.articles.values { previous[entry.page.path] = entry.page }
        for page in cache.listings + cache.standingPages { previous[page.path] = page }
        guard previous.count == pages.count else { return nil }
        var changed = Set<String>()
        for page in pages {
            guard let old = previous[page.path], old.ids == page.ids else { return nil }
            if old.links != page.links { changed.insert(page.path) }
        }
        return changed
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
