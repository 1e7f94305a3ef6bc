import Foundation

/// The output of the validate stage: typed, checked articles and pages to publish.
struct ValidatedSite: Sendable {
    /// The site settings, or `nil` when site.yml has errors (the build then fails after reporting everything).
    var config: SiteConfig?
    /// The interface texts of each edition, by its language tag (none when site.yml has errors).
    var texts: [String: InterfaceText] = [:]
    /// Articles to publish, newest first.
    var articles: [Article]
    /// Pages to publish, in navigation order.
    var pages: [Page]
    /// Warnings of each article file, by path (kept in the build cache).
    var warnings: [String: [Diagnostic]]
    /// Bodies of articles whose front matter failed, with their declared source ids: checked for badge errors only.
    var failedBodies: [FailedBody]
    /// What IFCN's Code of Principles asks a page for and no published page is marked as (`purpose:`), for the
    /// warning a build gives when nothing else is wrong; `nil` without a site.yml.
    var missingPurposes: MissingPurposes?

    /// The purposes without a page, and site.yml's path, where the warning points.
    struct MissingPurposes: Sendable {
        var purposes: [PagePurpose]
        var siteFile: String

        /// Records the warning when a purpose is missing: once per build, at site.yml's first line.
        func warn(log: DiagnosticCollector) {
            guard !purposes.isEmpty else { return }
            log.warning(.missingTransparencyPages(purposes), at: SourceLocation(path: siteFile, line: 1, column: 1))
        }
    }

    /// A body whose article could not be built, kept so that all of a file's problems are reported at once.
    struct FailedBody: Sendable {
        var body: MarkdownBody
        var sourceIDs: [String]
    }

    /// Decodes one article file with the site's default author, stale-source limit and smart punctuation: the
    /// article (or, when its front matter fails, the body to check for badge errors) and the file's diagnostics.
    typealias ArticleDecoder =
        @Sendable (
            _ file: SourceFile, _ defaultAuthor: String?, _ authors: [AuthorDefinition], _ staleSourceDays: Int,
            _ scale: VerdictScale?, _ punctuation: SmartPunctuation
        )
        -> (Article.Decoded, [Diagnostic])

    /// Decodes the file's front matter, then gives its texts smart punctuation (after the checks, whose messages
    /// quote the text as typed; the build cache keeps the article as this returns it).
    static let decodeArticle: ArticleDecoder = { file, defaultAuthor, authors, staleSourceDays, scale, punctuation in
        let fileLog = DiagnosticCollector()
        var decoded = Article.decode(
            file, defaultAuthor: defaultAuthor, staleSourceDays: staleSourceDays, scale: scale, authors: authors,
            log: fileLog)
        decoded.article = decoded.article?.punctuated(punctuation)
        return (decoded, fileLog.diagnostics)
    }

