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
    /// The image files an article page shows, copied beside it; kept so that a page reused from the cache still
    /// has them copied, and is made again when one of them changes.
    var images: [ImageFile] = []

    init(_ file: OutputFile) {
        path = file.path
        template = file.origin?.template
        bodyLinks = file.origin?.bodyLinks ?? [:]
        images = file.origin?.images ?? []
        if file.path.hasSuffix(".html") {
            (ids, links) = LinkScanner.idsAndLinks(in: file.bytes)
        } else {
            (ids, links) = ([], [])
        }
    }

    init(
        path: String, ids: [String], links: [String], bodyLinks: [String: SourceLocation], template: ThemeTemplate?,
        images: [ImageFile] = []
    ) {
        self.images = images
        self.path = path
        self.ids = ids
        self.links = links
        self.bodyLinks = bodyLinks
        self.template = template
    }
}

extension OutputSummary {
    /// Whether `other` is written into the cache as this summary is (the body links' file is not stored).
    func isStored(as other: OutputSummary) -> Bool {
        path == other.path && ids == other.ids && links == other.links && template == other.template
            && images == other.images
            && bodyLinks.count == other.bodyLinks.count
            && bodyLinks.allSatisfy { link, location in
                other.bodyLinks[link].map { $0.line == location.line && $0.column == location.column } ?? false
            }
    }

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
        writer.write(images.count)
        for image in images {
            writer.write(image.source)
            writer.write(image.name)
            writer.write(image.format.rawValue)
            writer.write(image.size.width)
            writer.write(image.size.height)
        }
    }

    /// A summary read back from the build cache; its body links' locations carry `bodyPath` as their file.
    static func read(from reader: inout CacheReader, bodyPath: String = "") -> OutputSummary {
        let pathStart = reader.offset
        let path = reader.string()
        // The path names a file to link into the staging folder: it must stay inside it.
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || path.utf8.contains(0)
            || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
        {
            reader.fail("a file path outside the output folder", at: pathStart)
        }
        let ids = reader.strings()
        let links = reader.strings()
        let bodyLinks = reader.list { reader in
            (link: reader.string(), line: reader.lineOrColumn(), column: reader.lineOrColumn())
        }
        let templateStart = reader.offset
        let templateName = reader.optionalString()
        let template = templateName.flatMap(ThemeTemplate.init(rawValue:))
        if templateName != nil, template == nil { reader.fail("an unknown template", at: templateStart) }
        let images = reader.list { reader -> ImageFile? in
            let start = reader.offset
            let source = reader.string()
            let name = reader.string()
            let format = reader.value(ImageFormat.self, "image format")
            let width = reader.int(in: 1...Int(Int32.max), "image width")
            let height = reader.int(in: 1...Int(Int32.max), "image height")
            // The name is a file to copy into the page's folder, the source one to read inside content/.
            guard let format, !name.isEmpty, !name.contains("/"), name != "..", !source.hasPrefix("/"),
                !source.split(separator: "/").contains("..")
            else {
                reader.fail("an image path outside its folder", at: start)
                return nil
            }
            return ImageFile(
                source: source, name: name, format: format, size: ImageDimensions(width: width, height: height))
        }
        return OutputSummary(
            path: path, ids: ids, links: links,
            bodyLinks: Dictionary(
                bodyLinks.map { ($0.link, SourceLocation(path: bodyPath, line: $0.line, column: $0.column)) },
                uniquingKeysWith: { first, _ in first }),
            template: template, images: images.compactMap { $0 })
    }
}
