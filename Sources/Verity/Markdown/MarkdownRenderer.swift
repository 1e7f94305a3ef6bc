import Foundation

/// Turns an article's or page's Markdown into HTML: GFM, heading ids and inline source badges.
struct MarkdownRenderer: Sendable {
    var options: CMarkOptions
    /// The language's quotation marks for the body's text, which cmark-gfm's smart punctuation writes as “ ”.
    var quotes: QuoteStyle

    /// A renderer for site content (smart punctuation on); the GFM conformance test turns `smart` off
    /// and `tableStyleAttributes` off to compare with the spec's HTML.
    init(unsafeHTML: Bool, smart: Bool = true, tableStyleAttributes: Bool = true) {
        options = CMarkOptions(smart: smart, unsafeHTML: unsafeHTML, tableStyleAttributes: tableStyleAttributes)
        quotes = .english
    }

    /// A renderer for site content with `punctuation`: cmark-gfm's smart punctuation and the language's quotation
    /// marks, or neither.
    init(unsafeHTML: Bool, punctuation: SmartPunctuation) {
        self.init(unsafeHTML: unsafeHTML, smart: punctuation.quotes != nil)
        quotes = punctuation.quotes ?? .english
    }

    /// A body rendered to HTML, with a placeholder where each source badge goes.
    struct Output: Sendable {
        var html: String
        /// The source ids of each badge placeholder in `html`.
        var badges: BadgePlaceholders
        /// Each internal link of the body (relative, root-relative or `#anchor`) and where it is written.
        var links: [String: SourceLocation]
        /// The image files the body shows, each once, in the order first written.
        var images: [ImageFile] = []
    }

    /// Renders `body` with the badge HTML `badge` gives for each source id: for tests and tools that want the
    /// finished HTML in one step.
    func render(
        _ body: MarkdownBody, sourceIDs: [String], reservedIDs: Set<String>,
        badge: (String) -> String, log: DiagnosticCollector
    ) -> String {
        let output = render(body, sourceIDs: sourceIDs, reservedIDs: reservedIDs, log: log)
        return output.badges.substitute(in: output.html) { $0.map(badge).joined(separator: " ") }
    }

