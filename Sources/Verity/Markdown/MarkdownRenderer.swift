/// Turns an article's or page's Markdown into HTML: GFM, heading ids and inline source badges.
struct MarkdownRenderer: Sendable {
    var options: CMarkOptions

    /// A renderer for site content (smart punctuation on); the GFM conformance test turns `smart` off
    /// and `tableStyleAttributes` off to compare with the spec's HTML.
    init(unsafeHTML: Bool, smart: Bool = true, tableStyleAttributes: Bool = true) {
        options = CMarkOptions(smart: smart, unsafeHTML: unsafeHTML, tableStyleAttributes: tableStyleAttributes)
    }

    /// Renders `body`; `badge` gives the HTML of a declared source's badge. Unknown or malformed badges are recorded in `log`.
    ///
    /// A badge is first written into the text as a placeholder made of private-use characters (a text node is
    /// allowed everywhere, table cells included), and the placeholders are replaced by the badges' HTML after
    /// cmark-gfm has rendered the document.
    func render(
        _ body: MarkdownBody, sourceIDs: [String], reservedIDs: Set<String>,
        badge: (String) -> String, log: DiagnosticCollector
    ) -> String {
        // Needed only to locate badges, which most text runs have none of.
        lazy var locator = BadgeLocator(text: body.text)
        var badges = BadgePlaceholders()
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
                        var html: [String] = []
                        for id in reference.ids {
                            if sourceIDs.contains(id) {
                                html.append(badge(id))
                            } else {
                                log.error(.unknownSource(id, suggestion: Suggestion.closest(to: id, in: sourceIDs)), at: location)
                            }
                        }
                        text += badges.add(html.joined(separator: " "))
                    }
                }
                text += run.literal[cursor...]
                editor.setText(text, of: run)
            }
            // After the badges, so that a badge in a heading is rendered and left out of its id.
            var slugger = HeadingSlugger(reserved: reservedIDs)
            for heading in editor.headings() {
                editor.setID(slugger.id(for: heading.plainText), of: heading)
            }
        }
        return TaskListLabels.apply(to: badges.substitute(in: html))
    }
}
