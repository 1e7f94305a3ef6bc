import Mustache

/// What `404.mustache` renders: the page static hosts show for a missing URL.
struct NotFoundContext: Sendable {
    var homeHref: String
    var claimsHref: String
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}

extension NotFoundContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "homeHref": self.homeHref
        case "claimsHref": self.claimsHref
        case "root": self.root
        default: nil
        }
    }
}
