import Foundation
import Testing

@testable import Verity

/// Tags written in words get a slug for their URL and keep their words as their name, unless site.yml names them.
@Suite("Tag names")
struct TagNameTests {
    @Test(
        "a tag's slug: lowercase ASCII letters and digits, runs of anything else as one '-'",
        arguments: [
            ("City Council", "city-council"), ("  São Paulo!  ", "sao-paulo"), ("COVID-19", "covid-19"),
            ("Straße & Ærø", "strasse-aero"), ("Élysée (Paris)", "elysee-paris"), ("../../etc", "etc"),
            ("a/b", "a-b"), ("Москва", ""), ("!?", ""), ("Kyiv/Київ", "kyiv"),
        ])
    func slugs(_ written: String, _ slug: String) {
        #expect(TagSlug.of(written) == slug)
    }

    /// A site with two articles tagged in words and as a slug, and `siteYAML` added to site.yml.
    static func site(siteYAML: String = "") throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yml", TestSite.siteYAML + siteYAML)
        try site.writeTransparencyPage()
        try site.write(
            "content/articles/a.md",
            "---\ntitle: A\ndate: 2025-03-02\nsummary: A.\ntags: [City Council, nato, São Paulo]\n---\nA.\n")
        try site.write(
            "content/articles/b.md", "---\ntitle: B\ndate: 2025-03-01\nsummary: B.\ntags: [City Council]\n---\nB.\n")
        return site
    }

    @Test("the name is shown wherever the tag is, and the URL uses the slug")
    func namesShown() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        #expect(
            site.files(in: "output/tags").filter { $0.hasSuffix("index.html") }.sorted() == [
                "city-council/index.html", "index.html", "nato/index.html", "sao-paulo/index.html",
            ])
        let link = "<a class=\"tag\" href=\"../tags/city-council/\">City Council</a>"
        #expect(try site.read("output/a/index.html").contains(link))
        let keywords = "\"keywords\":[\"City Council\",\"nato\",\"São Paulo\"]"
        #expect(try site.read("output/a/index.html").contains(keywords))
        #expect(try site.read("output/index.html").contains("<a class=\"tag\" href=\"tags/sao-paulo/\">São Paulo</a>"))
        let tag = try site.read("output/tags/city-council/index.html")
        #expect(tag.contains("<title>Tag: City Council | Test Desk</title>"))
        #expect(tag.contains("<h1>Tag: City Council</h1>"))
        #expect(try site.read("output/tags/index.html").contains(">City Council</a>"))
        #expect(
            try site.read("output/feed.xml").contains("<category term=\"city-council\" label=\"City Council\"/>"))
    }

    @Test("site.yml's name wins over the articles' spellings, and a name no article uses is a warning")
    func siteNames() throws {
        let site = try Self.site(siteYAML: "tags:\n  city-council: City council\n  natto: NATO\n  nato: NATO\n")
        defer { site.remove() }
        let summary = try site.build()
        #expect(
            summary.warnings.map {
                $0.description.replacingOccurrences(of: DisplayPath.of(site.root) + "/", with: "")
            } == [
                "content/site.yml:11:3: warning: site.yml's 'tags' names tag 'natto', which no article uses "
                    + "(did you mean 'nato'?)"
            ])
        #expect(try site.read("output/a/index.html").contains(">City council</a>"))
        #expect(try site.read("output/b/index.html").contains(">City council</a>"))
        #expect(try site.read("output/tags/nato/index.html").contains("<h1>Tag: NATO</h1>"))
        // Spelled two ways, but named in site.yml: no error.
        try site.write(
            "content/articles/b.md", "---\ntitle: B\ndate: 2025-03-01\nsummary: B.\ntags: [city-council]\n---\nB.\n")
        try site.build()
        #expect(try site.read("output/b/index.html").contains(">City council</a>"))
    }

    @Test("no name is called unused while an article cannot be read: it may use the tag")
    func unusedWhileBroken() throws {
        let site = try Self.site(siteYAML: "tags:\n  natto: NATO\n")
        defer { site.remove() }
        try site.write("content/articles/c.md", "---\ndate: 2025-03-01\nsummary: C.\ntags: [natto]\n---\nC.\n")
        #expect(site.errors() == ["content/articles/c.md:1:1: error: missing required key 'title'"])
    }

    @Test("an article's page shows the name site.yml gives after an incremental build")
    func incremental() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        try site.write("content/site.yml", TestSite.siteYAML + "tags:\n  city-council: Town hall\n")
        try site.build()
        #expect(try site.read("output/b/index.html").contains(">Town hall</a>"))
        #expect(try IncrementalBuildTests().snapshot(site) == IncrementalBuildTests().cleanBuild(site))
    }
}
