/// A file the build writes: its path relative to output/, its text, and what it was made from.
struct OutputFile: Sendable, Hashable {
    /// What an HTML page was made from, so that a problem found in it can be traced to its source.
    struct Origin: Sendable, Hashable {
        /// The theme template that wrote the page's content.
        var template: ThemeTemplate
        /// The internal links written in the page's Markdown body, with where each is written.
        var bodyLinks: [String: SourceLocation]
    }

    var path: String
    var contents: String
    var origin: Origin?

    init(path: String, contents: String, origin: Origin? = nil) {
        self.path = path
        self.contents = contents
        self.origin = origin
    }
}