    /// Decodes every file with `decode` and checks what spans files (duplicate slugs, names taken by static files).
    ///
    /// The article files are taken out of `loaded` (left empty there), and each file's text is let go as soon as
    /// the file is decoded: the articles keep what they need of it.
    static func validate(
        taking loaded: inout LoadedSite, options: BuildOptions, decode: ArticleDecoder = decodeArticle,
        log: DiagnosticCollector
    ) -> ValidatedSite {
        let jobs = options.jobs
        let config = loaded.siteFile.flatMap { SiteConfig.decode($0, log: log) }
        var texts: [String: InterfaceText] = [:]
        if let config {
            let languages = config.editions.map(\.language)
            InterfaceText.checkFileNames(loaded.translationFiles, siteLanguages: languages, log: log)
            for path in loaded.strayTranslationFiles {
                log.warning(.strayTranslationFile, at: SourceLocation(path: path))
            }
            for language in languages {
                texts[language] = InterfaceText.load(
                    language: language, files: loaded.translationFiles, languageLocation: config.languageLocation,
                    log: log)
                // Built-in verdicts keep English labels in a language Verity has no words for: said once, and
                // only when the interface itself is translated (else the warning above says it all).
                guard texts[language]?.language == InterfaceText.primarySubtag(language) else { continue }
                let unlabelled =
                    config.scale.verdicts.filter { $0.label.text(in: language) == nil }.map(\.key)
                    + config.scale.statuses.filter { $0.label.text(in: language) == nil }.map(\.key)
                if !unlabelled.isEmpty {
                    log.warning(
                        .untranslatedScale(language: language, keys: unlabelled), at: config.languageLocation)
                }
            }
        }
        // When site.yml itself has errors its default author is unknown: do not also blame every article.
        let defaultAuthor = config == nil ? "" : config?.defaultAuthor
        // Each edition's texts get its language's quotation marks.
        let punctuation = config?.punctuation ?? .off
        let editionPunctuation = Dictionary(
            (config?.editions ?? []).filter { !$0.isMain }.compactMap { edition in
                config.map { (edition.folder, $0.punctuation(forEdition: edition.folder)) }
            }, uniquingKeysWith: { first, _ in first })
        let editionFolders = loaded.editionFolders
        let counter = ProgressCounter(.validate, total: loaded.articleFiles.count, report: options.progress)
        let files = loaded.articleFiles.map(Handover.init)
        loaded.articleFiles = []
        let decodedArticles = files.parallelMap(jobs: jobs) { handover in
            defer { counter.step() }
            let file = handover.take() ?? SourceFile(path: "", text: "")
            // When site.yml has errors its scale is unknown: any verdict and status key is taken.
            return decode(
                file, defaultAuthor, config?.authors ?? [],
                config?.staleSourceDays ?? SiteConfig.defaultStaleSourceDays, config?.scale,
                editionFolders[file.path].flatMap { editionPunctuation[$0] } ?? punctuation)
        }
        var articles: [Article] = []
        var failedBodies: [FailedBody] = []
        var warnings: [String: [Diagnostic]] = [:]
        for (decoded, diagnostics) in decodedArticles {
            log.record(diagnostics)
            if let path = decoded.body?.path { warnings[path] = diagnostics.filter { $0.severity == .warning } }
            if var article = decoded.article {
                article.edition = loaded.editionFolders[article.body.path] ?? ""
                articles.append(article)
            } else if let body = decoded.body {
                failedBodies.append(FailedBody(body: body, sourceIDs: decoded.declaredSourceIDs))
            }
        }
        warnPendingSources(articles, buildDate: options.buildDate, log: log)
        resolveImages(&articles, resolver: ImageResolver(contentDirectory: options.contentDirectory), log: log)
        var pages = loaded.pageFiles.compactMap { file in
            var page = Page.decode(file, log: log)
            page?.edition = loaded.editionFolders[file.path] ?? ""
            return page
        }
        var editions: Set<String> = [""]
        if let config {
            editions = checkEditionFolders(loaded.editionFolders, config: config, log: log)
            articles.removeAll { !editions.contains($0.edition) }
            pages.removeAll { !editions.contains($0.edition) }
        }
        // Drafts are checked too, so that publishing one later cannot break the site.
        checkOutputPaths(
            articles.map { ($0.edition, $0.slug, $0.slugLocation) }
                + pages.map { ($0.edition, $0.slug, $0.slugLocation) },
            listings: editions.reduce(into: [:]) { listings, edition in
                listings[edition] = namedListings(
                    articles.filter { $0.edition == edition }, authors: config?.authors ?? [])
            },
            verdicts: config?.scale.verdicts.map(\.key) ?? [], copies: loaded.copies, log: log)
        if let config { checkTagNames(articles, config: config, log: log) }
        if !options.includeDrafts {
            articles.removeAll { $0.draft }
            pages.removeAll { $0.draft }
        }
        let present = Set(pages.flatMap(\.purposes))
        let missingPurposes = PagePurpose.allCases.filter { !present.contains($0) }
        if !options.includeFuture {
            articles.removeAll { $0.date.instant > options.buildDate }
        }
        articles.sort { $0.date != $1.date ? $0.date > $1.date : $0.slug < $1.slug }
        pages.sort { ($0.order, $0.title, $0.slug) < ($1.order, $1.title, $1.slug) }
        // After sorting, so that the navigation's order is the titles' as typed, whatever the punctuation.
        pages = pages.map { $0.punctuated(editionPunctuation[$0.edition] ?? punctuation) }
        return ValidatedSite(
            config: config, texts: texts, articles: articles, pages: pages, warnings: warnings,
            failedBodies: failedBodies,
            missingPurposes: loaded.siteFile.map { .init(purposes: missingPurposes, siteFile: $0.path) })
    }

