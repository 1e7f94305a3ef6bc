/// A file the build writes: its path relative to output/, its bytes (UTF-8 text), and what it was made from.
struct OutputFile: Sendable, Hashable {
    /// What an HTML page was made from, so that a problem found in it can be traced to its source.
    struct Origin: Sendable, Hashable {
        /// The theme template that wrote the page's content.
        var template: ThemeTemplate
        /// The internal links written in the page's Markdown body, with where each is written.
        var bodyLinks: [String: SourceLocation]
        /// The image files an article page shows, to copy beside it.
        var images: [ImageFile] = []
    }

    var path: String
    /// The file's UTF-8 bytes, as a template's buffer or a `Site/` writer made them.
    var bytes: [UInt8]
    var origin: Origin?

    init(path: String, contents: String, origin: Origin? = nil) {
        self.init(path: path, bytes: Array(contents.utf8), origin: origin)
    }

    init(path: String, bytes: [UInt8], origin: Origin? = nil) {
        self.path = path
        self.bytes = bytes
        self.origin = origin
    }

    /// The file as text.
    var contents: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
