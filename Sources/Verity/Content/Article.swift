/// A validated fact check: its front matter as typed values and its Markdown body.
public struct Article: Sendable, Hashable {
    public var slug: String
    /// Where the slug came from (the `slug:` value, or the file itself).
    public var slugLocation: SourceLocation
    public var title: String
    public var date: ContentDate
    public var updated: ContentDate?
    public var author: String
    /// The slug of the site.yml author `author` names (by slug or name), whose name `author` then is; `nil` for an
    /// author written in full that site.yml does not define.
    public var authorSlug: String? = nil
    public var summary: String
    /// The tags' slugs, each once, in the order written.
    public var tags: [String]
    /// Each of `tags` as the front matter writes it (`City Council` for `city-council`), and where.
    public var tagSpellings: [TagSpelling]
    public var draft: Bool
    /// Sources in the order they are declared.
    public var sources: [Source]
    public var claims: [Claim]
    public var updates: [Update]
    public var body: MarkdownBody
    /// The lead image, shown under the headline and used as the share image.
    public var image: ImageReference?
    /// The folder of its edition (`Edition.folder`), `""` for the main edition.
    ///
    /// `"fr"` for a file in `content/articles/fr/`. Set by the validate stage from where the file is, not kept in
    /// the build cache.
    public var edition = ""

    /// Its page's path from the site's root: `"slug/"`, or `"fr/slug/"` in another edition.
    var pagePath: String {
        SiteLinks.editionPrefix(edition) + SiteLinks.page(slug)
    }

    /// The declared sources by id, for callers that look up many ids (made on each call: keep it).
    var sourcesByID: [String: Source] {
        Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The article without its Markdown, which is not needed once the body is rendered.
    var withoutBodyText: Article {
        var article = self
        article.body.text = ""
        return article
    }

    /// Every front-matter image of the article: the lead image, then each claim's appearance image.
    var frontMatterImages: [ImageReference] {
        [image].compactMap { $0 } + claims.compactMap(\.appearanceImage)
    }

    /// Its tags' slugs and names: the name site.yml gives (`names`, by slug), else the tag as written here
    /// (validation makes sure every article writes a tag site.yml does not name the same way).
    func namedTags(_ names: [String: String]) -> [(slug: String, name: String)] {
        tagSpellings.map { ($0.slug, names[$0.slug] ?? $0.written) }
    }

    /// The name of its tag `slug`, as `namedTags` gives it; the slug itself when it has no such tag.
    func tagName(_ slug: String, names: [String: String]) -> String {
        names[slug] ?? tagSpellings.first { $0.slug == slug }?.written ?? slug
    }

    /// The latest of `date`, `updated` and the updates log.
    var lastModified: ContentDate {
        // Without building an array: every listing, feed entry and page head asks for it.
        var latest = date
        if let updated, updated > latest { latest = updated }
        for index in updates.indices where updates[index].date > latest { latest = updates[index].date }
        return latest
    }
}
