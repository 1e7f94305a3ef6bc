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
        lazy var lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        var badges = BadgePlaceholders()
        let html = CMark.html(from: body.text, options: options) { editor in
            for run in editor.textRuns() where run.literal.containsBytes("[@") {
                let references = BadgeReference.find(in: run.literal)
                guard !references.isEmpty else { continue }
                var text = ""
                var cursor = run.literal.startIndex
                var position = (line: run.line, column: Self.scalarColumn(line: lines, lineNumber: run.line, byteColumn: run.column))
                for reference in references {
                    position = Self.locate(reference, in: lines, from: position)
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

    /// Converts cmark-gfm's 1-based byte column on a body line to a 1-based Unicode scalar column.
    private static func scalarColumn(line lines: [Substring], lineNumber: Int, byteColumn: Int) -> Int {
        guard lineNumber >= 1, lineNumber <= lines.count else { return 1 }
        let utf8 = Array(lines[lineNumber - 1].utf8.prefix(max(0, byteColumn - 1)))
        return String(decoding: utf8, as: UTF8.self).unicodeScalars.count + 1
    }

    /// The body line and scalar column of `reference`'s `[@`: the first match at or after `start`, on its line
    /// or the lines that follow (a text run can start before a line break); `start` when none is found.
    private static func locate(_ reference: BadgeReference, in lines: [Substring], from start: (line: Int, column: Int))
        -> (line: Int, column: Int)
    {
        let needle = Array(reference.text.prefix(while: { $0 != ";" && $0 != "]" }).unicodeScalars)
        var lineNumber = max(1, start.line)
        var column = start.column
        while lineNumber <= lines.count {
            let scalars = Array(lines[lineNumber - 1].unicodeScalars)
            var index = max(0, column - 1)
            while index + needle.count <= scalars.count {
                if scalars[index..<index + needle.count].elementsEqual(needle) { return (lineNumber, index + 1) }
                index += 1
            }
            lineNumber += 1
            column = 1
        }
        return start
    }
}
