/// The listing pages: home, tags, the claims index, corrections and the 404 page.
extension PageRenderer {
    /// `summaries` holds each article's summary HTML by slug: for the home page, then for a tag page.
    func renderIndex(_ articles: [Article], summaries: [String: [String]]) -> OutputFile {
        let context = IndexContext(
            siteTitle: config.title, siteDescription: config.description, hasArticles: !articles.isEmpty,
            articles: articles.map { ArticleSummaryContext(article: $0, root: "", html: summaries[$0.slug]?.first ?? "") },
            chart: VerdictChart(claims: articles.flatMap(\.claims)), claimsHref: SiteLinks.claims, root: "")
        let meta = PageMeta(path: "", title: nil, description: config.description)
        return page(.index, context, meta)
    }

    /// The index of every tag used by a published article.
    func renderTagIndex(tags: [(tag: String, articles: [Article])]) -> OutputFile {
        let indexRoot = SiteLinks.root(from: SiteLinks.tags)
        let entries = tags.map { tag, tagged in
            TagIndexContext.Entry(
                name: tag, href: indexRoot + SiteLinks.tag(tag), count: tagged.count, countText: Self.factCheckCount(tagged.count))
        }
        return page(.tags, TagIndexContext(tags: entries, hasTags: !entries.isEmpty, root: indexRoot),
                    PageMeta(path: SiteLinks.tags, title: "Tags", description: "Fact checks by topic."))
    }

    /// The page of one tag: its fact checks (`tagged`, newest first).
    func renderTag(_ tag: String, tagged: [Article], summaries: [String: [String]]) -> OutputFile {
        let path = SiteLinks.tag(tag)
        let root = SiteLinks.root(from: path)
        let context = TagPageContext(
            tag: tag, countText: Self.factCheckCount(tagged.count),
            articles: tagged.map { ArticleSummaryContext(article: $0, root: root, html: summaries[$0.slug]?.last ?? "") },
            tagsHref: root + SiteLinks.tags, root: root)
        let meta = PageMeta(path: path, title: "Tag: \(tag)", description: "Fact checks tagged \(tag).")
        return page(.tag, context, meta)
    }

    private static func factCheckCount(_ count: Int) -> String {
        count == 1 ? "1 fact check" : "\(count) fact checks"
    }

    /// Every claim with its verdict, linking to its card.
    func renderClaims(_ articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.claims)
        let entries = articles.flatMap { article in
            article.claims.map { claim in
                let articleHref = root + SiteLinks.page(article.slug)
                return ClaimsIndexContext.Entry(
                    claim: claim.claim, claimant: claim.claimant, verdict: claim.verdict.rawValue, verdictLabel: claim.verdict.label,
                    verdictIcon: claim.verdict.icon, conclusion: claim.conclusion, href: articleHref + "#" + claim.id,
                    articleTitle: article.title, articleHref: articleHref, dateISO: article.date.text, dateText: article.date.displayText)
            }
        }
        let context = ClaimsIndexContext(
            claims: entries, hasClaims: !entries.isEmpty, countText: entries.count == 1 ? "1 claim" : "\(entries.count) claims",
            chart: VerdictChart(claims: articles.flatMap(\.claims)), exportHref: root + SiteLinks.claimsExport, root: root)
        let meta = PageMeta(path: SiteLinks.claims, title: "All claims", description: "Every claim we checked, with its verdict.")
        return page(.claims, context, meta)
    }

    /// Every entry of every article's updates log, newest first.
    func renderCorrections(_ articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.corrections)
        let updates = articles.flatMap { article in article.updates.enumerated().map { (article, $0.offset, $0.element) } }
            .sorted { lhs, rhs in
                if lhs.2.date != rhs.2.date { return lhs.2.date > rhs.2.date }
                if lhs.0.slug != rhs.0.slug { return lhs.0.slug < rhs.0.slug }
                return lhs.1 > rhs.1
            }
            .map { article, _, update in
                CorrectionsContext.Entry(
                    dateISO: update.date.text, dateText: update.date.displayText, note: update.note,
                    articleTitle: article.title, articleHref: root + SiteLinks.page(article.slug))
            }
        let context = CorrectionsContext(updates: updates, hasUpdates: !updates.isEmpty, root: root)
        let meta = PageMeta(path: SiteLinks.corrections, title: "Corrections and updates",
                            description: "Every correction and update to our fact checks, newest first.")
        return page(.corrections, context, meta)
    }

    /// The page static hosts serve for a missing URL; its links start from `base_url`'s path.
    func renderNotFound() -> OutputFile {
        let root = links.basePath
        let context = NotFoundContext(homeHref: root, claimsHref: root + SiteLinks.claims, root: root)
        let meta = PageMeta(path: "", title: "Page not found", description: config.description, usesBasePath: true)
        return page(.notFound, context, meta)
    }
}
