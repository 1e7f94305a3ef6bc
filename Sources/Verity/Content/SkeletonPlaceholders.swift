/// The texts `generate new` writes for the editor to replace, which a published article may not keep.
///
/// The skeleton is a draft; once `draft: true` is deleted, a front-matter value equal to one of these, or a
/// body line containing one, is an error at its line and column, so that an unedited skeleton cannot go out.
enum SkeletonPlaceholders {
    static let summary = "One sentence: what we checked and what we found."
    static let sourceName = "Name of the source"
    static let claim = "The claim, in one sentence of at most 75 characters."
    static let claimant = "Who made the claim"
    static let conclusion = "What the evidence shows, in one sentence."
    static let opening = "Start with what was claimed, by whom, and why it matters"
    static let findings = "Write what each source told us, with a badge where the text relies on it."

    /// The front-matter values of the skeleton.
    static let values: Set<String> = [summary, sourceName, claim, claimant, conclusion]
    /// The body's sentences, found anywhere in a line.
    static let bodyTexts = [opening, findings]

    /// Records an error for each placeholder still in `fields`' front matter or in `body`.
    static func check(_ fields: YAMLFields, body: MarkdownBody) {
        for node in fields.tree.nodes.indices where fields.tree[node].kind == .scalar {
            guard let text = fields.tree.scalarText(node)?.trimmingWhitespace(), values.contains(text) else {
                continue
            }
            fields.log.error(.skeletonPlaceholder(text), at: fields.location(ofNode: node))
        }
        // Most bodies have neither: skip splitting them into lines.
        guard bodyTexts.contains(where: body.text.containsBytes) else { return }
        for (index, line) in body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for text in bodyTexts {
                guard let range = line.range(of: text) else { continue }
                let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
                fields.log.error(.skeletonPlaceholder(text), at: body.location(line: index + 1, column: column))
            }
        }
    }
}