    /// A source still `pending` a week after its article's date: the only warning that depends on the day of the
    /// build, so it is not kept in the build cache but worked out on every build.
    static let pendingDays = 7

    /// Finds and measures every front-matter image, on every build (cached articles too: a file can change while
    /// its article does not); reports each one that cannot be used at its `src`.
    private static func resolveImages(_ articles: inout [Article], resolver: ImageResolver, log: DiagnosticCollector) {
        for index in articles.indices {
            var names = ImageNames()
            func resolve(_ image: inout ImageReference?) {
                guard let reference = image else { return }
                switch resolver.resolve(reference.src) {
                case .file(let file):
                    if let problem = names.add(file, location: reference.srcLocation) {
                        log.error(problem, at: reference.srcLocation)
                    }
                    image?.file = file
                case .problem(let problem):
                    log.error(problem, at: reference.srcLocation)
                }
            }
            resolve(&articles[index].image)
            for claim in articles[index].claims.indices {
                resolve(&articles[index].claims[claim].appearanceImage)
            }
        }
    }

    private static func warnPendingSources(_ articles: [Article], buildDate: Int, log: DiagnosticCollector) {
        let today = ContentDate.dayNumber(atInstant: buildDate)
        for article in articles {
            let days = today - article.date.dayNumber
            guard days > pendingDays else { continue }
            for source in article.sources where source.status == SourceStatus.pending {
                log.warning(.pendingSource(source.id, days: days), at: source.statusLocation ?? article.slugLocation)
            }
        }
    }

    /// Reports a tag written two ways that site.yml does not name (so that a tag has one name, and an article's
    /// page depends only on its own file and site.yml), and, when nothing failed, names no article uses.
    ///
    /// `articles` are in file-name order, drafts included, so the messages do not depend on `--drafts`.
    private static func checkTagNames(_ articles: [Article], config: SiteConfig, log: DiagnosticCollector) {
        var first: [String: TagSpelling] = [:]
        for article in articles {
            // Per edition: a tag's name is its edition's (its listings are).
            for tag in article.tagSpellings where config.tagNames[tag.slug] == nil {
                let key = SiteLinks.editionPrefix(article.edition) + tag.slug
                if let other = first[key] {
                    if other.written != tag.written {
                        log.error(
                            .tagSpelledDifferently(
                                tag.written, slug: tag.slug, other: other.written, otherLocation: other.location),
                            at: tag.location)
                    }
                } else {
                    first[key] = tag
                }
            }
        }
        // An article that could not be read or decoded may use any tag: only a complete site has unused names.
        guard log.errorCount == 0 else { return }
        let used = Set(articles.flatMap(\.tags))
        for (slug, location) in config.tagNameLocations.sorted(by: { $0.key < $1.key }) where !used.contains(slug) {
            log.warning(
                .unusedTagName(slug, suggestion: Suggestion.closest(to: slug, in: used.sorted())), at: location)
        }
    }

