/// What `404.mustache` renders: the page static hosts show for a missing URL.
struct NotFoundContext: Sendable {
    var homeHref: String
    var claimsHref: String
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}
