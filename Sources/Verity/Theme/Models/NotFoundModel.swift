/// What the 404 template reads; its links start from `base_url`'s path, since the page is served at any URL.
public struct NotFoundModel: Sendable {
    public var homeHref: Href
    public var claimsHref: Href
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
