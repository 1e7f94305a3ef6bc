import Foundation
import Testing
import VerityTheme

@testable import Verity

/// What the build cache keeps must come back whole: every field of an article, every warning of a file.
@Suite("Build cache contents")
struct CacheCodingTests {
    /// An article that sets every field the format has.
    static let fullArticle = """
        ---
        title: Every field
        slug: every-field
        date: 2025-06-26T14:30:00+02:00
        updated: 2025-06-28
        summary: One line.
        author: Ana Editor
        tags: [nato, budget]
        draft: true
        sources:
          reuters:
            name: Reuters
            status: confirmed
            date: 2025-06-26
            said: It happened.
            via: A spokesperson
            url: https://example.org/report
            archive: https://web.archive.org/web/2025/https://example.org/report
        claims:
          - id: first
            claim: Something.
            claimant: Someone
            claimant_type: person
            appeared: https://example.org/post
            appeared_on: 2025-06-25
            verdict: mostly-true
            conclusion: Mostly so.
            sources: [reuters]
            appeared_archive: https://web.archive.org/web/2025/https://example.org/post
            appearance_image:
              src: post.png
              alt: The post as it appeared.
              caption: The post.
              credit: Screenshot by the desk
            claimant_title: Head of posts
            claimant_url: https://example.org/someone
            claimant_id: someone
            appearances:
              - url: https://example.org/repost
                archive: https://web.archive.org/web/2025/https://example.org/repost
                date: 2025-06-24
            media:
              type: video
              url: https://example.org/clip
              archive: https://web.archive.org/web/2025/https://example.org/clip
              appeared_on: 2025-06-23
              authenticity: edited-or-cropped
              original_context: The full speech, before it was cut.
              original_url: https://example.org/full-speech
        updates:
          - date: 2025-06-27
            note: A fix.
        image:
          src: chart.svg
          alt: A chart.
          caption: What the chart shows.
          credit: Desk graphics
          decorative: false
        ---
        Body with [@reuters].

        """

    @Test("the fixture article sets every field, and a cached article equals the decoded one")
    func articleRoundTrip() throws {
        let log = DiagnosticCollector()
        let article = try #require(
            Article.decode(
                SourceFile(path: "a.md", text: Self.fullArticle), defaultAuthor: nil,
                authors: [AuthorDefinition(slug: "ana-editor", name: "Ana Editor")], log: log
            ).article)
        #expect(log.diagnostics.filter { $0.severity == .error }.isEmpty)
        // A field added to the model but not to this fixture fails here first; once it is in the fixture, the
        // comparison below fails until the cache writes and reads it.
        // An image's file is found by the validate stage on every build, never kept in the cache.
        #expect(Self.unsetFields(of: article, path: "article").filter { !$0.hasSuffix(".file") } == [])
        var writer = CacheWriter()
        article.write(to: &writer)
        var reader = CacheReader(writer.bytes)
        let cached = Article.read(from: &reader, body: article.body)
        #expect(reader.isValid && reader.isAtEnd)
        #expect(cached == article)
        // The listings' digest and the next cache take the stored bytes for a cached article: writing it again
        // must give those very bytes.
        var again = CacheWriter()
        cached?.write(to: &again)
        #expect(again.bytes == writer.bytes)
        // An article read once without a body, then placed in its file, equals one read with it.
        var bodiless = CacheReader(writer.bytes)
        let placed = Article.read(from: &bodiless, body: MarkdownBody(text: "", path: "", firstLine: 1))?
            .placed(in: article.body)
        #expect(placed == article)
    }

    /// The paths of optional fields that are `nil` and lists that are empty, found by reflection.
    static func unsetFields(of value: Any, path: String) -> [String] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return unsetFields(of: wrapped, path: path)
        case .collection, .dictionary, .set:
            guard !mirror.children.isEmpty else { return [path] }
            return mirror.children.enumerated().flatMap {
                unsetFields(of: $0.element.value, path: "\(path)[\($0.offset)]")
            }
        case .struct, .class:
            return mirror.children.flatMap { unsetFields(of: $0.value, path: path + "." + ($0.label ?? "?")) }
        default:
            return []
        }
    }

    @Test("a cached rebuild reports every warning again, so --strict fails every time")
    func warningsSurviveTheCache() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.writeTransparencyPage()
        let cases = warningCases.filter { !$0.expected.isEmpty && $0.siteYAML == TestSite.siteYAML }
        for (index, warningCase) in cases.enumerated() {
            try site.write("content/articles/w\(index).md", warningCase.article)
        }
        var options = site.options
        options.buildDate = warningBuildDate
        let builder = SiteBuilder(options: options, theme: DefaultTheme())
        let first = try builder.build().warnings.map(\.description)
        #expect(first.count == cases.count)
        for _ in 0..<2 {
            #expect(try builder.build().warnings.map(\.description) == first)
        }
        var strict = builder
        strict.options.strict = true
        for _ in 0..<2 {
            #expect(throws: BuildFailure.self) { try strict.build() }
            #expect(try builder.build().warnings.map(\.description) == first)
        }
    }
}
