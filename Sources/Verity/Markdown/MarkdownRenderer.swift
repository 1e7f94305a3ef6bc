/// Turns an article's or page's Markdown into HTML: GFM, heading ids and inline source badges.
struct MarkdownRenderer: Sendable {
    var options: CMarkOptions

    /// A renderer for site content (smart punctuation on); the GFM conformance test turns `smart` off
    /// and `tableStyleAttributes` off to compare with the spec's HTML.
    init(unsafeHTML: Bool, smart: Bool = true, tableStyleAttributes: Bool = true) {
        options = CMarkOptions(smart: smart, unsafeHTML: unsafeHTML, tableStyleAttributes: tableStyleAttributes)
    }

    /// Renders `body`; `badge` gives the HTML of a declared source's badge. Unknown or malformed badges are recorded in `log`.
    func render(
        _ body: MarkdownBody, sourceIDs: [String], reservedIDs: Set<String>,
        badge: (String) -> String, log: DiagnosticCollector
    ) -> String {
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        let html = CMark.html(from: body.text, options: options) { editor in
            for run in editor.textRuns() where run.literal.contains("[@") {
                let references = BadgeReference.find(in: run.literal)
                guard !references.isEmpty else { continue }
                var pieces: [CMarkPiece] = []
                var cursor = run.literal.startIndex
                var searchColumn = Self.scalarColumn(line: lines, lineNumber: run.line, byteColumn: run.column)
                for reference in references {
                    let (line, column) = Self.locate(reference, in: lines, lineNumber: run.line, from: searchColumn)
                    searchColumn = column + 1
                    let location = body.location(line: line, column: column)
                    pieces.append(.text(String(run.literal[cursor..<reference.range.lowerBound])))
                    cursor = reference.range.upperBound
                    guard !reference.ids.isEmpty else {
                        log.error(.invalidBadgeReference(reference.text), at: location)
                        pieces.append(.text(reference.text))
                        continue
                    }
                    if run.isInsideLink {
                        log.error(.badgeInsideLink(reference.text), at: location)
                        pieces.append(.text(reference.text))
                        continue
                    }
                    var html: [String] = []
                    for id in reference.ids {
                        if sourceIDs.contains(id) {
                            html.append(badge(id))
                        } else {
                            log.error(.unknownSource(id, suggestion: Suggestion.closest(to: id, in: sourceIDs)), at: location)
                        }
                    }
                    pieces.append(.html(html.joined(separator: " ")))
                }
                pieces.append(.text(String(run.literal[cursor...])))
                editor.replace(run, with: pieces.filter { if case .text(let text) = $0 { !text.isEmpty } else { true } })
            }
            // After the badges, so that a badge in a heading is rendered and left out of its id.
            var slugger = HeadingSlugger(reserved: reservedIDs)
            for heading in editor.headings() {
                editor.setID(slugger.id(for: heading.plainText), of: heading)
            }
        }
        return TaskListLabels.apply(to: html)
    }

    /// Converts cmark-gfm's 1-based byte column on a body line to a 1-based Unicode scalar column.
    private static func scalarColumn(line lines: [Substring], lineNumber: Int, byteColumn: Int) -> Int {
        guard lineNumber >= 1, lineNumber <= lines.count else { return 1 }
        let utf8 = Array(lines[lineNumber - 1].utf8.prefix(max(0, byteColumn - 1)))
        return String(decoding: utf8, as: UTF8.self).unicodeScalars.count + 1
    }

    /// The body line and scalar column of `reference`'s `[@`, searching its line from `column` on.
    private static func locate(_ reference: BadgeReference, in lines: [Substring], lineNumber: Int, from column: Int) -> (Int, Int) {
        guard lineNumber >= 1, lineNumber <= lines.count else { return (max(lineNumber, 1), column) }
        let scalars = Array(lines[lineNumber - 1].unicodeScalars)
        let needle = Array(reference.text.prefix(while: { $0 != ";" && $0 != "]" }).unicodeScalars)
        var start = max(0, column - 1)
        while start + needle.count <= scalars.count {
            if Array(scalars[start..<start + needle.count]) == needle { return (lineNumber, start + 1) }
            start += 1
        }
        return (lineNumber, column)
    }
}
