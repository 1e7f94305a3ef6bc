import Foundation
import Testing
import VerityTheme

@testable import Verity

/// A throwaway site in a temporary folder: write files, build, read what came out.
struct TestSite {
    let root: URL

    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The default theme shipped in `templates/`.
    static let defaultTemplates = repositoryRoot.appendingPathComponent("templates")

    /// A minimal valid `site.yml`.
    static let siteYAML = """
        title: Test Desk
        base_url: https://checks.example.org/
        language: en
        description: Test fact checks.
        publisher:
          name: Test Desk
          url: https://checks.example.org/
        default_author: Desk staff

        """

    /// A new empty folder under the system's temporary folder, with the default theme unless `templates` is false.
    init(templates: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("verity-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content/pages"), withIntermediateDirectories: true)
        if templates {
            try FileManager.default.copyItem(at: Self.defaultTemplates, to: root.appendingPathComponent("templates"))
        }
    }

    /// A copy of a fixture site from `Tests/Fixtures/<name>`.
    init(fixture name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("verity-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let fixture = Self.repositoryRoot.appendingPathComponent("Tests/Fixtures/\(name)")
        for item in ["content", "templates"] {
            let source = fixture.appendingPathComponent(item)
            let target = root.appendingPathComponent(item)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: target)
            } else if item == "templates" {
                try FileManager.default.copyItem(at: Self.defaultTemplates, to: target)
            }
        }
    }

    /// The fixture site `basic-site`, changed by `change`, built into a temporary folder.
    static func builtFixture(_ change: (TestSite) throws -> Void = { _ in }) throws -> TestSite {
        let site = try TestSite(fixture: "basic-site")
        try change(site)
        try site.build()
        return site
    }

    /// A standing page marked with every purpose IFCN's Code of Principles asks a page for, so that a test about
    /// something else is not also warned that the site lacks them.
    static let transparencyPage = """
        ---
        title: About
        purpose: [funding, team, methodology, corrections-policy, contact, submit-claims]
        ---
        Who we are.

        """

    /// Writes `TestSite.transparencyPage` as `content/pages/about.md`.
    func writeTransparencyPage() throws {
        try write("content/pages/about.md", Self.transparencyPage)
    }

    /// Writes `text` to `path` (relative to the site's root), creating folders.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes `count` copies of the fixture article at `path` as `copy-1.md`…, each with its own title, for
    /// tests that need a big site.
    func addCopies(of path: String, count: Int) throws {
        let article = try read(path)
        for index in 1...count {
            try write(
                "content/articles/copy-\(index).md",
                article.replacingOccurrences(of: "title: \"Did", with: "title: \"\(index) Did"))
        }
    }

    /// Reads `path` under the site's root: as UTF-8, or a binary file (a share card) as Latin-1, one character
    /// a byte, so that comparing two reads compares the bytes.
    func read(_ path: String) throws -> String {
        let data = try Data(contentsOf: root.appendingPathComponent(path))
        return String(data: data, encoding: .utf8) ?? String(decoding: data.map { UInt16($0) }, as: UTF16.self)
    }

    var options: BuildOptions {
        BuildOptions(
            contentDirectory: root.appendingPathComponent("content"),
            templatesDirectory: root.appendingPathComponent("templates"),
            outputDirectory: root.appendingPathComponent("output"))
    }

    /// Builds the site into `output/`.
    @discardableResult
    func build(drafts: Bool = false, jobs: Int? = nil, cache: Bool = true, theme: any Theme = DefaultTheme()) throws
        -> BuildSummary
    {
        var options = self.options
        options.includeDrafts = drafts
        options.useCache = cache
        if let jobs { options.jobs = jobs }
        return try SiteBuilder(options: options, theme: theme).build()
    }

    /// Builds and returns the diagnostics as printed, with this site's root removed from paths.
    func errors(theme: any Theme = DefaultTheme()) -> [String] {
        do {
            try build(theme: theme)
            return []
        } catch let failure as BuildFailure {
            let prefix = DisplayPath.of(root) + "/"
            return failure.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    /// Every file under `folder` (relative paths, sorted).
    func files(in folder: String) -> [String] {
        TestSite.allFiles(below: root.appendingPathComponent(folder))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension TestSite {
    /// Paths relative to `folder` of every regular file below it (hidden files left out), sorted; none when the
    /// folder is missing.
    static func allFiles(below folder: URL) -> [String] {
        let log = DiagnosticCollector()
        let files = FileLister.scan(folder, named: "test", log: log)
        return log.diagnostics.isEmpty ? files : files + log.diagnostics.map { "unexpected: \($0)" }
    }
}

extension String {
    /// Decodes UTF-8 strictly, as content files are read: `nil` when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        self.init(validatingUTF8Bytes: [UInt8](data))
    }
}
