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
}
