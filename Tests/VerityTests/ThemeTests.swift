import Foundation
import Testing
import VerityTheme

@testable import Verity

/// The HTML type templates write with, and what the pipeline does with a theme's output.
@Suite("Swift templates")
struct ThemeTests {
    @Test("interpolated text is escaped for HTML text and quoted attributes; literals are markup")
    func escaping() {
        let probe = "<script>\"a\" & 'b'</script> \"\u{0301} {{title}} \u{2028}\u{2029}"
        let html: HTML = "<p title=\"\(probe)\">\(probe)</p>"
        let escaped =
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt; &quot;\u{0301} {{title}} \u{2028}\u{2029}"
        #expect(html.text == "<p title=\"\(escaped)\">\(escaped)</p>")
    }

    @Test("numbers, trusted HTML, links and partials go in by their type")
    func interpolationKinds() {
        let body = HTML(trusted: "<em>a</em>")
        let link = Href(site: "../a?b=1&c=\"2\"")
        func item(_ text: String, into html: inout HTML) { html.append("<li>\(text)</li>") }
        let html: HTML =
            "\(42) \(body) <a href=\"\(link)\">x</a> <ul>\(each: ["<1>", "2"], with: item)</ul>\("3", with: item)"
        #expect(
            html.text
                == "42 <em>a</em> <a href=\"../a?b=1&amp;c=&quot;2&quot;\">x</a> "
                + "<ul><li>&lt;1&gt;</li><li>2</li></ul><li>3</li>"
        )
    }

    @Test("appending keeps everything written, in order")
    func appending() {
        var html = HTML()
        #expect(html.isEmpty)
        html.append("a")
        html.appendEscaped("<b>")
        html.append("\("c")")
        #expect(html.text == "a&lt;b&gt;c")
    }

    @Test("a URL from front matter is an Href only when it is http(s)")
    func webURLs() {
        #expect(WebURL("https://example.org/a").map(Href.init)?.text == "https://example.org/a")
        for bad in [
            "javascript:alert(1)", "/relative", "https:///x", "https://a b", "data:text/html,x", "https://a\"b",
        ] {
            #expect(WebURL(bad) == nil, "\(bad)")
        }
    }

    @Test("a broken link the theme writes is reported at the templates folder")
    func brokenThemeLink() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write(a, validArticle)
        try site.write("content/pages/about.md", "---\ntitle: About\n---\nHi.\n")
        #expect(
            site.errors(theme: EditedTheme(standingPageLink: "../nowhere/")) == [
                "templates: error: broken link '../nowhere/' on about/index.html: the site has no nowhere/"
            ])
        #expect(!site.files(in: ".").contains { $0.hasPrefix("output/") })
    }
}

@Suite("Theme: anonymous sources and inferred dates")
struct SourceMarkingTests {
    @Test("an anonymous source's badge says unnamed and an inferred date says by; the ClaimReview is unchanged")
    func anonymousAndInferred() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write("content/articles/plain.md", validArticle)
        try site.build()
        let plain = try site.read("output/plain/index.html")
        try site.write(
            "content/articles/plain.md",
            validArticle.replacingOccurrences(
                of: "status: confirmed", with: "status: confirmed\n    anonymous: true\n    date_reported: false"))
        try site.build()
        let marked = try site.read("output/plain/index.html")
        #expect(!plain.contains("unnamed") && !plain.contains("by <time"))
        #expect(marked.contains("Reuters \u{00B7} Confirmed \u{00B7} unnamed</a>"))
        #expect(marked.contains("by <time datetime=\"2025-06-26\">26 June 2025</time>"))
        func jsonLD(_ page: String) -> String {
            guard let start = page.range(of: "application/ld+json"), let end = page.range(of: "</script>") else {
                return ""
            }
            return String(page[start.upperBound..<end.lowerBound])
        }
        #expect(!jsonLD(plain).isEmpty && jsonLD(plain) == jsonLD(marked))
    }

    @Test("the badge of an unverified source reads Not confirmed")
    func notConfirmed() {
        #expect(ScaleModels.english.status(SourceStatus(key: "unverified")).label == "Not confirmed")
    }
}
