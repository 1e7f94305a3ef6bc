import Foundation
import Testing
import VerityTheme

@testable import Verity

/// Output folders that must never be replaced, and values that must never escape their HTML context.
@Suite("Safety")
struct SafetyTests {
    @Test(
        "generate refuses output folders it could destroy",
        arguments: [
            (".", "it is or contains the current folder"),
            ("content", "it overlaps the content folder 'content'"),
            ("templates/assets", "it overlaps the templates folder 'templates'"),
            ("notes.txt", "it is a file"),
            (
                "mine",
                "it is not empty and was not written by generate (it has no .verity-output file); empty it or "
                    + "choose another --output"
            ),
        ])
    func unsafeOutput(output: String, reason: String) throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write("content/articles/a.md", validArticle)
        try site.write("notes.txt", "keep me")
        try site.write("mine/keep.txt", "keep me")
        let before = site.files(in: ".")
        var options = site.options
        options.outputDirectory = site.root.appendingPathComponent(output)
        let prefix = DisplayPath.of(site.root)
        // "." is the site root only when the build runs there; use the root itself to stand for it.
        if output == "." {
            options.outputDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        }
        do {
            try SiteBuilder(options: options, theme: DefaultTheme()).build()
            Issue.record("the build should have been refused")
        } catch let failure as BuildFailure {
            let messages = failure.diagnostics.map {
                $0.problem.message.replacingOccurrences(of: prefix + "/", with: "")
            }
            #expect(messages == ["refusing to use this output folder: \(reason)"])
            if output != "." {
                #expect(failure.diagnostics.first?.location.path == prefix + "/" + output)
            }
        }
        #expect(site.files(in: ".") == before)
    }

    @Test("the root of the file system and the home folder are refused as output folders")
    func systemFolders() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write("content/articles/a.md", validArticle)
        for (folder, reason) in [
            ("/", "it is the root of the file system"), (NSHomeDirectory(), "it is or contains your home folder"),
        ] {
            var options = site.options
            options.outputDirectory = URL(fileURLWithPath: folder)
            do {
                try SiteBuilder(options: options, theme: DefaultTheme()).build()
                Issue.record("the build into \(folder) should have been refused")
            } catch let failure as BuildFailure {
                // "/" also contains the content and templates folders: those reasons follow the first.
                #expect(failure.diagnostics.first?.problem.message == "refusing to use this output folder: \(reason)")
            }
        }
    }

    @Test("the order in which files were written, their times and the clock do not change a byte of output")
    func fileOrderAndClock() throws {
        let first = try TestSite(fixture: "basic-site")
        defer { first.remove() }
        try first.build()
        let expected = try first.files(in: "output").map { try first.read("output/" + $0) }

        // The same content written in reverse order, with other modification times, a second later.
        let second = try TestSite()
        defer { second.remove() }
        let fixture = TestSite.repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site/content")
        let paths = TestSite.allFiles(below: fixture)
        for (offset, path) in paths.reversed().enumerated() {
            let target = second.root.appendingPathComponent("content/" + path)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(path), to: target)
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 * offset))],
                ofItemAtPath: target.path)
        }
        Thread.sleep(forTimeInterval: 1.1)
        try second.build()
        #expect(second.files(in: "output") == first.files(in: "output"))
        #expect(try second.files(in: "output").map { try second.read("output/" + $0) } == expected)
    }

    @Test("an output folder given as a symbolic link is refused")
    func symlinkedOutput() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try FileManager.default.createDirectory(
            at: site.root.appendingPathComponent("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("output").path, withDestinationPath: "real")
        #expect(
            site.errors().map { $0.components(separatedBy: "error: ").last ?? "" }
                == ["refusing to use this output folder: it is a symbolic link; give the folder it points to"])
    }

    @Test("a folder written by generate is replaced on the next build")
    func ownOutputReplaced() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output/.verity-output").path))
        try site.build()
    }

    @Test("a quote followed by a combining mark is still escaped in attributes and text")
    func combiningMarks() throws {
        let site = try TestSite()
        defer { site.remove() }
        let probe = "S\"\u{301} onmouseover=alert(1) x=\"\u{301} <\u{301}b>"
        // Without smart punctuation, which would curl the quotes: they must reach the output as typed.
        try site.write("content/site.yml", TestSite.siteYAML + "smart_punctuation: false\n")
        try site.write(
            "content/articles/a.md",
            validArticle
                .replacingOccurrences(of: "summary: One line.", with: "summary: '\(probe)'")
                .replacingOccurrences(of: "name: Reuters", with: "name: '\(probe)'"))
        try site.build()
        let combining = "\u{301}"
        let quoteOut = "\"" + combining + " onmouseover"
        let tagOut = "<" + combining + "b>"
        let escaped = "&quot;" + combining + " onmouseover"
        for path in ["output/index.html", "output/a/index.html"] {
            // JSON-LD blocks hold the probe JSON-escaped (`\"`), which is safe inside <script>: check the rest.
            let html = try site.read(path).components(separatedBy: "<script type=\"application/ld+json\">")
                .map { $0.components(separatedBy: "</script>").last ?? "" }.joined()
            let letsQuoteOut = html.contains(quoteOut)
            let letsTagOut = html.contains(tagOut)
            let isEscaped = html.contains(escaped)
            #expect(!letsQuoteOut, "\(path) lets a quote out")
            #expect(!letsTagOut, "\(path) lets a tag out")
            #expect(isEscaped)
        }
    }
}
