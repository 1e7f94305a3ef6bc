import Foundation
import Testing

@testable import Verity

/// site.yml's logo, accent colours, header navigation and footer links.
@Suite("Branding")
struct BrandingTests {
    @Test(
        "contrast ratios follow WCAG 2 and are rounded down, so that 4.48:1 is never shown as passing",
        arguments: [
            ("#767676", "#ffffff", 45), ("#777777", "#ffffff", 44), ("#000000", "#FFFFFF", 210),
            ("#ffcc00", "#ffffff", 15), ("#8cb8ff", "#141414", 91), ("#ffffff", "#ffffff", 10),
        ])
    func contrast(_ color: String, _ background: String, _ tenths: Int) throws {
        let color = try #require(HexColor(color))
        let background = try #require(HexColor(background))
        #expect(HexColor.tenths(color.contrast(with: background)) == tenths)
    }

    @Test("only #rrggbb is a colour", arguments: ["#fff", "0b55b5", "#0b55b", "#0b55b5f", "#0g55b5", "", "#"])
    func notColors(_ text: String) {
        #expect(HexColor(text) == nil)
    }

    @Test("the theme's own background constants are the style sheet's")
    func backgrounds() throws {
        let css = try String(
            contentsOf: TestSite.defaultTemplates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(css.contains("--bg: \(SiteBranding.lightBackground.text);"))
        #expect(css.contains("--bg: \(SiteBranding.darkBackground.text);"))
    }

    /// A site with one article and one standing page, and `siteYAML` added to site.yml.
    static func site(siteYAML: String) throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yml", TestSite.siteYAML + siteYAML)
        try site.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-03-02\nsummary: A.\n---\nA.\n")
        try site.write("content/pages/about.md", "---\ntitle: About us\n---\nAbout.\n")
        return site
    }

    @Test("without branding keys the header and footer are the theme's own")
    func defaults() throws {
        let site = try Self.site(siteYAML: "")
        defer { site.remove() }
        try site.build()
        let home = try site.read("output/index.html")
        #expect(home.contains("<html lang=\"en\">\n"))
        #expect(home.contains("<p class=\"site-title\"><a href=\"./\" aria-current=\"page\">Test Desk</a></p>"))
        #expect(home.contains("<ul class=\"site-nav\"><li><a href=\"about/\">About us</a></li></ul>"))
        #expect(home.contains("<li><a href=\"feed.xml\">Atom feed</a></li>\n      </ul>"))
    }

    @Test("nav in site.yml's order, the current section marked, links from the root made relative")
    func navigation() throws {
        let site = try Self.site(
            siteYAML: """
                accent_color: "#1A5C8A"
                nav:
                  - search
                  - title: Donate
                    href: https://example.org/donate?from=nav&x=1
                  - claims
                  - pages
                  - feed
                  - title: Home
                    href: /
                footer_links:
                  - title: Newsletter
                    href: /about/

                """)
        defer { site.remove() }
        try site.build()
        let claims = try site.read("output/claims/index.html")
        #expect(claims.contains("<html lang=\"en\" style=\"--accent:#1a5c8a\">"))
        #expect(
            claims.contains(
                "<ul class=\"site-nav\"><li><a href=\"../search/\">Search</a></li>"
                    + "<li><a href=\"https://example.org/donate?from=nav&amp;x=1\">Donate</a></li>"
                    + "<li><a href=\"../claims/\" aria-current=\"page\">All claims</a></li>"
                    + "<li><a href=\"../about/\">About us</a></li><li><a href=\"../feed.xml\">Atom feed</a></li>"
                    + "<li><a href=\"../\">Home</a></li></ul>"))
        #expect(claims.contains("<li><a href=\"../about/\">Newsletter</a></li>\n      </ul>"))
        let about = try site.read("output/about/index.html")
        #expect(about.contains("<li><a href=\"../about/\" aria-current=\"page\">About us</a></li>"))
        #expect(try site.read("output/index.html").contains("<li><a href=\"./\">Home</a></li>"))
    }

    @Test("a logo without src shows the publisher's logo, with its alt text and size")
    func publisherLogo() throws {
        let yaml = TestSite.siteYAML.replacingOccurrences(
            of: "  url: https://checks.example.org/\n", with: "  url: https://checks.example.org/\n  logo: /logo.svg\n")
        let site = try Self.site(siteYAML: "")
        defer { site.remove() }
        try site.write("content/site.yml", yaml + "logo:\n  alt: \"Test <Desk>\"\n  height: 40\n")
        try site.write("content/static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.build()
        #expect(
            try site.read("output/a/index.html").contains(
                "<a href=\"../\"><img class=\"site-logo\" src=\"../logo.svg\" alt=\"Test &lt;Desk&gt;\" "
                    + "height=\"40\">Test Desk</a>"))
    }
}
