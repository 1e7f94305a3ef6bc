/// A tag as shown on article and index pages.
struct TagContext: Sendable {
    var name: String
}
