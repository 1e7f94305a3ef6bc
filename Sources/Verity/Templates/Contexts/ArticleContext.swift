import Mustache

/// What `article.mustache` renders: one fact check.
struct ArticleContext: Sendable {
    /// One entry of the updates log.
    struct UpdateEntry: Sendable {
        var dateISO: String
        var dateText: String
        var note: String
    }

    var title: String
    var dateISO: String
    var dateText: String
    var updatedISO: String?
    var updatedText: String?
    var author: String
    var summary: String
    var tags: [TagContext]
    var hasTags: Bool
    var hasClaims: Bool
    var claims: [ClaimCardContext]
    var bodyHTML: String
    var hasSources: Bool
    var sources: [SourceEntryContext]
    var hasUpdates: Bool
    var updates: [UpdateEntry]
    /// The relative path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String

    /// `badges` holds each source's badge HTML, by source id.
    init(article: Article, bodyHTML: String, root: String, badges: [String: String] = [:]) {
        self.root = root
        title = article.title
        dateISO = article.date.text
        dateText = article.date.displayText
        let modified = article.lastModified
        if modified.isoDate != article.date.isoDate {
            updatedISO = modified.text
            updatedText = modified.displayText
        }
        author = article.author
        summary = article.summary
        tags = article.tags.map { TagContext(name: $0, root: root) }
        hasTags = !tags.isEmpty
        claims = article.claims.map { ClaimCardContext(claim: $0, article: article, badges: badges) }
        hasClaims = !claims.isEmpty
        self.bodyHTML = bodyHTML
        sources = article.sources.map { SourceEntryContext(source: $0, badgeHTML: badges[$0.id] ?? "") }
        hasSources = !sources.isEmpty
        updates = article.updates.map { UpdateEntry(dateISO: $0.date.text, dateText: $0.date.displayText, note: $0.note) }
        hasUpdates = !updates.isEmpty
    }

    /// Ids the article page already uses, which heading ids must not take.
    static func reservedIDs(for article: Article) -> Set<String> {
        PageAnchors.reserved.union(article.claims.map(\.id)).union(article.sources.map { PageAnchors.source($0.id) })
    }
}

extension ArticleContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "dateISO": self.dateISO
        case "dateText": self.dateText
        case "updatedISO": self.updatedISO
        case "updatedText": self.updatedText
        case "author": self.author
        case "summary": self.summary
        case "tags": self.tags
        case "hasTags": self.hasTags
        case "hasClaims": self.hasClaims
        case "claims": self.claims
        case "bodyHTML": self.bodyHTML
        case "hasSources": self.hasSources
        case "sources": self.sources
        case "hasUpdates": self.hasUpdates
        case "updates": self.updates
        case "root": self.root
        default: nil
        }
    }
}

extension ArticleContext.UpdateEntry: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "dateISO": self.dateISO
        case "dateText": self.dateText
        case "note": self.note
        default: nil
        }
    }
}
