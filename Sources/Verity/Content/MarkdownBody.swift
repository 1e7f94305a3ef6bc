/// The Markdown part of a content file and where it starts in the file.
public struct MarkdownBody: Sendable, Hashable {
    public var text: String
    /// The file's path as shown in diagnostics.
    public var path: String
    /// The file line of the body's first line.
    public var firstLine: Int

    /// The file location of a 1-based line and column inside the body.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + firstLine - 1, column: column)
    }
}
