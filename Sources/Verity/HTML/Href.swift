/// A link target for an `href` or `src` attribute, from a value the pipeline checked.
///
/// Templates cannot make one from a `String`: an `Href` is either a path inside the site that `SiteLinks` built
/// (`../claims/`, `#source-reuters`) or a `WebURL` from front matter, which was checked when it was loaded.
public struct Href: Sendable, Hashable {
    /// The link as it goes in the attribute, before escaping.
    public let text: String

    /// A link inside the site, made by the pipeline.
    init(site path: String) {
        text = path
    }

    /// A link to an absolute http(s) URL from front matter.
    public init(_ url: WebURL) {
        text = url.text
    }
}
