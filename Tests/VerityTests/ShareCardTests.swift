import Foundation
import Testing
import VerityTheme

@testable import Verity

/// The share cards: their SVG text, line breaking, labels, and the PNGs librsvg draws from them.
@Suite("Share cards")
struct ShareCardTests {
    /// The width and height a PNG's header (its IHDR chunk, bytes 16 to 23) gives.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        let number = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    static func card(_ title: String, _ verdicts: [VerdictModel] = [.false], site: String = "Desk") -> ShareCard {
        ShareCard(slug: "a", title: title, verdicts: verdicts, siteTitle: site, style: DefaultTheme().shareCard)
    }

    @Test("a right-to-left site's card starts its texts from the right edge, in its language's words")
    func rightToLeft() throws {
        let arabic = try #require(InterfaceText.builtIn(for: "ar"))
        let card = ShareCard(
            slug: "a", title: "عنوان", verdicts: [.false, .false], siteTitle: "وحدة", style: DefaultTheme().shareCard,
            text: arabic)
        #expect(card.svg.contains("<g font-family=\"DejaVu Sans\" direction=\"rtl\">"))
        #expect(card.svg.contains("<text x=\"1128\" y=\"104\""))
        #expect(card.svg.contains("<tspan x=\"1128\" y=\"214\">عنوان</tspan>"))
        #expect(card.svg.contains("<text x=\"1096\""))
        #expect(card.svg.contains("الحكم: False، وادعاء آخر"))
        #expect(!Self.card("Title").svg.contains("direction"))
    }

    @Test("every value from the editors is escaped in the SVG")
    func escaped() {
        let card = Self.card("<script>&\"'</script>", site: "A & <B>")
        #expect(card.svg.contains("&lt;script&gt;&amp;&quot;&apos;&lt;/script&gt;"))
        #expect(card.svg.contains(">A &amp; &lt;B&gt;</text>"))
        #expect(!card.svg.contains("<script"))
        #expect(card.path == "a/share.png")
    }

    @Test("the check's rating, its first claim's verdict, becomes one label")
    func labels() {
        #expect(ShareCard.verdictLabel([.false]) == "\u{2718}\u{FE0E} Verdict: False")
        #expect(
            ShareCard.verdictLabel([.misleading, .false]) == "\u{26A0}\u{FE0E} Verdict: Misleading, and 1 more claim")
        #expect(ShareCard.verdictLabel([.false, .true, .true]) == "\u{2718}\u{FE0E} Verdict: False, and 2 more claims")
        #expect(ShareCard.verdictLabel([]) == "Fact check")
        #expect(Self.card("T", [.true]).altText == "Desk: \u{201C}T\u{201D}. Verdict: True.")
    }

    @Test("headlines are broken at spaces, long words cut, and the fourth line ends in an ellipsis")
    func wrapping() {
        #expect(ShareCard.wrap("one two three", units: 7, lines: 4) == ["one two", "three"])
        #expect(ShareCard.wrap("abcdefghij", units: 4, lines: 4) == ["abcd", "efgh", "ij"])
        #expect(ShareCard.wrap("aa bb cc dd ee ff", units: 5, lines: 2) == ["aa bb", "cc d\u{2026}"])
        // East Asian wide characters take two units.
        #expect(ShareCard.wrap("日本語のテキスト", units: 6, lines: 4) == ["日本語", "のテキ", "スト"])
        #expect(ShareCard.ellipsised("A title that is long", units: 8) == "A title\u{2026}")
    }

    @Test("a card is a 1200 × 630 PNG, the same bytes every time and on several threads at once")
    func rendersDeterministically() throws {
        let title = "Did the mayor say the bridge cost €2 billion? Ünïcödé, עברית, 日本語"
        let card = Self.card(title, [.mixed, .false])
        let first = try RSVG.png(svg: card.svg, width: ShareCard.width, height: ShareCard.height)
        #expect(Self.pngSize(first)?.width == 1200)
        #expect(Self.pngSize(first)?.height == 630)
        let again = Array(0..<8).parallelMap(jobs: 4) { _ in
            try? RSVG.png(svg: card.svg, width: ShareCard.width, height: ShareCard.height)
        }
        #expect(again.allSatisfy { $0 == first })
        let other = try RSVG.png(
            svg: Self.card("Another title").svg, width: ShareCard.width, height: ShareCard.height)
        #expect(other != first)
    }

    @Test("SVG librsvg cannot read is an error, not a crash")
    func badSVG() {
        #expect(throws: RSVG.Failure.self) { try RSVG.png(svg: "<svg", width: 10, height: 10) }
    }

    @Test("the card's font must be installed itself, not a substitute")
    func font() {
        #expect(RSVG.hasFont(family: "DejaVu Sans"))
        #expect(!RSVG.hasFont(family: "No Such Font Verity"))
    }

    @Test("each article's page names its card, whose file is a 1200 × 630 PNG")
    func pagesAndFiles() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let page = try site.read("output/bridge-claim/index.html")
        #expect(
            page.contains(
                """
                  <meta property="og:image" content="https://fixture.example.org/desk/bridge-claim/share.png">
                  <meta property="og:image:width" content="1200">
                  <meta property="og:image:height" content="630">
                  <meta property="og:image:alt" content="Fixture Desk: “Did the mayor say the bridge cost €2 \
                billion?”. Verdict: False, and 1 more claim.">
                """))
        #expect(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        #expect(try site.read("output/about/index.html").contains("<meta name=\"twitter:card\" content=\"summary\">"))
        let bytes = try [UInt8](Data(contentsOf: site.root.appendingPathComponent("output/bridge-claim/share.png")))
        #expect(Self.pngSize(bytes)?.width == 1200 && Self.pngSize(bytes)?.height == 630)
        // `older`'s lead image is its share image: no card is drawn for it.
        #expect(
            try site.read("output/older/index.html").contains(
                "content=\"https://fixture.example.org/desk/older/fares-chart.svg\""))
        #expect(
            !FileManager.default.fileExists(atPath: site.root.appendingPathComponent("output/older/share.png").path))
    }

    @Test("share_cards: false in site.yml draws no card: articles keep the site's image and a small card")
    func turnedOff() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.write("content/site.yml", try site.read("content/site.yml") + "share_cards: false\n")
        try site.build()
        #expect(
            !FileManager.default.fileExists(
                atPath: site.root.appendingPathComponent("output/bridge-claim/share.png").path))
        let page = try site.read("output/bridge-claim/index.html")
        #expect(page.contains("<meta name=\"twitter:card\" content=\"summary\">"))
        #expect(!page.contains("share.png"))
        // A lead image is still the share image.
        #expect(try site.read("output/older/index.html").contains("content=\"summary_large_image\""))
    }

    @Test("a card font that is not installed fails the build once, at the theme")
    func missingFont() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write(a, validArticle)
        try site.write("content/articles/b.md", validArticle.replacingOccurrences(of: "title: ", with: "title: B "))
        #expect(
            site.errors(theme: EditedTheme(shareCardFont: "No Such Font Verity")) == [
                "templates: error: the share cards' font 'No Such Font Verity' is not installed: install it (for "
                    + "DejaVu Sans, Debian's fonts-dejavu-core, as scripts/install-deps.sh does), or name an "
                    + "installed font in the theme's shareCard style"
            ])
        #expect(!site.files(in: ".").contains { $0.hasPrefix("output/") })
        // A card librsvg cannot draw (the SVG is made here, so only a broken library does that) is reported at
        // its article.
        #expect(
            Diagnostic(.cannotRenderShareCard("a/share.png", reason: "x"), at: SourceLocation(path: "a.md"))
                .description
                == "a.md: error: cannot render this article's share card output/a/share.png: x; check that "
                + "librsvg2-2 and fonts-dejavu-core are installed (scripts/install-deps.sh)")
    }

    @Test("a card is drawn again only when its SVG changes, whatever else the build rebuilds")
    func cached() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.build()
        let card = "output/bridge-claim/share.png"
        let inode = { () throws -> UInt64? in
            try FileManager.default.attributesOfItem(atPath: site.root.appendingPathComponent(card).path)[
                .systemFileNumber] as? UInt64
        }
        let first = try inode()
        let bytes = try site.read(card)
        // A body edit re-renders the page, and a site.yml edit every page, but not the card.
        let path = "content/articles/bridge-claim.md"
        try site.write(path, try site.read(path).replacingOccurrences(of: "in short.", with: "in brief."))
        try site.build()
        #expect(try inode() == first)
        try site.write(
            "content/site.yml",
            try site.read("content/site.yml").replacingOccurrences(of: "description: ", with: "description: New. "))
        try site.build()
        #expect(try inode() == first)
        // A new title is a new card.
        try site.write(path, try site.read(path).replacingOccurrences(of: "title: \"Did", with: "title: \"Has"))
        try site.build()
        #expect(try inode() != first)
        #expect(try site.read(card) != bytes)
        // A card removed by hand is drawn again.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(card))
        try site.build()
        #expect(site.files(in: "output").contains("bridge-claim/share.png"))
    }

    @Test("the default theme's card colours are those of its style sheet, so that a palette change shows here")
    func paletteFromStyleSheet() throws {
        let css = try String(
            contentsOf: TestSite.defaultTemplates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        let style = DefaultTheme().shareCard
        let tones = [style.neutral] + Verdict.allCases.compactMap { style.tones[$0.rawValue] }
        #expect(tones.count == Verdict.allCases.count + 1)
        let colours =
            [style.background, style.text, style.muted] + tones.flatMap { [$0.text, $0.background, $0.border] }
        for colour in colours {
            #expect(css.lowercased().contains(colour.lowercased()), "\(colour) is not in style.css")
        }
    }
}
