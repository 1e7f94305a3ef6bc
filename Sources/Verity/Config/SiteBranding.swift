/// The look a desk sets in `site.yml` without touching the theme: logo, accent colours, header and footer links.
public struct SiteBranding: Sendable, Hashable {
    /// The image shown in the header before the site's title (`logo`).
    public struct Logo: Sendable, Hashable {
        /// A path from the site's root such as `/files/logo.svg`, or an http(s) URL.
        public var src: String
        public var alt: String
        public var width: Int?
        public var height: Int?
        /// Where `src` (or the publisher's logo it falls back on) is written, for a broken link to it.
        var location: SourceLocation?
    }

    /// A link a desk adds to the header or footer: its text and a site path (`/about/`) or an http(s) URL.
    public struct Link: Sendable, Hashable {
        public var title: String
        public var href: String
        /// Where `href` is written, for a broken link to it.
        var location: SourceLocation?
    }

    /// One entry of the header navigation (`nav`).
    public enum NavItem: Sendable, Hashable {
        /// The standing pages, in their order.
        case pages
        case claims
        case tags
        case corrections
        case search
        case feed
        case link(Link)

        /// The words that name the built-in entries in site.yml.
        static let keywords: [(String, NavItem)] = [
            ("pages", .pages), ("claims", .claims), ("tags", .tags), ("corrections", .corrections),
            ("search", .search), ("feed", .feed),
        ]
    }

    public var logo: Logo?
    /// The link and accent colour on the light page (`accent_color`); `nil` keeps the theme's.
    public var accentColor: HexColor?
    /// The same on the dark page (`accent_color_dark`); `nil` keeps the theme's dark link colour.
    public var accentColorDark: HexColor?
    /// The header navigation, in order: by default only the standing pages.
    public var nav: [NavItem] = [.pages]
    /// Links added to the footer after the built-in ones (`footer_links`).
    public var footerLinks: [Link] = []

    /// Where site.yml writes each link into the site, by the path it leads to from the site's root (`about/`,
    /// `files/logo.svg`), so that the link checker can report a broken one there.
    var sitePathLocations: [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        var written: [(String, SourceLocation?)] = nav.compactMap {
            if case .link(let link) = $0 { (link.href, link.location) } else { nil }
        }
        written += footerLinks.map { ($0.href, $0.location) }
        if let logo { written.append((logo.src, logo.location)) }
        for case (let href, let location?) in written where href.hasPrefix("/") {
            let path = LinkScanner.percentDecoded(String(href.dropFirst().prefix { $0 != "#" && $0 != "?" }))
            if result[path] == nil { result[path] = location }
        }
        return result
    }

    /// The page backgrounds of the default theme, which an accent colour must stand out from.
    static let lightBackground = HexColor(red: 0xff, green: 0xff, blue: 0xff)
    static let darkBackground = HexColor(red: 0x14, green: 0x14, blue: 0x14)
    /// WCAG AA's contrast for normal-size text (links), in tenths: 4.5:1.
    static let minimumContrastTenths = 45
    /// The keys of a `logo` mapping and of a header or footer link.
    static let logoKeys = ["src", "alt", "width", "height"]
    static let linkKeys = ["title", "href"]
}
