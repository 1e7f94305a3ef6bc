import Foundation
import Testing
import VerityTheme

@testable import Verity

/// "Related fact checks": which articles an article lists, in which order, and what its page shows.
@Suite("Related fact checks")
struct RelatedArticlesTests {
    /// A published article with these tags and one claim per claimant (each with `verdict`).
    static func article(
        _ slug: String, date: String, tags: [String] = [], claimants: [String] = [], verdict: String = "false",
        draft: Bool = false
    ) throws -> Article {
        var text = "---\ntitle: Title of \(slug)\ndate: \(date)\nsummary: S.\n"
        text += "tags: [\(tags.joined(separator: ", "))]\n"
        if draft { text += "draft: true\n" }
        if !claimants.isEmpty {
            text += "sources:\n  s:\n    name: S\n    status: confirmed\n    date: \(date)\nclaims:\n"
            for claimant in claimants {
                text +=
                    "  - claim: Something.\n    claimant: \(claimant)\n    verdict: \(verdict)\n    conclusion: No.\n"
                text += "    sources: [s]\n"
            }
        }
        text += "---\nBody.\n"
        let log = DiagnosticCollector()
        let decoded = Article.decode(SourceFile(path: slug + ".md", text: text), defaultAuthor: "Desk", log: log)
        #expect(log.diagnostics.filter { $0.severity == .error }.isEmpty)
        return try #require(decoded.article)
    }

    /// The related slugs of each article of `articles` (given in site order: newest first, then by slug).
    static func related(_ articles: [Article], jobs: Int = 1) -> [String: [String]] {
        let lists = RelatedArticles(articles, jobs: jobs).lists
        return Dictionary(uniqueKeysWithValues: zip(articles.map(\.slug), lists.map { $0.map { articles[$0].slug } }))
    }

    @Test("a shared claimant outranks a shared tag; then more shared, newer, smaller slug; at most four")
    func ranking() throws {
        let articles = [
            try Self.article("f", date: "2025-06-06", tags: ["budget"]),
            try Self.article("e", date: "2025-06-05", tags: ["budget", "transport"]),
            try Self.article("d", date: "2025-06-04", claimants: ["The  Mayor"]),
            try Self.article("b", date: "2025-06-03", tags: ["budget"]),
            try Self.article("c", date: "2025-06-03", tags: ["budget"]),
            try Self.article("a", date: "2025-06-01", tags: ["budget", "transport"], claimants: ["the mayor"]),
            try Self.article("z", date: "2025-05-01", tags: ["weather"]),
        ]
        let related = Self.related(articles)
        // d: claimant (3); e: two tags (2); f, b, c: one tag (1), newest first, then by slug; only four.
        #expect(related["a"] == ["d", "e", "f", "b"])
        #expect(related["z"] == [])
        #expect(related["d"] == ["a"])
        #expect(Self.related(articles, jobs: 4) == related, "the same on any number of threads")
    }

    @Test("drafts are never listed; of a huge tag only the newest articles are looked at")
    func draftsAndHugeTags() throws {
        let draft = try Self.article("draft", date: "2025-07-01", tags: ["budget"], draft: true)
        let old = try Self.article("old", date: "2020-01-01", tags: ["budget"])
        var articles = [draft]
        for index in 0..<RelatedArticles.candidatesPerKey {
            let day = String(format: "%02d", index % 28 + 1)
            articles.append(try Self.article("n\(index)", date: "2025-0\(index / 28 % 6 + 1)-\(day)", tags: ["budget"]))
        }
        articles.append(old)
        articles.sort { $0.date != $1.date ? $0.date > $1.date : $0.slug < $1.slug }
        let related = Self.related(articles)
        #expect(related["draft"]?.count == RelatedArticles.limit, "a draft has related fact checks")
        #expect(!related.values.contains { $0.contains("draft") }, "a draft is never one")
        // `old` is past the newest `candidatesPerKey` of the tag: nobody lists it, and it lists the newest.
        #expect(!related.values.contains { $0.contains("old") })
        #expect(related["old"] == Array(articles.filter { !$0.draft }.prefix(4).map(\.slug)))
    }

    @Test("an article page lists its related fact checks with date and verdict; none when nothing is related")
    func page() throws {
        let site = try TestSite.builtFixture { site in
            try site.write(
                "content/articles/alone.md",
                "---\ntitle: Alone\ndate: 2025-02-01\nsummary: S.\ntags: [weather]\n---\nB.\n")
            try site.write(
                "content/articles/mayor.md",
                "---\ntitle: Mayor again\ndate: 2024-12-01\nsummary: S.\nsources:\n  s:\n    name: S\n"
                    + "    status: confirmed\n    date: 2024-12-01\nclaims:\n  - claim: X.\n    claimant: the mayor\n"
                    + "    verdict: false\n    conclusion: No.\n    sources: [s]\n---\nB.\n")
        }
        defer { site.remove() }
        let older = try site.read("output/older/index.html")
        #expect(older.contains("<h2 id=\"related-heading\">Related fact checks</h2>"))
        #expect(
            older.contains(
                "<li><a href=\"../bridge-claim/\">Did the mayor say the bridge cost €2 billion?</a> "
                    + "<span class=\"meta\"><time datetime=\"2025-03-04T09:30:00+01:00\">4 March 2025</time></span> "
                    + "<span class=\"verdict verdict--false\"><span class=\"verdict__icon\" aria-hidden=\"true\">"
                    + "\u{2718}\u{FE0E}</span> False</span></li>"),
            "its first claim's verdict is its rating")
        // The shared claimant (3) ranks above the shared tag (1), though older.
        let bridge = try site.read("output/bridge-claim/index.html")
        let mayor = try #require(bridge.range(of: "<a href=\"../mayor/\">Mayor again</a>"))
        let olderLink = try #require(bridge.range(of: "<a href=\"../older/\">"))
        #expect(mayor.lowerBound < olderLink.lowerBound)
        #expect(
            bridge.contains(
                "Mayor again</a> <span class=\"meta\"><time datetime=\"2024-12-01\">1 December 2024</time></span> "
                    + "<span class=\"verdict verdict--false\"><span class=\"verdict__icon\" aria-hidden=\"true\">"
                    + "\u{2718}\u{FE0E}</span> False</span></li>"))
        let alone = try site.read("output/alone/index.html")
        #expect(!alone.contains("Related fact checks"))
    }
}
