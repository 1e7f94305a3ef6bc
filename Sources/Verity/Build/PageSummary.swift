/// What the link check needs to know about a generated page, kept after the page itself is written.
struct PageSummary: Sendable {
    /// The page's path relative to output/.
    var path: String
    /// The `id`s on the page.
    var ids: [String]
    /// Every `href` and `src` on the page.
    var links: [String]
    /// The links written in the page's Markdown body (the others come from templates).
    var bodyLinks: Set<String>
    var origin: OutputFile.Origin?

    init(_ file: OutputFile) {
        path = file.path
        origin = file.origin.map { OutputFile.Origin(template: $0.template, body: $0.body, bodyHTML: nil) }
        guard file.path.hasSuffix(".html") else {
            ids = []
            links = []
            bodyLinks = []
            return
        }
        (ids, links) = HTMLAttributes.idsAndLinks(in: file.contents)
        if let bodyHTML = file.origin?.bodyHTML {
            bodyLinks = Set(HTMLAttributes.idsAndLinks(in: bodyHTML).links)
        } else {
            bodyLinks = []
        }
    }
}

extension PageSummary {
    /// A summary read back from the build cache; an article page's body is attached by the caller.
    init(path: String, ids: [String], links: [String], bodyLinks: Set<String>, origin: OutputFile.Origin?) {
        self.path = path
        self.ids = ids
        self.links = links
        self.bodyLinks = bodyLinks
        self.origin = origin
    }

    func write(to writer: inout CacheWriter) {
        writer.write(path)
        writer.write(ids)
        writer.write(links)
        writer.write(bodyLinks.sorted())
        writer.write(origin?.template.rawValue)
    }

    static func read(from reader: inout CacheReader) -> PageSummary {
        let path = reader.string()
        let ids = reader.strings()
        let links = reader.strings()
        let bodyLinks = Set(reader.strings())
        let template = reader.optionalString().flatMap(TemplateSet.Name.init(rawValue:))
        return PageSummary(path: path, ids: ids, links: links, bodyLinks: bodyLinks,
                           origin: template.map { OutputFile.Origin(template: $0, body: nil, bodyHTML: nil) })
    }
}
