/// What a successful build produced, for the one-line report.
public struct BuildSummary: Sendable {
    public var articles: Int
    public var pages: Int
    public var claims: Int
    /// HTML pages written (articles, pages and the index).
    public var htmlFiles: Int
    /// Files copied from `content/static/` and `templates/assets/`.
    public var copiedFiles: Int
    /// How long each stage took, in stage order.
    public var stageSeconds: [(stage: BuildStage, seconds: Double)]

    /// The whole build's duration.
    public var seconds: Double {
        stageSeconds.reduce(0) { $0 + $1.seconds }
    }

    /// e.g. `generate: 6 pages (2 articles, 3 pages, index), 12 claims, 2 files copied, in 39 ms`.
    public var line: String {
        "generate: \(htmlFiles) pages (\(articles) article\(articles == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s"), index), "
            + "\(claims) claim\(claims == 1 ? "" : "s"), \(copiedFiles) files copied, in \(Self.milliseconds(seconds))"
    }

    /// e.g. `load 2 ms · validate 4 ms · render Markdown 12 ms · render templates 9 ms · write 6 ms`.
    public var stageLine: String {
        stageSeconds.map { "\($0.stage.rawValue) \(Self.milliseconds($0.seconds))" }.joined(separator: " \u{00B7} ")
    }

    private static func milliseconds(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }
}
