/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatterDocument {
    /// The YAML text between the two `---` lines.
    var yaml: String
    /// The Markdown after the closing `---`.
    var body: String
    /// The file's line number of the body's first line.
    var bodyFirstLine: Int

    /// The file line of the YAML's first line (the line after the opening `---`).
    static let yamlFirstLine = 2

    /// Splits `file`, recording a diagnostic and returning `nil` when the `---` lines are missing.
    static func split(_ file: SourceFile, log: DiagnosticCollector) -> FrontMatterDocument? {
        let text = file.text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            log.error(.missingFrontMatter, at: SourceLocation(path: file.path, line: 1, column: 1))
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            log.error(.unclosedFrontMatter, at: SourceLocation(path: file.path, line: 1, column: 1))
            return nil
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        lines.removeFirst(closing + 1)
        return FrontMatterDocument(yaml: yaml, body: lines.joined(separator: "\n"), bodyFirstLine: closing + 2)
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Splits `file`, parses its front matter and checks its top-level keys against `allowedKeys`.
    ///
    /// Returns the keys and the Markdown body, or `nil` after recording why the front matter cannot be read.
    static func read(_ file: SourceFile, allowedKeys: [String], log: DiagnosticCollector) -> (fields: YAMLFields, body: MarkdownBody)? {
        guard let document = split(file, log: log) else { return nil }
        let origin = YAMLFields.Origin(path: file.path, lineOffset: yamlFirstLine - 1)
        let start = SourceLocation(path: file.path, line: 1, column: 1)
        let parsed = YAMLDocument.parse(document.yaml, origin: origin, log: log)
        guard parsed.ok,
              let fields = YAMLFields(parsed.root, name: "front matter", allowedKeys: allowedKeys, origin: origin, log: log, location: start)
        else { return nil }
        return (fields, MarkdownBody(text: document.body, path: file.path, firstLine: document.bodyFirstLine))
    }
}