    /// Renders `body`; unknown or malformed badges are recorded in `log`.
    ///
    /// A badge is written into the text as a placeholder made of private-use characters (a text node is
    /// allowed everywhere, table cells included); the render-templates stage replaces each with the theme's
    /// badge.
    ///
    /// With `images` (an article's body), each image must be a file in content/ that `images` finds, with alt
    /// text; it is written with its width and height, lazily loaded. `names` holds the article's front-matter
    /// image files, which a body image may not share a name with.
    func render(
        _ body: MarkdownBody, sourceIDs: [String], reservedIDs: Set<String>, images resolver: ImageResolver? = nil,
        names: ImageNames = ImageNames(), log: DiagnosticCollector
    ) -> Output {
        // Needed only to locate badges, which most text runs have none of.
        lazy var locator = BadgeLocator(text: body.text)
        var badges = BadgePlaceholders()
        // Internal link destinations as cmark-gfm read them (percent-decoded), with where each is written.
        var written: [String: SourceLocation] = [:]
        var images: [ImageFile] = []
        var names = names
        let declared = Set(sourceIDs)
        let html = CMark.html(from: body.text, options: options) { editor in
            for run in editor.textRuns() where run.literal.containsBytes("[@") {
                let references = BadgeReference.find(in: run.literal)
                guard !references.isEmpty else { continue }
                var text = ""
                var cursor = run.literal.startIndex
                var position = (line: run.line, column: locator.scalarColumn(line: run.line, byteColumn: run.column))
                for reference in references {
                    position = locator.locate(reference, from: position)
                    let location = body.location(line: position.line, column: position.column)
                    position.column += 1
                    text += run.literal[cursor..<reference.range.lowerBound]
                    cursor = reference.range.upperBound
                    if reference.ids.isEmpty {
                        log.error(.invalidBadgeReference(reference.text), at: location)
                        text += reference.text
                    } else if run.isInsideLink {
                        log.error(.badgeInsideLink(reference.text), at: location)
                        text += reference.text
                    } else {
                        var known: [String] = []
                        for id in reference.ids {
                            if declared.contains(id) {
                                known.append(id)
                            } else {
                                log.error(
                                    .unknownSource(id, suggestion: Suggestion.closest(to: id, in: sourceIDs)),
                                    at: location)
                            }
                        }
                        text += badges.add(known)
                    }
                }
                text += run.literal[cursor...]
                editor.setText(text, of: run)
            }
            // The language's quotation marks, before images take their alt text and headings their ids. Code spans
            // and blocks, raw HTML and link destinations are not text runs, so they keep what was typed.
            if quotes != .english {
                var localizer = QuoteStyle.Localizer(quotes)
                var block = -1
                for run in editor.textRuns() {
                    if run.block != block {
                        localizer.endBlock()
                        block = run.block
                    }
                    let text = localizer.localize(run.literal)
                    if text != run.literal { editor.setText(text, of: run) }
                }
            }
            // Where each internal link is written, for the link check's messages; before the headings become
            // HTML blocks, which hide the links inside them. The place is the parser's own position of the
            // link's `[` (`!` for an image), not a search for its destination's text, which can find another
            // link's (`#a` inside `#abc`) and which costs time for every link.
            for link in editor.links() where !link.url.isEmpty && !LinkScanner.isExternal(link.url) {
                let key = LinkScanner.percentDecoded(link.url)
                guard written[key] == nil else { continue }
                let position = locator.position(line: link.line, byteColumn: link.column)
                written[key] = body.location(line: position.line, column: position.column)
            }
            // Before the headings, which are rendered whole with what is inside them.
            if let resolver {
                for image in editor.images() {
                    let position = locator.position(line: image.line, byteColumn: image.column)
                    let location = body.location(line: position.line, column: position.column)
                    let src = LinkScanner.percentDecoded(image.url)
                    if image.alt.trimmingWhitespace().isEmpty {
                        log.error(.missingBodyImageAlt(src), at: location)
                    }
                    switch resolver.resolve(src) {
                    case .file(let file):
                        if let problem = names.add(file, location: location) {
                            log.error(problem, at: location)
                        } else if !images.contains(file) {
                            images.append(file)
                        }
                        editor.replace(image, withHTML: Self.imageHTML(file, alt: image.alt))
                    case .problem(let problem):
                        log.error(problem, at: location)
                        editor.replace(image, withHTML: "")
                    }
                }
            }
            // After the badges, so that a badge in a heading is rendered and left out of its id.
            var slugger = HeadingSlugger(reserved: reservedIDs)
            for heading in editor.headings() {
                editor.setID(slugger.id(for: heading.plainText), of: heading)
            }
        }
        // The characters placeholders are made of cannot be typed into content, but a character reference
        // (`&#xE000;`) decodes to one: a placeholder the editor forged would be filled with a badge anywhere,
        // inside an attribute too. Every placeholder opener in the HTML must be one this renderer put there.
        if badges.openers(in: html) > badges.count {
            let (code, position) = Self.placeholderReference(in: body.text)
            log.error(.controlCharacter(code), at: body.location(line: position.line, column: position.column))
        }
        let rendered = TaskListLabels.apply(to: html)
        // The page's links are read from its HTML (percent-encoded by cmark-gfm): match them to what was written.
        // A link no node gave (raw HTML, a footnote's) points at the body's first line.
        var links: [String: SourceLocation] = [:]
        for link in LinkScanner.idsAndLinks(in: rendered).links {
            links[link] = written[LinkScanner.percentDecoded(link)] ?? body.location(line: 1, column: 1)
        }
        return Output(html: rendered, badges: badges, links: links, images: images)
    }

    /// A body image: below the headline, so loaded lazily; its size is known so the page does not jump.
    static func imageHTML(_ file: ImageFile, alt: String) -> String {
        "<img src=\"\(HTML.escaped(file.href))\" alt=\"\(HTML.escaped(alt))\" width=\"\(file.size.width)\" "
            + "height=\"\(file.size.height)\" loading=\"lazy\" decoding=\"async\">"
    }

    /// The first character reference in `text` to a character placeholders are made of, and where it is
    /// (line and scalar column); U+E000 at the first line when there is none to be found.
    static func placeholderReference(in text: String) -> (code: UInt32, position: (line: Int, column: Int)) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "&#") {
                let digits = rest[start.upperBound...].prefix { $0 != ";" && !$0.isWhitespace }.prefix(12)
                let value =
                    digits.first.map { $0 == "x" || $0 == "X" } == true
                    ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                if let value, BadgePlaceholders.reserved.contains(value) {
                    let column =
                        line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: start.lowerBound) + 1
                    return (value, (index + 1, column))
                }
                rest = rest[start.upperBound...]
            }
        }
        return (BadgePlaceholders.reserved.lowerBound, (1, 1))
    }
}
