import Foundation
import Testing
import VerityTheme

@testable import Verity

/// What the write stage guards: the site never shrinks unasked, killed builds leave nothing that lasts, and a
/// reused file is what a clean build would write.
@Suite("Output safety")
struct OutputSafetyTests {
    @Test("a build that would drop more than half the articles fails, unless allowShrink")
    func shrinkGuard() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let before = site.files(in: "output")
        #expect(try site.read("output/.verity-output").hasSuffix("articles: 2\n"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/older.md"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/bridge-claim.md"))
        try site.write(
            "content/pages/about.md",
            try site.read("content/pages/about.md").replacingOccurrences(of: "../bridge-claim/", with: "../"))
        let expected = [
            "output: error: this build would publish 0 of the 2 articles the last build published, so 2 article "
                + "pages would disappear; if that is intended, build with --allow-shrink"
        ]
        #expect(site.errors() == expected)
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: site.options, theme: DefaultTheme()).check() }
        #expect(site.files(in: "output") == before)
        var options = site.options
        options.allowShrink = true
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(try site.read("output/.verity-output").hasSuffix("articles: 0\n"))
    }

    @Test("half the articles may go; an output folder without a count (an older build) is not guarded")
    func shrinkGuardLimits() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/older.md"))
        #expect(site.errors() == [])
        try site.write("output/.verity-output", OutputWriter.markerText)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/bridge-claim.md"))
        try site.write(
            "content/pages/about.md",
            try site.read("content/pages/about.md").replacingOccurrences(of: "../bridge-claim/", with: "../"))
        #expect(site.errors() == [])
    }

    @Test("the next build removes what killed builds left beside the output folder")
    func litterIsRemoved() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        for name in [".output.staging-999999", ".output.previous-999998", ".other.staging-1"] {
            try site.write("\(name)/index.html", "left by a killed build")
        }
        try site.build()
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(beside == [".other.staging-1", ".verity-cache", "content", "output", "templates"])
    }

    @Test("an output folder left beside its place between two renames is put back, even when the build fails")
    func previousOutputIsRestored() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let output = site.root.appendingPathComponent("output")
        let before = site.files(in: "output")
        try FileManager.default.moveItem(at: output, to: site.root.appendingPathComponent(".output.previous-999999"))
        try site.write("content/articles/older.md", "not an article")
        #expect(!site.errors().isEmpty)
        #expect(site.files(in: "output") == before)
        #expect(
            !FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".output.previous-999999").path))
    }

    @Test("a page changed by hand in output/ (its mode, its bytes) is written anew, as a clean build writes it")
    func reuseGivesCleanBuildFiles() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let page = site.root.appendingPathComponent("output/older/index.html").path
        let clean = try site.read("output/older/index.html")
        chmod(page, 0)
        try site.build()
        var info = stat()
        #expect(stat(page, &info) == 0 && info.st_mode == S_IFREG | FileWriting.createdMode)
        #expect(try site.read("output/older/index.html") == clean)
    }

    @Test("an unreadable file or folder is an error with the system's reason, never an empty listing")
    func unreadableListing() {
        #expect(throws: FileWriting.Failure(path: "/nonexistent-verity", reason: "No such file or directory")) {
            try FileLister.names(in: "/nonexistent-verity")
        }
        #expect(FileLister.kind("/nonexistent-verity/x", following: true) == .missing)
        #expect(FileLister.kind("/etc/hostname/x", following: true) == .missing)
    }

    @Test("the output lock names the build that holds it")
    func lockNamesItsHolder() throws {
        let site = try TestSite()
        defer { site.remove() }
        let lock = BuildCache.file(for: site.options).deletingPathExtension().appendingPathExtension("lock")
        let held = try OutputLock(file: lock) { _ in Issue.record("the first lock waited") }
        let waited = Locked<[String]>([])
        let second = Thread {
            _ = try? OutputLock(file: lock) { holder in waited.add(holder) }
        }
        second.start()
        while waited.all.isEmpty { usleep(10_000) }
        #expect(waited.all == ["\(getpid())"])
        withExtendedLifetime(held) {}
    }
}

@Suite("Output safety: paths from the cache")
struct CachedPathTests {
    @Test(
        "a file path read from the cache must stay inside the output folder",
        arguments: ["../x", "/etc/passwd", "", "a//b", "./a", "a/../../b", "a\u{0}b"])
    func pathsStayInside(path: String) {
        var writer = CacheWriter()
        OutputSummary(path: path, ids: [], links: [], bodyLinks: [:], template: nil).write(to: &writer)
        var reader = CacheReader(writer.bytes)
        _ = OutputSummary.read(from: &reader)
        #expect(reader.damage == "a file path outside the output folder at byte 0")
    }

    @Test("a path of the site's own reads back as it was written")
    func ownPathsRead() {
        var writer = CacheWriter()
        OutputSummary(path: "tags/city-hall/index.html", ids: [], links: [], bodyLinks: [:], template: nil)
            .write(to: &writer)
        var reader = CacheReader(writer.bytes)
        #expect(OutputSummary.read(from: &reader).path == "tags/city-hall/index.html")
        #expect(reader.isValid)
    }
}

@Suite("Output safety: where the output goes")
struct OutputPlaceTests {
    @Test("a build cache folder that cannot be made is one error, and nothing is written")
    func cacheFolderBlocked() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.write(".verity-cache", "not a folder\n")
        #expect(
            site.errors() == [
                ".verity-cache: error: cannot write the build cache and the lock that keeps two builds apart in this "
                    + "folder: Not a directory"
            ])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
    }

    @Test("an output folder below folders that do not exist yet is built; nothing but the site goes near it")
    func nestedOutput() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        var options = site.options
        options.outputDirectory = site.root.appendingPathComponent("site/2025/out")
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(site.files(in: "site/2025/out").contains("index.html"))
        // The cache (with drafts' text) and the lock are in the project's folder, not in a deployed one.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("site").path) == [
                "2025"
            ])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("site/2025").path) == [
                "out"
            ])
        let cacheFolder = try FileManager.default.contentsOfDirectory(
            atPath: site.root.appendingPathComponent(".verity-cache").path
        ).sorted()
        let hashed = "out-" + String(ContentHash(options.outputDirectory.standardizedFileURL.path).value, radix: 16)
        #expect(cacheFolder == [hashed + ".cache", hashed + ".lock"])
    }
}
