/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatterDocument {
    /// The YAML text between the two `---` lines.
    var yaml: String
    /// The Markdown after the closing `---`.
    var body: String
    /// The file's line number of the body's first line.
    var bodyFirstLine: Int

    /// The body as Markdown to render, located in the file at `path`.
    func markdownBody(path: String) -> MarkdownBody {
        MarkdownBody(text: body, path: path, firstLine: bodyFirstLine)
    }

    /// The file line of the YAML's first line (the line after the opening `---`).
    static let yamlFirstLine = 2

    /// Splits `file`, recording a diagnostic and returning `nil` when the `---` lines are missing.
    ///
    /// Only the front matter's lines are looked at; the body is taken as it is.
    static func split(_ file: SourceFile, log: DiagnosticCollector) -> FrontMatterDocument? {
        let utf8 = file.text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 10) ?? utf8.endIndex
            let line = file.text[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard isFence(line) else { break }
                yamlStart = next
            } else if isFence(line), let yamlStart {
                let yaml = yamlStart < lineStart ? String(file.text[yamlStart..<utf8.index(before: lineStart)]) : ""
                return FrontMatterDocument(yaml: yaml, body: String(file.text[next...]), bodyFirstLine: lineNumber + 1)
            }
            lineStart = next
            lineNumber += 1
        }
        if file.text.allSatisfy(\.isWhitespace) {
            log.error(.emptyFile, at: SourceLocation(path: file.path, line: 1, column: 1))
        } else if yamlStart == nil {
            log.error(.missingFrontMatter, at: SourceLocation(path: file.path, line: 1, column: 1))
        } else {
            log.error(.unclosedFrontMatter, at: SourceLocation(path: file.path, line: 1, column: 1))
        }
        return nil
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Splits `file`, parses its front matter and checks its top-level keys against `allowedKeys`.
    ///
    /// Returns the keys and the Markdown body, or `nil` after recording why the front matter cannot be read.
    static func read(_ file: SourceFile, allowedKeys: [String], log: DiagnosticCollector) -> (
        fields: YAMLFields, body: MarkdownBody
    )? {
        guard let document = split(file, log: log) else { return nil }
        let origin = YAMLFields.Origin(path: file.path, lineOffset: yamlFirstLine - 1)
        let start = SourceLocation(path: file.path, line: 1, column: 1)
        let parsed = YAMLDocument.parse(document.yaml, origin: origin, log: log)
        guard parsed.ok,
            let fields = YAMLFields(
                parsed.tree.root, in: parsed.tree, name: "front matter", allowedKeys: allowedKeys, origin: origin,
                log: log, location: start)
        else { return nil }
        return (fields, document.markdownBody(path: file.path))
    }
}
