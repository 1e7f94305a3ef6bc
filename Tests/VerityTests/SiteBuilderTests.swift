import Foundation
import Testing
import VerityTheme

@testable import Verity

/// Whole-site builds of the fixture in `Tests/Fixtures/basic-site`, compared with golden files.
@Suite("Site builds")
struct SiteBuilderTests {
    static let fixture = TestSite.repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site")
    static let golden = fixture.appendingPathComponent("expected")
    /// Set `VERITY_RECORD_GOLDEN=1` to rewrite the golden files from the current output.
    static let recording = ProcessInfo.processInfo.environment["VERITY_RECORD_GOLDEN"] == "1"

    @Test("the fixture site matches its golden files")
    func golden() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        var options = site.options
        options.buildDate = 1_764_547_200  // 2025-12-01: the pending-source warning counts days to the build date
        let summary = try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(summary.articles == 2)
        #expect(summary.pages == 2)
        #expect(summary.claims == 2)
        #expect(
            summary.warnings.map(\.description) == [
                "\(DisplayPath.of(site.root))/content/articles/bridge-claim.md:23:13: warning: source 'auditor' "
                    + "is still 'pending' 272 days after the article's date: record its answer, or 'no-response'",
                "\(DisplayPath.of(site.root))/content/articles/bridge-claim.md:43:12: warning: claim is 91 "
                    + "characters long; search engines show at most 75 of ClaimReview's claimReviewed",
                "\(DisplayPath.of(site.root))/content/site.yml:1:1: warning: the site has no page for: funding and "
                    + "ownership, team, methodology, corrections policy, contact, sending claims to check (IFCN's "
                    + "Code of Principles asks a fact-checker to publish them); write them and mark each in its "
                    + "front matter with 'purpose: funding', 'purpose: team', 'purpose: methodology', "
                    + "'purpose: corrections-policy', 'purpose: contact', 'purpose: submit-claims'",
            ])

        // Files copied as they are (static files and theme assets) are compared with their sources, not goldens.
        let copiedFiles = site.files(in: "content/static") + site.files(in: "templates/assets").map { "assets/" + $0 }
        // Share cards' pixels depend on the versions of librsvg, cairo and the font, not only on Verity: they are
        // checked for size and sameness from build to build (ShareCardTests, `deterministic`), not against goldens.
        // `older` has a lead image, which is its share image: it gets no card.
        let cards = ["bridge-claim/share.png"]
        #expect(Set(site.files(in: "output")).isSuperset(of: cards))
        #expect(!site.files(in: "output").contains("older/share.png"))
        let html = site.files(in: "output").filter { !copiedFiles.contains($0) && !cards.contains($0) }
        if Self.recording {
            try? FileManager.default.removeItem(at: Self.golden)
            for path in html {
                let target = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(try site.read("output/" + path).utf8).write(to: target)
            }
        }
        #expect(html == TestSite.allFiles(below: Self.golden), "the set of pages differs from the golden set")
        for path in html {
            let expected = try String(contentsOf: Self.golden.appendingPathComponent(path), encoding: .utf8)
            #expect(
                try site.read("output/" + path) == expected,
                Comment(
                    rawValue: "output/\(path) differs from Tests/Fixtures/basic-site/expected/\(path); rerun with "
                        + "VERITY_RECORD_GOLDEN=1 if the change is intended")
            )
        }
        #expect(Set(site.files(in: "output")).isSuperset(of: copiedFiles))
        #expect(try site.read("output/files/readme.txt") == site.read("content/static/files/readme.txt"))
    }

    @Test("drafts are built only when asked")
    func drafts() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        #expect(!site.files(in: "output").contains("draft-check/index.html"))
        try site.build(drafts: true)
        #expect(site.files(in: "output").contains("draft-check/index.html"))
    }

    @Test("one thread and many threads give byte-identical output")
    func deterministic() throws {
        let one = try TestSite(fixture: "basic-site")
        let many = try TestSite(fixture: "basic-site")
        defer {
            one.remove()
            many.remove()
        }
        try one.build(jobs: 1)
        try many.build(jobs: 8)
        let files = one.files(in: "output")
        #expect(files == many.files(in: "output"))
        for path in files {
            #expect(try one.read("output/" + path) == many.read("output/" + path))
        }
    }

    @Test("many articles rendered on many threads give the same bytes as on one thread")
    func deterministicUnderLoad() throws {
        let one = try TestSite(fixture: "basic-site")
        defer { one.remove() }
        try one.addCopies(of: "content/articles/bridge-claim.md", count: 120)
        try one.build(jobs: 1)
        let expected = try one.files(in: "output").map { try one.read("output/" + $0) }
        for _ in 0..<2 {
            // Without the cache, which would link the unchanged pages instead of rendering them again.
            try one.build(jobs: 8, cache: false)
            let actual = try one.files(in: "output").map { try one.read("output/" + $0) }
            #expect(actual == expected)
        }
    }

    @Test("1,000 articles with strikethrough, autolinks and a table: 8 threads, 3 times, the bytes of one thread")
    func deterministicWithEveryExtension() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.addCopies(of: "content/articles/bridge-claim.md", count: 1000)
        try site.build(jobs: 1)
        let files = site.files(in: "output")
        let expected = try files.map { try site.read("output/" + $0) }
        // Each copy's page has every inline extension rendered: a lost special character shows as `~~` or as
        // a bare `www.` address.
        let copies = zip(files, expected).filter { $0.0.hasPrefix("copy-") && $0.0.hasSuffix(".html") }.map(\.1)
        #expect(copies.count == 1000)
        #expect(copies.allSatisfy { $0.contains("<del>struck</del>") && $0.contains("<table>") })
        #expect(copies.allSatisfy { $0.contains("<a href=\"http://www.example.org\">www.example.org</a>") })
        for _ in 0..<3 {
            // Without the cache, which would link the unchanged pages instead of rendering them again.
            try site.build(jobs: 8, cache: false)
            #expect(site.files(in: "output") == files)
            let actual = try files.map { try site.read("output/" + $0) }
            #expect(zip(actual, expected).filter { $0 != $1 }.count == 0)
        }
    }

    @Test("a good build removes files that no longer belong")
    func staleFilesRemoved() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        try site.write("output/leftover.html", "old")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/older.md"))
        try site.build()
        let files = site.files(in: "output")
        #expect(!files.contains("leftover.html"))
        #expect(!files.contains("older/index.html"))
        #expect(files.contains("bridge-claim/index.html"))
    }

    @Test("a failed build leaves output/ exactly as it was")
    func failedBuildKeepsOutput() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let before = try site.files(in: "output").map { ($0, try site.read("output/" + $0)) }
        try site.write("content/articles/older.md", "---\ntitle: Broken\n---\n")
        #expect(throws: BuildFailure.self) { try site.build() }
        let after = try site.files(in: "output").map { ($0, try site.read("output/" + $0)) }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
        // Nothing is left beside output/ but the build cache of the good build.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [
                ".verity-cache", "content", "output", "templates",
            ])
    }

    @Test("every internal link and anchor in the fixture and the sample site resolves")
    func internalLinks() throws {
        let fixture = try TestSite(fixture: "basic-site")
        defer { fixture.remove() }
        try fixture.build()
        let fixtureBroken = try LinkCheck.brokenLinks(
            in: fixture.root.appendingPathComponent("output"), basePath: "/desk/")
        #expect(fixtureBroken.isEmpty, "broken links: \(fixtureBroken)")

        let sample = try TestSite()
        defer { sample.remove() }
        try FileManager.default.removeItem(at: sample.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("content"),
            to: sample.root.appendingPathComponent("content"))
        let summary = try sample.build()
        #expect(summary.claims >= 6)
        let sampleBroken = try LinkCheck.brokenLinks(in: sample.root.appendingPathComponent("output"))
        #expect(sampleBroken.isEmpty, "broken links: \(sampleBroken)")
    }
}

