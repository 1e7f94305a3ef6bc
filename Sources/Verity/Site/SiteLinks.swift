/// Where the site's pages and files live: output paths, relative links between pages and absolute URLs.
///
/// A page is named by its folder path relative to the site root: `""` for the home page, `"slug/"` for an
/// article, `"tags/nato/"` for a tag page. Links between pages are relative, so the site works from `/` and
/// from a sub-folder; absolute URLs (canonical links, feeds, structured data) start with `base_url`.
///
/// Another edition's pages are below its folder (`fr/`): its `SiteLinks` has that `prefix`, its page paths are
/// relative to the edition's root (`claims/` is `fr/claims/`), and only absolute URLs and output files add the
/// prefix.
struct SiteLinks: Sendable {
    /// `base_url`, ending in `/`.
    let baseURL: String
    /// The edition's folder from the site's root (`Edition.prefix`): `""` for the main edition, `"fr/"`.
    var prefix = ""

    static let tags = "tags/"
    /// Where the authors' pages go (`authors/<slug>/`).
    static let authors = "authors/"
    /// Where the claimants' pages go (`claimants/<id>/`).
    static let claimants = "claimants/"
    static let claims = "claims/"
    static let corrections = "corrections/"
    static let feed = "feed.xml"
    static let correctionsFeed = "corrections/feed.xml"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    static let claimsExport = "claims.json"
    static let claimReviewFeed = "claimreview-feed.json"
    static let search = "search/"
    static let searchIndex = "search.json"
    static let notFound = "404.html"
    static let index = "index.html"
    static let assets = "assets/"

    /// The page path of an article or a standing page.
    static func page(_ slug: String) -> String {
        slug + "/"
    }

    /// The path of an article's image file, copied into the article's page folder.
    static func image(_ file: ImageFile, slug: String) -> String {
        page(slug) + file.href
    }

    /// The share card generated for an article (`ShareCard`), beside its page: `"slug/share.png"`.
    static func shareCard(_ slug: String) -> String {
        page(slug) + "share.png"
    }

    /// The page path of a tag's page.
    static func tag(_ tag: String) -> String {
        tags + tag + "/"
    }

    /// The page path of an author's page.
    static func author(_ slug: String) -> String {
        authors + slug + "/"
    }

    /// The page path of a claimant's page.
    static func claimant(_ id: String) -> String {
        claimants + id + "/"
    }

    /// The folder a paginated listing's later pages go in, below its first page.
    static let pages = "page/"

    /// The page path of page `number` of the listing whose first page is `first`.
    ///
    /// Page 1 is `first` itself, later ones are below it: `first` + `page/2/`, `page/3/` and so on.
    static func listingPage(_ first: String, _ number: Int) -> String {
        number <= 1 ? first : first + pages + "\(number)/"
    }

    /// The shortest relative link from one page path to another: `../3/` from `page/2/` to `page/3/`, `./` to
    /// itself.
    static func link(from pagePath: String, to target: String) -> String {
        let here = pagePath.split(separator: "/")
        let there = target.split(separator: "/")
        var shared = 0
        while shared < min(here.count, there.count), here[shared] == there[shared] { shared += 1 }
        let href = String(repeating: "../", count: here.count - shared) + there[shared...].map { $0 + "/" }.joined()
        return href.isEmpty ? "./" : href
    }

    /// The output file of a page path: `"slug/"` → `"slug/index.html"`.
    static func file(_ pagePath: String) -> String {
        pagePath + "index.html"
    }

    /// The relative path from a page back to the site root: `""`, `"../"`, `"../../"` and so on.
    static func root(from pagePath: String) -> String {
        String(repeating: "../", count: pagePath.split(separator: "/").count)
    }

    /// The absolute URL of a page path or file of the edition.
    func url(_ path: String) -> String {
        baseURL + prefix + path
    }

    /// The absolute URL of a path from the site's root, whatever the edition.
    func siteURL(_ path: String) -> String {
        baseURL + path
    }

    /// The output file of a page path or file of the edition, relative to the output folder.
    func output(_ path: String) -> String {
        prefix + path
    }

    /// The relative path from an edition's page back to the site's root (where `assets/` is), past the
    /// edition's folder: `root(from:)` and one `../` per folder of `prefix`.
    func siteRoot(from pagePath: String) -> String {
        Self.root(from: pagePath) + Self.root(from: prefix)
    }

    /// The path of the edition with folder `folder` from the site's root: `""` for the main edition, `"fr/"`.
    static func editionPrefix(_ folder: String) -> String {
        folder.isEmpty ? "" : folder + "/"
    }

    /// `base_url`'s path (`/` or `/desk/`): the root for pages served at any depth, such as 404.html.
    var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://"),
            let slash = baseURL[schemeEnd.upperBound...].firstIndex(of: "/")
        else { return "/" }
        return String(baseURL[slash...])
    }

    /// An absolute URL for a site path from site.yml such as `/assets/logo.svg` (relative to the site root),
    /// or the value itself when it is already an http(s) URL.
    func resolve(_ sitePath: String) -> String {
        sitePath.hasPrefix("/") ? baseURL + sitePath.dropFirst() : sitePath
    }
}