    /// Reports each folder of `content/articles/` or `content/pages/` (`folders`, by file) that is not another
    /// edition's, once, at its first file; returns the editions' folders (`Edition.folder`, `""` for the main one).
    private static func checkEditionFolders(_ folders: [String: String], config: SiteConfig, log: DiagnosticCollector)
        -> Set<String>
    {
        let editions = config.editions.map(\.folder)
        let others = editions.filter { !$0.isEmpty }
        var reported = Set<String>()
        for (path, folder) in folders.sorted(by: { $0.key < $1.key }) where !editions.contains(folder) {
            let shown = path.lastIndex(of: "/").map { String(path[...$0]) } ?? path
            guard reported.insert(shown).inserted else { continue }
            let problem: Problem =
                folder == config.language
                ? .mainEditionFolder(folder: shown, language: folder)
                : .unknownEditionFolder(
                    folder: shown, name: folder, editions: others,
                    suggestion: Suggestion.closest(to: folder, in: others))
            log.error(problem, at: SourceLocation(path: path))
        }
        return Set(editions)
    }

    /// The first page of each tag's, author's and claimant's listing that an edition with `articles` (drafts
    /// included) has: each site.yml author has a page in every edition.
    private static func namedListings(_ articles: [Article], authors: [AuthorDefinition]) -> [SiteOutput] {
        Set(articles.flatMap(\.tags)).sorted().map { SiteOutput.tag($0, [], .first) }
            + authors.map { SiteOutput.author($0.slug, [], .first) }
            + Set(articles.flatMap { $0.claims.compactMap(\.claimantID) }).sorted().map {
                SiteOutput.claimant($0, [], .first)
            }
    }

    /// Reports slugs used twice in an edition or reserved, and copied files that land where something else is
    /// written; `slugs` and `listings` (`namedListings`) are by edition folder (`""` for the main edition),
    /// `verdicts` the scale's keys.
    private static func checkOutputPaths(
        _ slugs: [(edition: String, slug: String, location: SourceLocation)], listings: [String: [SiteOutput]],
        verdicts: [String], copies: [(destination: String, source: URL)], log: DiagnosticCollector
    ) {
        var writers: [String: String] = [:]
        for generated in SiteOutput.fixedFiles + verdicts.map(VerdictIcon.file) {
            writers[generated] = "the generated " + generated
        }
        for (edition, named) in listings {
            let prefix = SiteLinks.editionPrefix(edition)
            let outputs = (edition.isEmpty ? [] : SiteOutput.fixed.filter { !$0.isSiteWide }) + named
            for output in outputs {
                writers[prefix + output.file] = "the generated " + prefix + output.file
            }
        }
        let editionFolders = Set(listings.keys.filter { !$0.isEmpty })
        for copy in copies {
            let path = DisplayPath.of(copy.source)
            if let other = writers[copy.destination]
                ?? (SiteOutput.isLaterListingPage(copy.destination) ? "the generated " + copy.destination : nil)
            {
                log.error(.staticFileConflict(copy.destination, otherPath: other), at: SourceLocation(path: path))
            } else {
                writers[copy.destination] = path
            }
        }
        // The first file or folder directly in content/static/ (or templates/assets/) under each top-level name.
        var topLevel: [String: String] = [:]
        for copy in copies {
            let parts = copy.destination.split(separator: "/", maxSplits: 1)
            guard let name = parts.first.map(String.init), topLevel[name] == nil else { continue }
            let path = DisplayPath.of(copy.source)
            topLevel[name] = parts.count == 1 ? path : String(path.dropLast(parts[1].count))
        }
        // Slugs are an edition's own: the same slug in two editions is one check and its translation.
        var owners: [String: SourceLocation] = [:]
        for (edition, slug, location) in slugs {
            let key = SiteLinks.editionPrefix(edition) + slug
            if SiteOutput.reservedSlugs.contains(slug) || (edition.isEmpty && editionFolders.contains(slug)) {
                log.error(.reservedSlug(slug), at: location)
            } else if edition.isEmpty, let staticPath = topLevel[slug] {
                log.error(.slugTakenByStatic(slug, staticPath: staticPath), at: location)
            } else if let other = owners[key] {
                log.error(
                    .duplicateSlug(slug, other: other, otherIsFileName: Article.isFileNameSlug(other)), at: location)
            } else {
                owners[key] = location
            }
        }
    }
}
