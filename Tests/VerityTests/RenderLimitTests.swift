import Foundation
import Testing
import VerityTheme

@testable import Verity

/// cmark-gfm 0.29.0.gfm.6 is slow on some inputs: a document over the time or memory limit fails the build
/// instead of hanging it.
///
/// The slow documents here take cmark-gfm a few seconds of processor time (about 2.5 s on a 2024 laptop core)
/// against a limit of 0.2 s: a slower machine only passes the limit sooner, and the abandoned thread finishes
/// on its own soon after the test. Time is the rendering thread's processor time, so a busy machine changes
/// nothing.
@Suite("Render limits")
struct RenderLimitTests {
    /// Empty lines after a list nested `depth` deep: each one costs cmark-gfm time in proportion to the depth,
    /// in its block parser (which runs outside the inline-parsing lock, so other tests' builds are not held up).
    static func nestedListBody(depth: Int) -> String {
        "Intro.\n\n" + String(repeating: "- ", count: depth) + "x" + String(repeating: "\n", count: depth)
    }

    static let slowArticle = """
        ---
        title: A slow check
        date: 2025-06-26
        summary: One line.
        ---

        """
        + nestedListBody(depth: 15_000)

    /// The file line of the body's list line in `slowArticle`.
    static let listLine = 9

    /// Every file under `output/` with its bytes.
    static func contents(of site: TestSite) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for path in site.files(in: "output") {
            contents[path] = try Data(contentsOf: site.root.appendingPathComponent("output/" + path))
        }
        return contents
    }

    /// The error of a build with `options` that must fail with exactly one.
    static func onlyError(building options: BuildOptions) throws -> Diagnostic {
        let failure = try #require(throws: BuildFailure.self) {
            try SiteBuilder(options: options, theme: DefaultTheme()).build()
        }
        let errors = failure.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        return try #require(errors.first)
    }

    @Test("a document over the time limit fails the build with its line; output/ is left as it was")
    func timeLimit() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let before = try Self.contents(of: site)
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        try site.write("content/articles/slow.md", Self.slowArticle)
        var options = site.options
        options.renderTimeLimit = 0.2
        let error = try Self.onlyError(building: options)
        // Where the block parser was when the time ran out: the list's line or one of the empty lines after it.
        let line = try #require(error.location.line)
        #expect((Self.listLine...Self.listLine + 15_000).contains(line))
        #expect(
            error.description
                == "\(DisplayPath.of(site.root))/content/articles/slow.md:\(line):1: error: this document takes too "
                + "long to render (over 0.2 s); the Markdown parser was still reading this line: simplify the "
                + "structure around it (lists or block quotes nested very deep, a table with very many columns)")
        #expect(try Self.contents(of: site) == before, "output/ changed")
        // No staging folder left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == entries)
    }

    @Test("a document over the memory limit fails the build with the line being read")
    func memoryLimit() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        // 400 columns and 400 one-cell rows: cmark-gfm pads every row to 400 cells (about 40 MB).
        let columns = 400
        let table =
            "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
            + String(repeating: "a\n", count: columns)
        try site.write(
            "content/articles/wide.md",
            "---\ntitle: A wide table\ndate: 2025-06-26\nsummary: One line.\n---\n\n" + table)
        var options = site.options
        options.renderTimeLimit = 60
        options.renderMemoryLimit = 4_000_000
        let error = try Self.onlyError(building: options)
        // The header is line 7, the delimiter row line 8; the rows are lines 9 to 408.
        let line = try #require(error.location.line)
        #expect((7...8 + columns).contains(line))
        #expect(
            error.description
                == "\(DisplayPath.of(site.root))/content/articles/wide.md:\(line):1: error: this document needs too "
                + "much memory to render (over 4 MB); the Markdown parser was still reading this line: simplify the "
                + "structure around it (lists or block quotes nested very deep, a table with very many columns)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
    }

    @Test("each step the rendering can be given up at has its message and place")
    func messages() {
        let body = MarkdownBody(text: "Intro.\n\n![[]()![[]()\nshort\n", path: "content/articles/x.md", firstLine: 7)
        let limits = RenderWatchdog.Limits(seconds: 10, bytes: 1_000_000_000)
        func message(_ step: RenderProgress.Step, memory: Bool = false) -> String {
            RenderedContent.diagnostic(
                RenderWatchdog.Overrun(index: 0, isMemory: memory, step: step, line: 2), body: body, limits: limits
            ).description
        }
        #expect(
            message(.blocks)
                == "content/articles/x.md:8:1: error: this document takes too long to render (over 10 s); the "
                + "Markdown parser was still reading this line: simplify the structure around it (lists or block "
                + "quotes nested very deep, a table with very many columns)")
        #expect(
            message(.inlines)
                == "content/articles/x.md:9:1: error: this document takes too long to render (over 10 s); the "
                + "Markdown parser was still reading links, images and emphasis: look first at this line, the "
                + "longest (12 characters), for long runs of brackets, '*' or '_'")
        #expect(
            message(.html, memory: true)
                == "content/articles/x.md: error: this document needs too much memory to render (over 1000 MB); the "
                + "Markdown parser had read it and was still writing its HTML: look for a table with very many "
                + "columns and rows")
        #expect(
            message(.verity)
                == "content/articles/x.md: error: this document takes too long to render (over 10 s); the Markdown "
                + "parser had finished, so Verity itself is slow on it: please report this, with the file, as a bug")
    }

    @Test("the longest line is counted in Unicode scalars, the first of equals winning")
    func longestLine() {
        #expect(RenderedContent.longestLine(of: "") == (1, 0))
        #expect(RenderedContent.longestLine(of: "ab\nabc\nxyz\n") == (2, 3))
        #expect(RenderedContent.longestLine(of: "é\r\nab") == (1, 2))
    }

    @Test("watch: a build that gave up on a document asks for a restart, naming the file")
    func watchAsksForRestart() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.write("content/articles/slow.md", Self.slowArticle)
        var options = site.options
        options.renderTimeLimit = 0.2
        let watcher = SiteWatcher(options: options, theme: DefaultTheme())
        var events: [SiteWatcher.Event] = []
        watcher.run(restart: nil, until: { !events.isEmpty }, report: { events.append($0) })
        guard case .stuck(let failure, let restart) = events.first else {
            Issue.record("no restart asked for: \(events)")
            return
        }
        #expect(failure.diagnostics.contains { $0.problem == .renderTooSlow(seconds: 0.2, step: .blocks) })
        #expect(restart.files == ["\(DisplayPath.of(site.root))/content/articles/slow.md"])
        #expect(restart.snapshotDigest == SiteWatcher.digest(watcher.snapshot()))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
    }

    @Test("watch: a restarted watcher waits for a change when the files are as the failed build found them")
    func restartedWatcherWaits() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        let watcher = SiteWatcher(options: site.options, theme: DefaultTheme(), pollInterval: 0.05, settleTime: 0.1)
        var events: [String] = []
        let same = WatchRestart(files: ["a.md", "b.md"], snapshotDigest: SiteWatcher.digest(watcher.snapshot()))
        watcher.run(
            restart: same, until: { !events.isEmpty },
            report: { event in
                if case .restarted(let restart, let waiting) = event { events.append("\(restart.files) \(waiting)") }
            })
        #expect(events == ["[\"a.md\", \"b.md\"] true"])
        events = []
        // The files changed since: it says so and builds.
        let changed = WatchRestart(files: ["content/articles/slow.md"], snapshotDigest: "0")
        watcher.run(
            restart: changed, until: { events.count >= 2 },
            report: { event in
                switch event {
                case .restarted(_, let waiting): events.append("restarted \(waiting)")
                case .built: events.append("built")
                default: events.append("other")
                }
            })
        #expect(events == ["restarted false", "built"])
    }

    @Test("a restart survives the trip through the environment")
    func restartEncoding() {
        let restart = WatchRestart(files: ["content/articles/a b.md", "content/pages/c.md"], snapshotDigest: "9f3")
        #expect(WatchRestart(environmentValue: restart.environmentValue) == restart)
        #expect(WatchRestart(environmentValue: "") == nil)
    }
}
