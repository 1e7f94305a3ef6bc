/// What a successful build produced, for the one-line report.
public struct BuildSummary: Sendable {
    public var articles: Int
    public var pages: Int
    public var claims: Int
    /// HTML pages written (articles, pages and the index).
    public var htmlFiles: Int
    /// Files copied from `content/static/` and `templates/assets/`.
    public var copiedFiles: Int
    public var seconds: Double
    public var warnings: [Diagnostic]

    /// e.g. `built 5 pages (2 articles, 3 pages) with 9 claims in 0.04 s`.
    public var line: String {
        let milliseconds = Int((seconds * 1000).rounded())
        return "generate: \(htmlFiles) pages (\(articles) article\(articles == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s"), index), "
            + "\(claims) claim\(claims == 1 ? "" : "s"), \(copiedFiles) files copied, in \(milliseconds) ms"
    }
}
