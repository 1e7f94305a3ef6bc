import Foundation
import Testing
import VerityTheme

@testable import Verity

/// Rebuilds that reuse the build cache give exactly what a clean build gives, and leave unchanged files alone.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// Every output file's path and text.
    func snapshot(_ site: TestSite, _ folder: String = "output") throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try site.files(in: folder).map { ($0, try site.read(folder + "/" + $0)) })
    }

    /// Builds `site` from scratch, without the cache, into `clean/` and returns its files.
    func cleanBuild(_ site: TestSite, theme: any Theme = DefaultTheme()) throws -> [String: String] {
        var options = site.options
        options.outputDirectory = site.root.appendingPathComponent("clean")
        options.useCache = false
        try? FileManager.default.removeItem(at: options.outputDirectory)
        try SiteBuilder(options: options, theme: theme).build()
        return try snapshot(site, "clean")
    }

    func modificationTime(_ site: TestSite, _ path: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: site.root.appendingPathComponent("output/" + path).path)[
            .modificationDate] as? Date
    }

    @Test("edits, additions and removals rebuilt incrementally equal a clean build")
    func incrementalEqualsFull() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        // A body edit, a front-matter edit, a new article and a removed one.
        let bridge = try site.read("content/articles/bridge-claim.md")
        try site.write(
            "content/articles/bridge-claim.md", bridge.replacingOccurrences(of: "in short.", with: "in brief."))
        let older = try site.read("content/articles/older.md")
        try site.write(
            "content/articles/older.md",
            older.replacingOccurrences(of: "title: An older check", with: "title: A renamed check"))
        try site.write(
            "content/articles/new-check.md",
            "---\ntitle: New\ndate: 2025-05-01\nsummary: Fresh.\ntags: [transport]\n---\nNew body.\n")
        try site.build()
        #expect(try snapshot(site) == cleanBuild(site))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/new-check.md"))
        try site.build()
        #expect(try snapshot(site) == cleanBuild(site))
        #expect(!site.files(in: "output").contains("new-check/index.html"))
    }

    @Test("an edit of a claim's title, page or appearances rebuilds its page and claimreview-feed.json")
    func claimReviewFieldsRebuilt() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let bridge = try site.read("content/articles/bridge-claim.md")
        try site.write(
            "content/articles/bridge-claim.md",
            bridge.replacingOccurrences(of: "Mayor of Fixture City", with: "Former mayor")
                .replacingOccurrences(of: "date: 2024-12-31", with: "date: 2025-03-02"))
        try site.build()
        let feed = try site.read("output/claimreview-feed.json")
        #expect(feed.contains(#""jobTitle":"Former mayor""#))
        #expect(feed.contains(#""datePublished":"2025-03-02""#))
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("an article's author or a claim's claimant id, edited, rebuilds the author's and claimant's pages")
    func peopleRebuilt() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let older = try site.read("content/articles/older.md")
        try site.write(
            "content/articles/older.md",
            older.replacingOccurrences(of: "---\ntitle:", with: "---\nauthor: ana-editor\ntitle:"))
        try site.build()
        // The fixture lists one check a page: the older one is on the author's second page.
        #expect(try site.read("output/authors/ana-editor/index.html").contains("2 fact checks"))
        #expect(try site.read("output/authors/ana-editor/page/2/index.html").contains("older/"))
        #expect(try snapshot(site) == cleanBuild(site))
        let bridge = try site.read("content/articles/bridge-claim.md")
        try site.write(
            "content/articles/bridge-claim.md",
            bridge.replacingOccurrences(of: "claimant_id: the-mayor", with: "claimant_id: fixture-mayor"))
        try site.build()
        #expect(!site.files(in: "output").contains("claimants/the-mayor/index.html"))
        #expect(try site.read("output/claimants/fixture-mayor/index.html").contains("<h1>The mayor</h1>"))
        #expect(try site.read("output/bridge-claim/index.html").contains("../claimants/fixture-mayor/"))
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("an author's entry in site.yml, edited, rebuilds their page and their articles' pages")
    func authorEntryRebuilt() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let yml = try site.read("content/site.yml")
        try site.write("content/site.yml", yml.replacingOccurrences(of: "Senior fact-checker", with: "Chief editor"))
        try site.build()
        #expect(try site.read("output/bridge-claim/index.html").contains(#""jobTitle":"Chief editor""#))
        #expect(try site.read("output/authors/ana-editor/index.html").contains("Chief editor"))
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("a change of theme or of site.yml rebuilds what depends on it")
    func globalChanges() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        // A theme is compiled into the binary; another theme (or another build of one) is another cache key.
        let edited = EditedTheme(marker: "edited")
        try site.build(theme: edited)
        #expect(try site.read("output/bridge-claim/index.html").contains("<p class=\"edited\"></p>"))
        #expect(try snapshot(site) == cleanBuild(site, theme: edited))
        try site.build()
        #expect(try !site.read("output/bridge-claim/index.html").contains("edited"))
        #expect(try snapshot(site) == cleanBuild(site))
        let config = try site.read("content/site.yml")
        try site.write(
            "content/site.yml", config.replacingOccurrences(of: "title: Fixture Desk", with: "title: Renamed Desk"))
        try site.build()
        #expect(try site.read("output/older/index.html").contains("Renamed Desk"))
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("files whose bytes do not change are not rewritten")
    func unchangedFilesKeepTheirTimes() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let before = try modificationTime(site, "older/index.html")
        let feedBefore = try modificationTime(site, "feed.xml")
        let editedBefore = try modificationTime(site, "bridge-claim/index.html")
        Thread.sleep(forTimeInterval: 0.05)
        let bridge = try site.read("content/articles/bridge-claim.md")
        try site.write(
            "content/articles/bridge-claim.md", bridge.replacingOccurrences(of: "in short.", with: "in brief."))
        try site.build()
        #expect(try modificationTime(site, "older/index.html") == before)
        #expect(try modificationTime(site, "feed.xml") == feedBefore, "a body edit leaves the feed as it was")
        #expect(try modificationTime(site, "bridge-claim/index.html") != editedBefore)
        #expect(try site.read("output/bridge-claim/index.html").contains("in brief."))

        // A summary edit re-renders the listings, but claims.json (which has no summaries) keeps its bytes:
        // the streamed file is swapped for the last build's, so its time stays too.
        let exportBefore = try modificationTime(site, "claims.json")
        let indexBefore = try site.read("output/index.html")
        Thread.sleep(forTimeInterval: 0.05)
        try site.write(
            "content/articles/bridge-claim.md",
            try site.read("content/articles/bridge-claim.md")
                .replacingOccurrences(of: "the viral post doubled it.", with: "the viral post doubled it, and more."))
        try site.build()
        #expect(try site.read("output/index.html") != indexBefore)
        #expect(try modificationTime(site, "claims.json") == exportBefore)
        #expect(!site.files(in: "output").contains { $0.hasSuffix(".previous") })
    }

    @Test("switching --drafts with a draft page rebuilds the navigation and the listings")
    func draftPages() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.write("content/pages/secret.md", "---\ntitle: Secret page\norder: 3\ndraft: true\n---\nHidden.\n")
        for drafts in [false, true, false] {
            try site.build(drafts: drafts)
            var options = site.options
            options.outputDirectory = site.root.appendingPathComponent("clean")
            options.useCache = false
            options.includeDrafts = drafts
            try? FileManager.default.removeItem(at: options.outputDirectory)
            try SiteBuilder(options: options, theme: DefaultTheme()).build()
            #expect(try snapshot(site) == snapshot(site, "clean"), "drafts: \(drafts)")
        }
    }

    @Test("a --no-cache build in between, a hand edit of output/ and a damaged cache are not trusted")
    func untrustedState() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let older = try site.read("content/articles/older.md")
        // A --no-cache build changes output/ without the cache; the next build must not reuse what it knew.
        try site.write(
            "content/articles/older.md", older.replacingOccurrences(of: "An older check", with: "AN OLDER CHECK"))
        var options = site.options
        options.useCache = false
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        try site.write("content/articles/older.md", older)
        try site.build()
        #expect(try snapshot(site) == cleanBuild(site))
        // A hand edit of the same size.
        let page = try site.read("output/older/index.html")
        try site.write("output/older/index.html", page.replacingOccurrences(of: "Plain text", with: "Plain TEXT"))
        try site.build()
        #expect(try site.read("output/older/index.html") == page)
        // A damaged cache.
        let cacheFile = BuildCache.file(for: site.options)
        var bytes = try [UInt8](Data(contentsOf: cacheFile))
        if let index = bytes.firstIndex(of: UInt8(ascii: "A")) { bytes[index] = UInt8(ascii: "E") }
        try Data(bytes).write(to: cacheFile)
        #expect(BuildCache.load(from: BuildCache.file(for: site.options), log: DiagnosticCollector()) == nil)
        try site.build()
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("unchanged static files and theme assets keep their times")
    func copiedFilesKeepTheirTimes() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let before = try modificationTime(site, "assets/style.css")
        Thread.sleep(forTimeInterval: 0.05)
        try site.build()
        #expect(try modificationTime(site, "assets/style.css") == before)
    }

    @Test("an image's new size rebuilds its page, new bytes refresh its copy, also for an article file left unread")
    func imageChanges() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        let chart = "content/articles/images/chart.svg"
        try site.write(
            "content/articles/pictured.md",
            "---\ntitle: Pictured\ndate: 2025-05-02\nsummary: With images.\nimage:\n  src: lead.svg\n"
                + "  alt: A lead chart.\n---\n![A bar chart](images/chart.svg)\n")
        try site.write("content/articles/lead.svg", ImageFixtures.svg(width: 40, height: 20))
        try site.write(chart, ImageFixtures.svg(width: 30, height: 10))
        try site.build()
        #expect(try site.read("output/pictured/index.html").contains("width=\"30\" height=\"10\""))
        // Once its file is older than the racy window, the article is trusted unchanged and not read.
        Thread.sleep(forTimeInterval: Double(FileStamp.racyWindow) + 0.2)
        try site.build()

        // The same size in other bytes: the copy is refreshed, the page is left as it was.
        let pageTime = try modificationTime(site, "pictured/index.html")
        try site.write(chart, ImageFixtures.svg(width: 30, height: 10).replacingOccurrences(of: "#888", with: "#222"))
        try site.build()
        #expect(try site.read("output/pictured/chart.svg").contains("#222"))
        #expect(try modificationTime(site, "pictured/index.html") == pageTime)

        // Another size: the page is made again with it.
        try site.write(chart, ImageFixtures.svg(width: 60, height: 20))
        try site.build()
        #expect(try site.read("output/pictured/index.html").contains("width=\"60\" height=\"20\""))
        #expect(try snapshot(site) == cleanBuild(site))

        // The lead image's size is the share image's.
        try site.write("content/articles/lead.svg", ImageFixtures.svg(width: 80, height: 40))
        try site.build()
        #expect(try site.read("output/pictured/index.html").contains("og:image:width\" content=\"80\""))
        #expect(try snapshot(site) == cleanBuild(site))

        // A removed image is an error where it is shown, though the article did not change.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(chart))
        #expect(
            site.errors().filter { !$0.contains(": warning: ") } == [
                "content/articles/pictured.md:9:1: error: image file 'images/chart.svg' does not exist in "
                    + "content/articles/images/"
            ])
    }

    @Test("an article's page is rebuilt when what it shows of its related fact checks changes, and only then")
    func relatedFactChecks() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        // `older` lists `bridge-claim` (they share a tag); `alone` shares nothing with `older`.
        try site.write(
            "content/articles/alone.md", "---\ntitle: Alone\ndate: 2025-02-01\nsummary: S.\ntags: [weather]\n---\nB.\n")
        try site.build()
        // Past the racy window, so that the next builds leave `older.md` unread and reuse its page when they may.
        Thread.sleep(forTimeInterval: Double(FileStamp.racyWindow) + 0.2)
        try site.build()
        let page = "older/index.html"
        var before = try modificationTime(site, page)

        // Edits `older` does not show: another article's body, an unrelated article's title.
        let bridge = try site.read("content/articles/bridge-claim.md")
        try site.write(
            "content/articles/bridge-claim.md", bridge.replacingOccurrences(of: "in short.", with: "in brief."))
        let alone = try site.read("content/articles/alone.md")
        try site.write("content/articles/alone.md", alone.replacingOccurrences(of: "Alone", with: "Still alone"))
        Thread.sleep(forTimeInterval: 0.05)
        try site.build()
        #expect(try modificationTime(site, page) == before, "an unrelated edit leaves the page alone")
        #expect(try snapshot(site) == cleanBuild(site))

        // The related article's title is on the page: the page is made again, from its unread file.
        try site.write(
            "content/articles/bridge-claim.md",
            try site.read("content/articles/bridge-claim.md").replacingOccurrences(
                of: "title: \"Did the mayor say", with: "title: \"Did the mayor really say"))
        before = try modificationTime(site, page)
        Thread.sleep(forTimeInterval: 0.05)
        try site.build()
        #expect(try modificationTime(site, page) != before)
        #expect(try site.read("output/" + page).contains("Did the mayor really say the bridge cost"))
        #expect(try site.read("output/" + page).contains("Plain text with <em>emphasis</em>."), "with its body")
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("adding or removing a translation rebuilds the other editions' pages of the check")
    func incrementalTranslations() throws {
        let site = try TestSite()
        defer { site.remove() }
        let english = "output/rutte-message/index.html"
        let alternate = "<link rel=\"alternate\" hreflang=\"fr\""
        try site.write("content/site.yml", TestSite.siteYAML + "languages: [en, fr]\n")
        try site.write(
            "content/articles/rutte-message.md", EditionTests.check(title: "Did Rutte text Trump?", verdict: "false"))
        try site.write("content/articles/bridge.md", EditionTests.check(title: "Bridge", verdict: "true"))
        try site.build()
        #expect(!(try site.read(english)).contains(alternate))
        // Past the racy window, so that the next build trusts the English files unchanged and reuses their pages
        // when it may.
        Thread.sleep(forTimeInterval: Double(FileStamp.racyWindow) + 0.2)
        let french = "content/articles/fr/rutte-message.md"
        let translation = EditionTests.check(title: "Rutte a-t-il écrit à Trump ?", verdict: "false", tag: "otan")
        try site.write(french, translation)
        try site.build()
        #expect(try site.read(english).contains(alternate))
        #expect(!(try site.read("output/bridge/index.html")).contains(alternate))
        #expect(try snapshot(site) == cleanBuild(site))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(french))
        try site.build()
        #expect(!(try site.read(english)).contains(alternate))
        #expect(!site.files(in: "output").contains("fr/rutte-message/index.html"))
        #expect(try snapshot(site) == cleanBuild(site))
    }
}
