import Foundation
import Testing
import VerityTheme

@testable import Verity

/// The load, validate, render-templates and write stages on their own.
@Suite("Build stages")
struct StageTests {
    @Test("load: content files are read in name order, the theme's assets listed")
    func load() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write("content/articles/b.md", validArticle)
        try site.write("content/articles/a.md", validArticle)
        try site.write("content/articles/notes.txt", "ignored")
        try site.write("content/static/img/x.png", "png")
        let log = DiagnosticCollector()
        let loaded = LoadedSite.load(site.options, log: log)
        #expect(log.diagnostics.isEmpty)
        #expect(loaded.articleFiles.map(\.baseName) == ["a", "b"])
        #expect(loaded.copies.map(\.destination) == ["assets/search.js", "assets/style.css", "img/x.png"])
    }

    @Test("validate: front matter becomes a typed article with defaults filled in")
    func validate() throws {
        let log = DiagnosticCollector()
        let text = validArticle.replacingOccurrences(of: "  - id: first\n    claim:", with: "  - claim:")
        let decoded = Article.decode(SourceFile(path: "a.md", text: text), defaultAuthor: "Desk", log: log)
        #expect(log.diagnostics.isEmpty)
        let article = try #require(decoded.article)
        #expect(article.slug == "a")
        #expect(article.author == "Desk")
        #expect(article.date.text == "2025-06-26")
        #expect(article.sources.map(\.status) == [.confirmed])
        #expect(article.claims.map(\.id) == ["claim-1"])
        #expect(article.claims.first?.verdict == .false)
        #expect(article.body.firstLine == 17)
        #expect(article.body.text == "Body with [@reuters].\n")
    }

    @Test("validate: CRLF line endings and a byte-order mark are accepted")
    func lineEndings() throws {
        let log = DiagnosticCollector()
        let text = "\u{FEFF}" + validArticle.replacingOccurrences(of: "\n", with: "\r\n")
        let data = Data(text.utf8)
        let decoded = String(validatingUTF8Data: data).map {
            Article.decode(SourceFile(path: "a.md", text: $0), defaultAuthor: "D", log: log)
        }
        #expect(log.diagnostics.isEmpty)
        #expect(decoded?.article?.title == "A check")
    }

    @Test("render templates: pages use relative links from their depth")
    func renderTemplates() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write("content/articles/a.md", validArticle)
        try site.write("content/pages/about.md", "---\ntitle: About\n---\nHi.\n")
        var clock = StageClock()
        let built = try SiteBuilder(options: site.options, theme: DefaultTheme()).render(clock: &clock, staging: nil)
        let files = built.sink.files(in: built.site.pages.map(\.path))
        #expect(
            clock.seconds.map(\.stage) == [.load, .validate, .renderMarkdown, .renderTemplates, .checkLinks, .write])
        #expect(
            files.map(\.path) == [
                "a/index.html", "about/index.html", "claims.json", "claimreview-feed.json", "search.json",
                "claims/index.html", "index.html", "feed.xml", "sitemap.xml", "robots.txt", "tags/index.html",
                "corrections/index.html", "corrections/feed.xml", "search/index.html", "404.html",
                "assets/verdicts/true.svg", "assets/verdicts/mostly-true.svg", "assets/verdicts/mixed.svg",
                "assets/verdicts/mostly-false.svg", "assets/verdicts/false.svg", "assets/verdicts/misleading.svg",
                "assets/verdicts/missing-context.svg", "assets/verdicts/unproven.svg",
            ])
        let index = try #require(files.first { $0.path == "index.html" }?.contents)
        let article = try #require(files.first?.contents)
        #expect(index.contains("href=\"assets/style.css\"") && index.contains("href=\"a/\""))
        #expect(article.contains("href=\"../assets/style.css\"") && article.contains("href=\"../about/\""))
        #expect(
            article.contains("id=\"first\"") && article.contains("id=\"source-reuters\"")
                && article.contains("href=\"#source-reuters\""))
        #expect(article.contains("Reuters · Confirmed"))
    }

    @Test("write: output/ is replaced as a whole and nothing is left beside it")
    func write() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.root.appendingPathComponent("output")
        let writer = OutputWriter(outputDirectory: output)
        for files in [
            [OutputFile(path: "index.html", contents: "one"), OutputFile(path: "a/index.html", contents: "a")],
            [OutputFile(path: "index.html", contents: "two")],
        ] {
            let staging = try writer.makeStaging()
            let sink = OutputSink(staging: staging)
            files.forEach(sink.accept)
            #expect(sink.failure == nil)
            if let leftover = try writer.finish(staging, copies: []).leftover { FileWriting.removeTree(leftover.path) }
        }
        #expect(site.files(in: "output") == ["index.html"])
        #expect(try site.read("output/index.html") == "two")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [
                "content", "output", "templates",
            ])
    }

    @Test("check links: each broken link names its own page, whatever the thread count")
    func brokenLinksNameTheirPage() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        for number in 1...6 {
            try site.write(
                "content/articles/art\(number).md",
                validArticle.replacingOccurrences(of: "Body with [@reuters].", with: "See [x](../nope/) [@reuters]."))
        }
        let expected = (1...6).map {
            "content/articles/art\($0).md:18:5: error: broken link '../nope/' on art\($0)/index.html: "
                + "the site has no nope/"
        }
        for jobs in [1, 2, 3] {
            var options = site.options
            options.jobs = jobs
            let failure = try #require(throws: BuildFailure.self) {
                try SiteBuilder(options: options, theme: DefaultTheme()).build()
            }
            let prefix = DisplayPath.of(site.root) + "/"
            #expect(failure.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") } == expected)
        }
    }
}
