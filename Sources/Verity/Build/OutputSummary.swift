/// What the link check needs to know about a generated file, kept after the file itself is written.
struct OutputSummary: Sendable {
    /// The file's path relative to output/.
    var path: String
    /// The `id`s on the page.
    var ids: [String]
    /// Every internal `href` and `src` on the page, each once.
    var links: [String]
    /// The links written in the page's Markdown body, with where each is written (the others come from the
    /// theme).
    var bodyLinks: [String: SourceLocation]
    /// The theme template that wrote the page; `nil` for files that are not HTML pages.
    var template: ThemeTemplate?

    init(_ file: OutputFile) {
        path = file.path
        template = file.origin?.template
        bodyLinks = file.origin?.bodyLinks ?? [:]
        if file.path.hasSuffix(".html") {
            (ids, links) = LinkScanner.idsAndLinks(in: file.bytes)
        } else {
            (ids, links) = ([], [])
        }
    }

    init(path: String, ids: [String], links: [String], bodyLinks: [String: SourceLocation], template: ThemeTemplate?) {
        self.path = path
        self.ids = ids
        self.links = links
        self.bodyLinks = bodyLinks
        self.template = template
    }
}

extension OutputSummary {
    func write(to writer: inout CacheWriter) {
        writer.write(path)
        writer.write(ids)
        writer.write(links)
        writer.write(bodyLinks.count)
        for (link, location) in bodyLinks.sorted(by: { $0.key < $1.key }) {
            writer.write(link)
            writer.write(location.line ?? 0)
            writer.write(location.column ?? 0)
        }
        writer.write(template?.rawValue)
    }

    /// A summary read back from the build cache; its body links' locations carry `bodyPath` as their file.
    static func read(from reader: inout CacheReader, bodyPath: String = "") -> OutputSummary {
        let path = reader.string()
        let ids = reader.strings()
        let links = reader.strings()
        var bodyLinks: [String: SourceLocation] = [:]
        for _ in 0..<max(0, min(reader.int(), 1_000_000)) {
            let link = reader.string()
            let line = reader.int()
            let column = reader.int()
            bodyLinks[link] = SourceLocation(path: bodyPath, line: line, column: column)
        }
        let template = reader.optionalString().flatMap(ThemeTemplate.init(rawValue:))
        return OutputSummary(path: path, ids: ids, links: links, bodyLinks: bodyLinks, template: template)
    }
}
