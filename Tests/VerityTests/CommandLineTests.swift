import Foundation
import Testing

@testable import Verity

/// The `generate` executable itself, run as a process: exit statuses, output forms, help and completions.
@Suite("Command line", .serialized)
struct CommandLineTests {
    /// The `generate` built beside this test bundle (`swift build --build-tests` builds both).
    static var binary: URL? {
        // The test bundle is .build/<triple>/debug/VerityPackageTests.xctest; generate sits beside it.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("generate")
            if FileLister.kind(candidate.path, following: true) == .file { return candidate }
        }
        let fallback = TestSite.repositoryRoot.appendingPathComponent(".build/debug/generate")
        return FileLister.kind(fallback.path, following: true) == .file ? fallback : nil
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `generate` with `arguments` in `folder`, standard error and output as pipes (not a terminal).
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(binary, "build generate first: swift build --build-tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes at once: a child blocked on a full stderr pipe would never close stdout.
        let stderrData = Locked(Data())
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { stderrData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        let stderr = stderrData.get()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func brokenSite() throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write(
            a,
            articleText("sources: [reuters]", "sources: [reutres]").replacingOccurrences(
                of: "Body with [@reuters].", with: "No badge."))
        return site
    }

    @Test("errors and warnings as text: path:line:column, exit status 1, nothing written")
    func textErrors() throws {
        let site = try brokenSite()
        defer { site.remove() }
        let result = try Self.run([], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                content/articles/a.md:10:1: warning: the article has claims but its text cites no source: \
                add badges such as [@source-id] where the text relies on one
                content/articles/a.md:16:15: error: unknown source 'reutres' (did you mean 'reuters'?)
                1 error, 1 warning; nothing was written

                """)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
    }

    @Test("a document over the render time limit: exit status 1, its error, output/ as it was")
    func renderTimeLimit() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        #expect(try Self.run(["--quiet"], in: site.root).status == 0)
        let page = try site.read("output/index.html")
        try site.write("content/articles/slow.md", RenderLimitTests.slowArticle)
        // The process ends although the thread rendering the document cannot be stopped.
        let result = try Self.run(["--quiet"], in: site.root, environment: ["VERITY_RENDER_TIME_LIMIT": "0.2"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/articles/slow.md:"))
        #expect(
            result.stderr.hasSuffix(
                ":1: error: this document takes too long to render (over 0.2 s); the Markdown parser was still "
                    + "reading this line: simplify the structure around it (lists or block quotes nested very deep, "
                    + "a table with very many columns)\n1 error, 2 warnings; nothing was written\n"))
        #expect(try site.read("output/index.html") == page)
        let bad = try Self.run(["--quiet"], in: site.root, environment: ["VERITY_RENDER_TIME_LIMIT": "ten"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("VERITY_RENDER_TIME_LIMIT must be a number of seconds above 0, not 'ten'"))
    }

    @Test("--format json prints one JSON object per problem")
    func jsonErrors() throws {
        let site = try brokenSite()
        defer { site.remove() }
        let result = try Self.run(["--format", "json"], in: site.root)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let objects = try lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["severity"] as? String } == ["warning", "error"])
        #expect(objects.last?["path"] as? String == "content/articles/a.md")
        #expect(objects.last?["line"] as? Int == 16)
        #expect(objects.last?["column"] as? Int == 15)
        #expect(objects.last?["message"] as? String == "unknown source 'reutres' (did you mean 'reuters'?)")
    }

    @Test("check: exit status 0 or 1, and never an output folder")
    func check() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        let good = try Self.run(["check"], in: site.root)
        #expect(good.status == 0)
        #expect(good.stdout.hasPrefix("generate check: ok, would write 17 pages (2 articles, 2 pages, 13 listings)"))
        try site.write("content/articles/older.md", "---\ntitle: x\n")
        let bad = try Self.run(["check", "--quiet"], in: site.root)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("content/articles/older.md:1:1: error: front matter is not closed"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output").path))
    }

    @Test("--quiet prints nothing on a good build; --strict fails on a warning")
    func quietAndStrict() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.writeTransparencyPage()
        try site.write(a, articleText("Body with [@reuters].", "No badge."))
        let quiet = try Self.run(["--quiet"], in: site.root)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let strict = try Self.run(["--strict", "--output", "strict-output"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.hasSuffix("1 warning, which --strict counts as errors; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("strict-output").path))
    }

    @Test("no progress line when standard error is not a terminal; one when it is")
    func progressOnlyOnTerminals() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.addCopies(of: "content/articles/bridge-claim.md", count: 310)
        let piped = try Self.run(["--no-cache"], in: site.root)
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("articles ("))
        // `script` (util-linux, essential on Debian) gives the command a terminal.
        try #require(
            FileLister.kind("/usr/bin/script", following: true) == .file,
            "/usr/bin/script is needed to test on a terminal")
        let binary = try #require(Self.binary)
        let onTerminal = try Self.run(
            [], in: site.root, via: ["/usr/bin/script", "-qec", "'\(binary.path)' --no-cache", "/dev/null"])
        #expect(onTerminal.status == 0)
        #expect(onTerminal.stdout.contains("render Markdown: 312/312 articles (100%)"))
        #expect(onTerminal.stdout.contains("\r"))
    }

    @Test("new writes a draft and refuses to overwrite")
    func new() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        let first = try Self.run(["new", "Did the mayor say it?", "--date", "2025-06-26"], in: site.root)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("generate: wrote content/articles/did-the-mayor-say-it.md"))
        #expect(try site.read("content/articles/did-the-mayor-say-it.md").contains("date: 2025-06-26"))
        let again = try Self.run(["new", "Did the mayor say it?"], in: site.root)
        #expect(again.status == 1)
        #expect(
            again.stderr
                == "error: content/articles/did-the-mayor-say-it.md already exists; edit it, or choose another "
                + "headline or --slug\n"
        )
        #expect(try Self.run(["check", "--drafts"], in: site.root).status == 0)
    }

    @Test("help has examples for every subcommand; bash completions know the subcommands and flags")
    func helpAndCompletions() throws {
        let folder = FileManager.default.temporaryDirectory
        for arguments in [["--help"], ["build", "--help"], ["check", "--help"], ["new", "--help"]] {
            let help = try Self.run(arguments, in: folder)
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"), "\(arguments) has no examples")
        }
        let completion = try Self.run(["--generate-completion-script", "bash"], in: folder)
        #expect(completion.status == 0)
        for word in ["check", "new", "--watch", "--strict", "--format", "--drafts"] {
            #expect(completion.stdout.contains(word), "the bash completion lacks \(word)")
        }
    }
}

extension CommandLineTests {
    /// Runs `command` (which runs generate itself) in `folder`.
    static func run(_ arguments: [String], in folder: URL, via command: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: "")
    }
}
