import Foundation

/// One example of the GFM spec files: Markdown and the HTML it should render as.
struct GFMSpecExample {
    /// Which spec file an example comes from and its 1-based number in that file.
    enum ID: Hashable, Comparable, CustomStringConvertible {
        /// An example of `spec.txt` (numbered as on the published spec).
        case spec(Int)
        /// An example of `extensions.txt`.
        case extensions(Int)

        var description: String {
            switch self {
            case .spec(let number): "spec.txt example \(number)"
            case .extensions(let number): "extensions.txt example \(number)"
            }
        }
    }

    var id: ID
    /// The heading the example is under.
    var section: String
    /// The words after `example` on the opening fence (`table`, `disabled`…).
    var extensions: [String]
    /// 1-based line of the opening fence in the spec file.
    var line: Int
    var markdown: String
    var html: String

    /// The spec files' example fence: 32 backticks.
    private static let fence = String(repeating: "`", count: 32)

    /// The examples of a spec file, read the way cmark-gfm's `test/spec_tests.py` reads them.
    static func parse(_ text: String, makeID: (Int) -> ID) -> [GFMSpecExample] {
        var examples: [GFMSpecExample] = []
        var section = ""
        var state = State.prose
        var extensions: [String] = []
        var startLine = 0
        var markdown = ""
        var html = ""
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine) + "\n"
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix(fence + " example") {
                state = .markdown
                extensions = trimmed.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
                startLine = offset + 1
            } else if trimmed == fence {
                state = .prose
                examples.append(
                    GFMSpecExample(
                        id: makeID(examples.count + 1), section: section, extensions: extensions, line: startLine,
                        markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                        html: html.replacingOccurrences(of: "→", with: "\t")))
                markdown = ""
                html = ""
            } else if trimmed == "." {
                state = .html
            } else if state == .markdown {
                markdown += line
            } else if state == .html {
                html += line
            } else if let heading = Self.heading(in: line) {
                section = heading
            }
        }
        return examples
    }

    private enum State { case prose, markdown, html }

    /// The text of an ATX heading line (`#+ ` at the start), as spec_tests.py takes it.
    private static func heading(in line: String) -> String? {
        let hashes = line.prefix(while: { $0 == "#" })
        guard !hashes.isEmpty, line.dropFirst(hashes.count).first == " " else { return nil }
        return line.dropFirst(hashes.count + 1).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
