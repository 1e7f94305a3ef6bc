/// A paragraph of a standing page that stands for generated content: `{{verdicts}}` or `{{statuses}}`.
///
/// The marker is the whole paragraph, so the page's text says where the site's scale goes and the scale itself
/// comes from site.yml (or the built-in one), in the site's language.
enum PageMarker: String, CaseIterable, Sendable {
    case verdicts
    case statuses

    /// The marker as written in Markdown.
    var text: String { "{{" + rawValue + "}}" }

    /// The paragraph cmark-gfm makes of the marker, which the renderer replaces.
    var renderedParagraph: String { "<p>" + text + "</p>\n" }

    /// Records an error for each line of `body` that is only a `{{…}}` marker Verity does not know.
    static func check(_ body: MarkdownBody, log: DiagnosticCollector) {
        // Most pages have no marker: skip splitting them into lines.
        guard body.text.containsBytes("{{") else { return }
        let names = allCases.map(\.rawValue)
        for (index, line) in body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingWhitespace()
            guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.count > 4 else { continue }
            let name = String(trimmed.dropFirst(2).dropLast(2)).trimmingWhitespace()
            guard PageMarker(rawValue: name) == nil || trimmed != "{{" + name + "}}" else { continue }
            let column = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count + 1
            log.error(
                .unknownPageMarker(
                    trimmed, suggestion: Suggestion.closest(to: name, in: names).map { "{{" + $0 + "}}" }),
                at: body.location(line: index + 1, column: column))
        }
    }
}
