import Foundation
import Testing
import VerityTheme

@testable import Verity

/// One article that should give exactly these warnings.
struct WarningCase: CustomTestStringConvertible, Sendable {
    var name: String
    var article: String
    var siteYAML = TestSite.siteYAML
    var expected: [String]
    var testDescription: String { name }
}

/// The build date of the warning cases: 2025-06-30, four days after the valid article's date.
let warningBuildDate = 1_751_241_600

let warningCases: [WarningCase] = [
    WarningCase(name: "a clean article has no warnings", article: validArticle, expected: []),
    WarningCase(
        name: "source with a URL but no archive",
        article: articleText(
            "    date: 2025-06-26\nclaims", "    date: 2025-06-26\n    url: https://example.org/x\nclaims"),
        expected: [
            "\(a):10:10: warning: source 'reuters' has a 'url' but no 'archive': add an archived copy "
                + "(web.archive.org, archive.today) in case the page changes or disappears"
        ]),
    WarningCase(
        name: "source with a URL and an archive",
        article: articleText(
            "    date: 2025-06-26\nclaims",
            "    date: 2025-06-26\n    url: https://example.org/x\n    archive: "
                + "https://web.archive.org/web/2025/https://example.org/x\nclaims"
        ), expected: []),
    WarningCase(
        name: "media rated decontextualized with no original context",
        article: articleText(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    media:\n      type: image\n      url: https://example.org/photo\n"
                + "      archive: https://web.archive.org/x\n      authenticity: decontextualized\n"
                + "      original_url: https://example.org/original\n"),
        expected: [
            "\(a):21:21: warning: media rated 'decontextualized' has no 'original_context': say where, when and by "
                + "whom it was really made, for MediaReview's originalMediaContextDescription"
        ]),
    WarningCase(
        name: "media with no archive",
        article: articleText(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    media:\n      type: audio\n      url: https://example.org/clip\n"
                + "      authenticity: original\n"),
        expected: [
            "\(a):19:12: warning: media has a 'url' but no 'archive': add an archived copy (web.archive.org, "
                + "archive.today) in case the post is deleted"
        ]),
    WarningCase(
        name: "media with an archive and its original context",
        article: articleText(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    media:\n      type: video\n      url: https://example.org/clip\n"
                + "      archive: https://web.archive.org/x\n      appeared_on: 2025-06-20\n"
                + "      authenticity: decontextualized\n      original_context: Filmed in 2019 elsewhere.\n"
                + "      original_url: https://example.org/original\n"),
        expected: []),
    WarningCase(
        name: "source much older than the article",
        article: articleText("    date: 2025-06-26\nclaims", "    date: 2025-04-01\nclaims"),
        expected: [
            "\(a):9:11: warning: source 'reuters' is dated 86 days before the article (more than "
                + "stale_source_days: 30); check that what it said still stands"
        ]),
    WarningCase(
        name: "stale_source_days set in site.yml",
        article: articleText("    date: 2025-06-26\nclaims", "    date: 2025-06-16\nclaims"),
        siteYAML: TestSite.siteYAML + "stale_source_days: 7\n",
        expected: [
            "\(a):9:11: warning: source 'reuters' is dated 10 days before the article (more than "
                + "stale_source_days: 7); check that what it said still stands"
        ]),
    WarningCase(
        name: "claim over 75 characters",
        article: articleText("claim: Something.", "claim: \(String(repeating: "Long claim ", count: 8))"),
        expected: [
            "\(a):12:12: warning: claim is 87 characters long; search engines show at most 75 of ClaimReview's "
                + "claimReviewed"
        ]),
    WarningCase(
        name: "source still pending a week after the article",
        article: articleText("date: 2025-06-26\nsummary", "date: 2025-06-20\nsummary").replacingOccurrences(
            of: "status: confirmed", with: "status: pending"),
        expected: [
            "\(a):8:13: warning: source 'reuters' is still 'pending' 10 days after the article's date: record "
                + "its answer, or 'no-response'"
        ]),
    WarningCase(
        name: "source pending for less than a week", article: articleText("status: confirmed", "status: pending"),
        expected: []),
    WarningCase(
        name: "claims but no badge in the text", article: articleText("Body with [@reuters].", "Body without a badge."),
        expected: [
            "\(a):10:1: warning: the article has claims but its text cites no source: add badges such as "
                + "[@source-id] where the text relies on one"
        ]),
]

