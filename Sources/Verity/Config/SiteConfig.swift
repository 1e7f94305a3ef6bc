/// The settings in `content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// The organisation that publishes the fact checks (ClaimReview's author).
    public struct Publisher: Sendable, Hashable {
        public var name: String
        public var url: String
        /// A site path such as `/assets/logo.svg`, or an absolute http(s) URL.
        public var logo: String?
    }

    public var title: String
    /// Absolute http(s) URL, always ending in `/`.
    public var baseURL: String
    /// The main edition's language, served at the site's root.
    public var language: String
    /// Where `language` is written, for the warning about a language with no interface texts.
    var languageLocation = SourceLocation(path: "content/site.yml")
    /// Every edition's language (`languages`), the main one first, then the others as site.yml lists them; just
    /// `language` for a site of one edition.
    public var languages: [String] = []
    public var description: String
    public var publisher: Publisher
    public var defaultAuthor: String?
    /// Whether raw HTML in Markdown is passed through (off by default).
    public var unsafeHTML: Bool
    /// A source dated more than this many days before its article gets a warning (`stale_source_days`).
    public var staleSourceDays = SiteConfig.defaultStaleSourceDays
    /// `stale_source_days` when site.yml does not set it.
    static let defaultStaleSourceDays = 30
    /// How many fact checks a page of the home page or of a tag page lists (`page_size`).
    public var pageSize = SiteConfig.defaultPageSize
    /// How many claims a page of the claims index lists (`claims_page_size`).
    public var claimsPageSize = SiteConfig.defaultClaimsPageSize
    /// Whether articles without a lead image get a generated share card (`share_cards`, on by default).
    public var shareCards = true
    /// Whether bodies and front matter get typographic quotes, dashes and ellipses (`smart_punctuation`, on by
    /// default).
    public var smartPunctuation = true
    /// Tags' names by slug (`tags`): `city-council: City Council`.
    public var tagNames: [String: String] = [:]
    /// Where site.yml names each tag, for the warning about a name no article uses.
    var tagNameLocations: [String: SourceLocation] = [:]
    /// `page_size` when site.yml does not set it: a page a phone scrolls through in a minute or two.
    static let defaultPageSize = 20
    /// `claims_page_size` when site.yml does not set it: a claim's entry is a few lines, shorter than a summary.
    static let defaultClaimsPageSize = 50

    /// The site's authors (`authors`), in site.yml's order: each gets a page, and articles naming one link to it.
    public var authors: [AuthorDefinition] = []

    /// Logo, accent colours and header and footer links (`logo`, `accent_color`, `nav`, `footer_links`…).
    public var branding = SiteBranding()

    /// The verdicts and source statuses the site's articles may use (`verdicts`, `statuses`), with their labels,
    /// colours and ratings: the built-in scale unless site.yml sets its own.
    public var scale = VerdictScale.builtIn

    /// The keys `site.yml` may contain.
    static let keys = [
        "title", "base_url", "language", "description", "publisher", "default_author", "unsafe_html",
        "stale_source_days", "page_size", "claims_page_size", "tags", "share_cards", "smart_punctuation",
        "logo", "accent_color", "accent_color_dark", "nav", "footer_links", "verdicts", "statuses", "languages",
        "authors",
    ]
    /// Smart punctuation in the site's language, or none (`smart_punctuation: false`).
    var punctuation: SmartPunctuation {
        SmartPunctuation(language: language, enabled: smartPunctuation)
    }

    /// The punctuation of the edition whose folder is `folder` (`Edition.folder`: `""` for the main edition, else
    /// its language): the quotation marks of its language.
    func punctuation(forEdition folder: String) -> SmartPunctuation {
        folder.isEmpty ? punctuation : SmartPunctuation(language: folder, enabled: smartPunctuation)
    }

    static let publisherKeys = ["name", "url", "logo"]

    /// The site's editions, the main one (at the site's root) first.
    public var editions: [Edition] {
        (languages.isEmpty ? [language] : languages).map { Edition(language: $0, isMain: $0 == language) }
    }
}
