/// What a successful build produced, for the one-line report.
public struct BuildSummary: Sendable {
    public var articles: Int
    public var pages: Int
    public var claims: Int
    /// HTML pages written (articles, pages and listings such as the index and tag pages).
    public var htmlFiles: Int
    /// Other generated files: feed, sitemap, robots.txt, claims.json.
    public var siteFiles: Int
    /// Files copied from `content/static/` and `templates/assets/`.
    public var copiedFiles: Int
    /// Problems worth a look that did not stop the build.
    public var warnings: [Diagnostic]
    /// How long each stage took, in stage order.
    public var stageSeconds: [(stage: BuildStage, seconds: Double)]

    /// The whole build's duration.
    public var seconds: Double {
        stageSeconds.reduce(0) { $0 + $1.seconds }
    }

    /// The one-line report of a build.
    ///
    /// For example `generate: 16 pages (2 articles, 3 pages, 11 listings), 4 site files, 12 claims,
    /// 2 files copied, 0 warnings, in 39 ms`.
    public var line: String {
        let listings = htmlFiles - articles - pages
        return
            "generate: \(htmlFiles) pages (\(Self.count(articles, "article")), \(Self.count(pages, "page")), "
            + "\(Self.count(listings, "listing"))), "
            + "\(Self.count(siteFiles, "site file")), \(Self.count(claims, "claim")), \(copiedFiles) files copied, "
            + "\(Self.count(warnings.count, "warning")), in \(Self.milliseconds(seconds))"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The stage times, such as `load 2 ms · validate 4 ms · render Markdown 12 ms · render templates 9 ms`.
    public var stageLine: String {
        stageSeconds.map { "\($0.stage.rawValue) \(Self.milliseconds($0.seconds))" }.joined(separator: " \u{00B7} ")
    }

    private static func milliseconds(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }
}
