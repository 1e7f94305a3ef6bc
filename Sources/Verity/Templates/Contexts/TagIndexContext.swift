/// What `tags.mustache` renders: every tag with its number of fact checks.
struct TagIndexContext: Sendable {
    /// One tag in the index.
    struct Entry: Sendable {
        var name: String
        var href: String
        var count: Int
        var countText: String
    }

    var tags: [Entry]
    var hasTags: Bool
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}
