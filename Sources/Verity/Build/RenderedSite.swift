import Foundation

/// What the stages up to the link check made: every file of the site, in the staging folder or in memory.
struct RenderedSite: Sendable {
    /// Every generated file's summary (the files themselves are in the staging folder, or in memory).
    var pages: [OutputSummary]
    /// Files copied as they are: destination path relative to output/ → source file.
    var copies: [(destination: String, source: URL)]
    /// The published articles.
    var articles: [Article]
    var standingPages: Int
    var claims: Int
    /// Warnings found on the way (the build goes on).
    var warnings: [Diagnostic]
    /// Each article file's warnings, by path.
    var articleWarnings: [String: [Diagnostic]]
    var listingDigest: UInt64
    /// For each article, the hash of what its page shows of its related fact checks (`RelatedArticles.digest`).
    var relatedDigests: [UInt64]

    /// The cache for the next build: every published article, its page, the listings and the output hashes.
    ///
    /// `folder` is the output folder the outputs are in (`OutputRecord.FolderIdentity`).
    func cacheToSave(
        plan: CachePlan, outputs: [String: OutputRecord], folder: OutputRecord.FolderIdentity? = nil
    ) -> BuildCache {
        let byPath = Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: BuildCache.ArticleEntry] = [:]
        var articlePaths = Set<String>()
        for (article, relatedDigest) in zip(articles, relatedDigests) {
            let pagePath = SiteLinks.file(article.pagePath)
            articlePaths.insert(pagePath)
            let key = CachePlan.key(article.body.path)
            guard let page = byPath[pagePath], let hash = plan.sourceHashes[key] else { continue }
            // The last cache's entry, when nothing in it changed, goes into the new one as it is.
            if let old = plan.cache?.articles[key], old.stored != nil, old.sourceHash == hash,
                old.stamp == plan.stamps[key], old.bodyFirstLine == article.body.firstLine, old.page.isStored(as: page),
                old.relatedDigest == relatedDigest
            {
                entries[key] = old
                continue
            }
            var writer = CacheWriter()
            article.write(to: &writer)
            let warnings = articleWarnings[article.body.path] ?? []
            entries[key] = BuildCache.ArticleEntry(
                sourceHash: hash, encodedArticle: writer.bytes, warnings: warnings, page: page,
                bodyFirstLine: article.body.firstLine, stamp: plan.stamps[key], relatedDigest: relatedDigest)
        }
        let listings = pages.filter { !articlePaths.contains($0.path) && $0.template != .standingPage }
        return BuildCache(
            globalKey: plan.globalKey, listingDigest: listingDigest, articles: entries, listings: listings,
            outputs: outputs, standingPages: pages.filter { $0.template == .standingPage }, outputFolder: folder)
    }

    /// The one-line report of this site, with the stages' durations.
    func summary(stageSeconds: [(stage: BuildStage, seconds: Double)]) -> BuildSummary {
        let htmlFiles = pages.filter { $0.path.hasSuffix(".html") }.count
        return BuildSummary(
            articles: articles.count, pages: standingPages, claims: claims, htmlFiles: htmlFiles,
            siteFiles: pages.count - htmlFiles, copiedFiles: copies.count, warnings: warnings,
            stageSeconds: stageSeconds)
    }
}
