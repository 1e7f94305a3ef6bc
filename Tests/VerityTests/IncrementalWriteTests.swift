import Foundation
import Testing
import VerityTheme

@testable import Verity

/// Incremental builds replace only what changed, read only changed content files and check only changed links,
/// and still give exactly what a clean build gives.
@Suite("Incremental writes")
struct IncrementalWriteTests {
    /// The inode of `path` under the site's root.
    func inode(_ site: TestSite, _ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: site.root.appendingPathComponent(path).path)[
            .systemFileNumber] as? Int
    }

    /// Every output file's path and text.
    func snapshot(_ site: TestSite, _ folder: String = "output") throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try site.files(in: folder).map { ($0, try site.read(folder + "/" + $0)) })
    }

    /// The files a clean (`--no-cache`) build of the site writes.
    func cleanBuild(_ site: TestSite) throws -> [String: String] {
        var options = site.options
        options.outputDirectory = site.root.appendingPathComponent("clean")
        options.useCache = false
        try? FileManager.default.removeItem(at: options.outputDirectory)
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        defer { try? FileManager.default.removeItem(at: options.outputDirectory) }
        return try snapshot(site, "clean")
    }

    @Test("the part replaced is the smallest one that holds every change and stays a folder")
    func scopes() {
        let old: Set = ["index.html", "a/index.html", "a/b/x.txt", "a/b/y.txt", "c/index.html", ".verity-output"]
        #expect(OutputScope.of(changed: [], old: old, new: old) == .nothing)
        #expect(OutputScope.of(changed: ["a/index.html"], old: old, new: old) == .file("a/index.html"))
        #expect(OutputScope.of(changed: ["index.html"], old: old, new: old) == .file("index.html"))
        #expect(OutputScope.of(changed: ["a/b/x.txt", "a/b/y.txt"], old: old, new: old) == .folder("a/b"))
        #expect(OutputScope.of(changed: ["a/b/x.txt", "a/index.html"], old: old, new: old) == .folder("a"))
        #expect(OutputScope.of(changed: ["a/index.html", "c/index.html"], old: old, new: old) == .whole)
        // An added file in a folder that was there is one rename; in a new folder, the folder above goes.
        #expect(OutputScope.of(changed: ["a/b/z.txt"], old: old, new: old.union(["a/b/z.txt"])) == .file("a/b/z.txt"))
        #expect(OutputScope.of(changed: ["a/d/z.txt"], old: old, new: old.union(["a/d/z.txt"])) == .folder("a"))
        #expect(OutputScope.of(changed: ["d/index.html"], old: old, new: old.union(["d/index.html"])) == .whole)
        // A removed file: its folder must stay a folder of the new output to be the part replaced.
        #expect(
            OutputScope.of(changed: ["a/b/x.txt"], old: old, new: old.subtracting(["a/b/x.txt"])) == .file("a/b/x.txt"))
        let withoutB = old.subtracting(["a/b/x.txt", "a/b/y.txt"])
        #expect(OutputScope.of(changed: ["a/b/x.txt", "a/b/y.txt"], old: old, new: withoutB) == .folder("a"))
        #expect(OutputScope.of(changed: ["c/index.html"], old: old, new: old.subtracting(["c/index.html"])) == .whole)
    }

    @Test("a body edit replaces one file: output/ and every other file stay as they are")
    func bodyEditReplacesOneFile() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let folder = try inode(site, "output")
        let other = try inode(site, "output/older/index.html")
        let edited = try inode(site, "output/bridge-claim/index.html")
        let bridge = try site.read("content/articles/bridge-claim.md")
        try site.write("content/articles/bridge-claim.md", bridge + "\nOne more line.\n")
        try site.build()
        #expect(try inode(site, "output") == folder)
        #expect(try inode(site, "output/older/index.html") == other)
        #expect(try inode(site, "output/bridge-claim/index.html") != edited)
        #expect(try site.read("output/bridge-claim/index.html").contains("One more line."))
        #expect(try snapshot(site) == cleanBuild(site))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [
                ".verity-cache", "content", "output", "templates",
            ])
        // Nothing changed: nothing is replaced, not even the marker.
        let marker = try inode(site, "output/.verity-output")
        try site.build()
        #expect(try inode(site, "output") == folder)
        #expect(try inode(site, "output/.verity-output") == marker)
        #expect(try inode(site, "output/older/index.html") == other)
    }

    @Test("two changed files in one folder replace that folder alone")
    func folderExchange() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let folder = try inode(site, "output")
        let files = try inode(site, "output/files")
        let page = try inode(site, "output/older/index.html")
        for name in ["readme.txt", "logo.svg"] {
            try site.write("content/static/files/\(name)", try site.read("content/static/files/\(name)") + "\n\n")
        }
        try site.build()
        #expect(try inode(site, "output") == folder)
        #expect(try inode(site, "output/files") != files)
        #expect(try inode(site, "output/older/index.html") == page)
        #expect(try snapshot(site) == cleanBuild(site))
        // A front-matter edit changes the listings too: the whole folder is replaced.
        let older = try site.read("content/articles/older.md")
        try site.write("content/articles/older.md", older.replacingOccurrences(of: "Just a report.", with: "A report."))
        try site.build()
        #expect(try inode(site, "output") != folder)
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("output/ changed by hand where the next build replaces a part of it: the build still gives the new site")
    func partMissingFromOutput() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let manager = FileManager.default
        // A file removed from the site that is already gone from output/: its removal counts as done.
        try manager.removeItem(at: site.root.appendingPathComponent("content/static/files/readme.txt"))
        try manager.removeItem(at: site.root.appendingPathComponent("output/files/readme.txt"))
        try site.build()
        #expect(try snapshot(site) == cleanBuild(site))
        // A folder whose files change, removed by hand: the whole folder is replaced instead.
        try site.write("content/static/files/logo.svg", try site.read("content/static/files/logo.svg") + "\n")
        try site.write("content/static/files/new.txt", "new\n")
        try manager.removeItem(at: site.root.appendingPathComponent("output/files"))
        try site.build()
        #expect(try snapshot(site) == cleanBuild(site))
    }

    @Test("article files unchanged since the last build are not read; a changed one, or a recent one, is")
    func unreadFiles() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.addCopies(of: "content/articles/bridge-claim.md", count: 3)
        // A file changed within `racyWindow` of its reading could change again unseen: it is read next time too.
        try site.build()
        Thread.sleep(forTimeInterval: Double(FileStamp.racyWindow) + 0.2)
        try site.build()
        var clock = StageClock()
        let staging = try OutputWriter(outputDirectory: site.options.outputDirectory).makeStaging()
        defer { FileWriting.removeTree(staging.path) }
        let copy = try site.read("content/articles/copy-2.md")
        try site.write("content/articles/copy-2.md", copy + "\nAn added line.\n")
        let plan = try SiteBuilder(options: site.options, theme: DefaultTheme()).render(clock: &clock, staging: staging)
            .cache
        // Drafts and future articles are not in the cache, so they are read on every build.
        #expect(
            plan?.unread.map { $0.components(separatedBy: "/").last ?? "" }.sorted() == [
                "bridge-claim.md", "copy-1.md", "copy-3.md", "older.md",
            ])
        FileWriting.removeTree(staging.path)
        try site.build()
        #expect(try snapshot(site) == cleanBuild(site))
        #expect(try site.read("output/copy-2/index.html").contains("An added line."))
    }

    @Test("a stamp taken within the racy window of its reading is not trusted")
    func racyStamps() {
        var status = stat()
        status.st_mtim.tv_sec = 1000
        status.st_ctim.tv_sec = 1000
        #expect(FileStamp.trusted(status, readAt: 1000 + FileStamp.racyWindow) != nil)
        #expect(FileStamp.trusted(status, readAt: 1000 + FileStamp.racyWindow - 1) == nil)
        status.st_ctim.tv_sec = 1001
        #expect(FileStamp.trusted(status, readAt: 1000 + FileStamp.racyWindow) == nil)
    }

    @Test("with only changed pages checked, a new broken link or anchor is reported as a clean build does")
    func incrementalLinkCheck() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let bridge = try site.read("content/articles/bridge-claim.md")
        let cleanErrors = { () throws -> [String] in
            var options = site.options
            options.outputDirectory = site.root.appendingPathComponent("clean")
            options.useCache = false
            do {
                try SiteBuilder(options: options, theme: DefaultTheme()).build()
                return []
            } catch let failure as BuildFailure {
                let prefix = DisplayPath.of(site.root) + "/"
                return failure.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
            }
        }
        try site.write("content/articles/bridge-claim.md", bridge + "\nSee [nothing](../nowhere/).\n")
        let broken = site.errors()
        #expect(broken.contains { $0.contains("nowhere") })
        #expect(try broken == cleanErrors())
        // An anchor into another page that its own edit removed.
        let older = try site.read("content/articles/older.md")
        try site.write("content/articles/bridge-claim.md", bridge + "\nSee [the part](../older/#a-part).\n")
        try site.write("content/articles/older.md", older + "\n## A part\n")
        try site.build()
        try site.write("content/articles/older.md", older)
        let anchor = site.errors()
        #expect(anchor.contains { $0.contains("a-part") })
        #expect(try anchor == cleanErrors())
    }
}