/// A small checker for relative links and `#anchors` in generated HTML.
enum LinkCheck {
    /// `file: link` for every relative `href`/`src` whose file or `id` does not exist.
    ///
    /// Links starting with `/` are resolved from `basePath` (the path of the site's base URL).
    static func brokenLinks(in output: URL, basePath: String = "/") throws -> [String] {
        let files = TestSite.allFiles(below: output)
        var ids: [String: Set<String>] = [:]
        var pages: [String: String] = [:]
        for path in files where path.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            pages[path] = html
            ids[path] = Set(matches(of: " id=\"", in: html))
        }
        var broken: [String] = []
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            let folder = (path as NSString).deletingLastPathComponent
            for link in matches(of: "href=\"", in: html) + matches(of: "src=\"", in: html) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                var target = String(parts[0])
                var folder = folder
                if target.hasPrefix("/") {
                    guard target.hasPrefix(basePath) else {
                        broken.append("\(path): \(link)")
                        continue
                    }
                    target = String(target.dropFirst(basePath.count))
                    folder = ""
                    if target.isEmpty { target = "./" }
                }
                var resolved = path
                if !target.isEmpty {
                    var components: [Substring] = []
                    for component in (folder.split(separator: "/") + target.split(separator: "/")) {
                        if component == ".." {
                            if components.popLast() == nil { components.append("..") }
                        } else if component != "." {
                            components.append(component)
                        }
                    }
                    if target.hasSuffix("/") || target == "." { components.append("index.html") }
                    resolved = components.joined(separator: "/")
                    guard files.contains(resolved) else {
                        broken.append("\(path): \(link)")
                        continue
                    }
                }
                if parts.count == 2, !(ids[resolved]?.contains(String(parts[1])) ?? false) {
                    broken.append("\(path): \(link)")
                }
            }
        }
        return broken
    }

    private static func matches(of prefix: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let start = rest.range(of: prefix) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            result.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return result
    }
}