/// What an editor does all day: warnings, `check`, `new`, `--watch` and the progress line.
@Suite("Editor's day")
struct EditorTests {
    @Test("warnings point at their line and do not stop the build", arguments: warningCases)
    func warning(_ warningCase: WarningCase) throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", warningCase.siteYAML)
        try site.writeTransparencyPage()
        try site.write(a, warningCase.article)
        var options = site.options
        options.buildDate = warningBuildDate
        let summary = try SiteBuilder(options: options, theme: DefaultTheme()).build()
        let prefix = DisplayPath.of(site.root) + "/"
        #expect(
            summary.warnings.map { $0.description.replacingOccurrences(of: prefix, with: "") } == warningCase.expected)
    }

    @Test("--strict turns warnings into a failed build that writes nothing")
    func strict() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.writeTransparencyPage()
        try site.write(a, articleText("Body with [@reuters].", "Body without a badge."))
        var options = site.options
        options.strict = true
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: options, theme: DefaultTheme()).build() }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
        do {
            _ = try SiteBuilder(options: options, theme: DefaultTheme()).check()
            Issue.record("check should fail with --strict")
        } catch let failure as BuildFailure {
            #expect(failure.description.hasSuffix("1 warning, which --strict counts as errors; nothing was written"))
        }
    }

    @Test("warnings stay the same when the article comes from the build cache; the pending one follows the date")
    func cachedWarnings() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.writeTransparencyPage()
        let text = articleText(
            "    date: 2025-06-26\nclaims", "    date: 2025-04-01\n    url: https://example.org/x\nclaims"
        )
        .replacingOccurrences(of: "claim: Something.", with: "claim: \(String(repeating: "Long claim ", count: 8))")
        .replacingOccurrences(of: "Body with [@reuters].", with: "No badge.")
        .replacingOccurrences(of: "status: confirmed", with: "status: pending")
        try site.write(a, text)
        var options = site.options
        options.buildDate = warningBuildDate
        let first = try SiteBuilder(options: options, theme: DefaultTheme()).build().warnings
        #expect(first.count == 4)
        let page = site.root.appendingPathComponent("output/a/index.html").path
        let firstInode = try #require(try FileManager.default.attributesOfItem(atPath: page)[.systemFileNumber] as? Int)
        let second = try SiteBuilder(options: options, theme: DefaultTheme()).build().warnings
        #expect(second == first)
        // The page was linked from the last build, not rendered again: the article did come from the cache.
        #expect(try FileManager.default.attributesOfItem(atPath: page)[.systemFileNumber] as? Int == firstInode)
        // Ten days later the pending source is overdue: the cached article gets the warning all the same.
        options.buildDate = warningBuildDate + 10 * 86_400
        let later = try SiteBuilder(options: options, theme: DefaultTheme()).build().warnings.map(\.problem)
        #expect(later.contains(.pendingSource("reuters", days: 14)))
        #expect(later.count == 5)
    }

    @Test("check reports what a build would, and never writes the output folder")
    func check() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        let summary = try SiteBuilder(options: site.options, theme: DefaultTheme()).check()
        #expect(summary.articles == 2)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
        try site.write("content/articles/older.md", "---\ntitle: Broken\n")
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: site.options, theme: DefaultTheme()).check() }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
    }

    @Test(
        "new: file names from headlines",
        arguments: [
            ("Did NATO's chief call Trump 'Daddy'?", "did-natos-chief-call-trump-daddy"),
            ("Café prices rose 5% — or 50%?", "cafe-prices-rose-5-or-50"),
            ("  ¿Qué dijo Sánchez?  ", "que-dijo-sanchez"),
            (
                String(repeating: "Very long headline ", count: 6),
                "very-long-headline-very-long-headline-very-long-headline"
            ),
            ("?!", ""),
        ])
    func slug(headline: String, expected: String) {
        #expect(ArticleSkeleton.slug(for: headline) == expected)
    }

    @Test("new: the skeleton is a draft that checks clean, and an existing file is never overwritten")
    func newArticle() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.writeTransparencyPage()
        let headline = "Did the \"mayor\" say \\ that?"
        let file = try ArticleSkeleton.create(
            headline: headline, date: "2025-06-26", contentDirectory: site.root.appendingPathComponent("content"))
        #expect(file.lastPathComponent == "did-the-mayor-say-that.md")
        var options = site.options
        options.buildDate = warningBuildDate
        #expect(
            try SiteBuilder(options: options, theme: DefaultTheme()).check().articles == 0, "a draft is not published")
        options.includeDrafts = true
        let summary = try SiteBuilder(options: options, theme: DefaultTheme()).check()
        #expect(summary.articles == 1)
        #expect(summary.warnings.isEmpty)
        let article = try #require(
            Article.decode(
                SourceFile(path: "x.md", text: try site.read("content/articles/did-the-mayor-say-that.md")),
                defaultAuthor: "Desk", log: DiagnosticCollector()
            ).article)
        #expect(article.title == headline)
        #expect(article.draft)

        try site.write("content/articles/did-the-mayor-say-that.md", "mine")
        #expect(throws: ArticleSkeleton.Failure.exists(DisplayPath.of(file))) {
            try ArticleSkeleton.create(
                headline: headline, date: "2025-06-26", contentDirectory: site.root.appendingPathComponent("content"))
        }
        #expect(try site.read("content/articles/did-the-mayor-say-that.md") == "mine")
        #expect(throws: ArticleSkeleton.Failure.invalidDate("26/06/2025")) {
            try ArticleSkeleton.create(
                headline: "Other", date: "26/06/2025", contentDirectory: site.root.appendingPathComponent("content"))
        }
    }

    @Test("watch: a change rebuilds the page; a half-written file is an error, then the finished file builds")
    func watch() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write(a, validArticle)
        let events = EventLog()
        let watcher = SiteWatcher(options: site.options, theme: DefaultTheme(), pollInterval: 0.05, settleTime: 0.15)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            watcher.run(until: { events.stopped }, report: { events.add($0) })
            finished.signal()
        }
        defer {
            events.stop()
            finished.wait()
        }
        #expect(events.waitFor(count: 1), "no first build")
        #expect(events.descriptions.first?.hasPrefix("built") == true)

        try site.write(a, articleText("title: A check", "title: A changed check"))
        #expect(events.waitFor(count: 2), "no build after the change")
        #expect(try site.read("output/a/index.html").contains("A changed check"))

        // Half-way through a save: the front matter is cut short.
        try site.write(a, String(validArticle.prefix(60)))
        #expect(events.waitFor(count: 3), "no build after the half-written save")
        #expect(events.descriptions.last?.contains("a.md:1:1: error: front matter is not closed") == true)
        #expect(
            try site.read("output/a/index.html").contains("A changed check"), "the failed build left output/ as it was")

        try site.write(a, articleText("title: A check", "title: The finished check"))
        #expect(events.waitFor(count: 4), "no build after the finished save")
        #expect(events.descriptions.last?.hasPrefix("built") == true)
        #expect(try site.read("output/a/index.html").contains("The finished check"))

        // A template's Swift source is compiled into generate: the watcher asks for a rebuild instead of
        // building with the theme it has. A stylesheet is copied: it rebuilds at once.
        let page = try site.read("output/a/index.html")
        try site.write("templates/DefaultTheme+Extra.swift", "// a new template file\n")
        #expect(events.waitFor(count: 5), "no event after the template edit")
        #expect(events.descriptions.last?.hasPrefix("theme ") == true)
        #expect(events.descriptions.last?.hasSuffix("templates/DefaultTheme+Extra.swift") == true)
        #expect(try site.read("output/a/index.html") == page)
        try site.write("templates/assets/style.css", "body { color: black; }\n")
        #expect(events.waitFor(count: 6), "no build after the stylesheet edit")
        #expect(events.descriptions.last?.hasPrefix("built") == true)
        #expect(try site.read("output/assets/style.css") == "body { color: black; }\n")
    }

    /// The watch loop's events, shared between its thread and the test.
    final class EventLog: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [String] = []
        private var isStopped = false

        func add(_ event: SiteWatcher.Event) {
            let text: String
            switch event {
            case .built(let summary): text = "built " + summary.line
            case .failed(let failure): text = "failed " + failure.description
            case .error(let message): text = "error " + message
            case .themeChanged(let files): text = "theme " + files.joined(separator: ", ")
            case .stuck(let failure, _): text = "stuck " + failure.description
            case .restarted(let restart, _): text = "restarted " + restart.files.joined(separator: ", ")
            }
            lock.withLock { events.append(text) }
        }

        var descriptions: [String] { lock.withLock { events } }
        var stopped: Bool { lock.withLock { isStopped } }
        func stop() { lock.withLock { isStopped = true } }

        /// Waits up to 20 seconds for `count` events.
        func waitFor(count: Int) -> Bool {
            for _ in 0..<400 {
                if descriptions.count >= count { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }

    @Test("progress: each stage counts its articles up to the total, in stage order")
    func progress() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.addCopies(of: "content/articles/bridge-claim.md", count: 320)
        let events = Locked<[BuildProgress]>([])
        var options = site.options
        options.progress = { events.add($0) }
        _ = try SiteBuilder(options: options, theme: DefaultTheme()).build()
        let seen = events.all
        let stages = seen.map(\.stage).reduce(into: [BuildStage]()) { if $0.last != $1 { $0.append($1) } }
        #expect(stages == [.validate, .renderMarkdown, .renderTemplates])
        for stage in stages {
            let counts = seen.filter { $0.stage == stage }.map(\.done)
            #expect(counts == counts.sorted())
            #expect(seen.last { $0.stage == stage }?.line.hasSuffix("(100%)") == true)
        }
        #expect(seen.first { $0.stage == .validate }?.total == 324)
        #expect(seen.first { $0.stage == .renderMarkdown }?.total == 322, "published articles only")
    }

    @Test("a diagnostic as a JSON line")
    func jsonLine() {
        let diagnostic = Diagnostic(
            .unknownSource("reutres", suggestion: "reuters"),
            at: SourceLocation(path: "content/articles/x.md", line: 12, column: 7))
        #expect(
            diagnostic.jsonLine
                == #"{"column":7,"line":12,"message":"unknown source 'reutres' (did you mean 'reuters'?)","#
                + #""path":"content/articles/x.md","severity":"error"}"#
        )
        let whole = Diagnostic(.notUTF8(bytes: []), at: SourceLocation(path: "a.md"), severity: .warning)
        #expect(
            whole.jsonLine
                == #"{"message":"file is not valid UTF-8 text; save it as UTF-8","path":"a.md","severity":"warning"}"#)
    }
}
