import Testing

@testable import Verity

/// The render-Markdown stage on its own.
@Suite("Markdown rendering")
struct MarkdownRendererTests {
    func render(
        _ text: String, unsafe: Bool = false, sources: [String] = ["reuters", "nato"], reserved: Set<String> = []
    )
        -> (html: String, errors: [String])
    {
        let log = DiagnosticCollector()
        let html = MarkdownRenderer(unsafeHTML: unsafe).render(
            MarkdownBody(text: text, path: "a.md", firstLine: 10), sourceIDs: sources, reservedIDs: reserved,
            badge: { "<b>\($0)</b>" }, log: log)
        return (html, log.diagnostics.map(\.description))
    }

    @Test("headings get unique ids that avoid reserved ones")
    func headingIDs() {
        let result = render("# What NATO said\n\n## What NATO said\n\n### Claims\n", reserved: ["claims"])
        #expect(
            result.html
                == "<h1 id=\"what-nato-said\">What NATO said</h1>\n<h2 id=\"what-nato-said-1\">What NATO "
                + "said</h2>\n<h3 id=\"claims-1\">Claims</h3>\n"
        )
    }

    @Test(
        "heading ids: any Unicode space becomes a hyphen, combining marks are kept",
        arguments: [
            ("a\u{00A0}b\u{3000}c", "a-b-c"),
            ("a\u{2003}b\u{202F}c\u{1680}d\u{205F}e\u{2009}f", "a-b-c-d-e-f"),
            ("a \u{00A0} b", "a-b"),
            ("नमस्ते दुनिया", "नमस्ते-दुनिया"),
            ("Cafe\u{0301} x\u{20DD}", "cafe\u{0301}-x\u{20DD}"),
            ("\u{0301}a !\u{0301}b", "a-b"),
            ("What NATO's chief said: \"Daddy\" (2025)", "what-natos-chief-said-daddy-2025"),
        ])
    func unicodeHeadingIDs(_ text: String, _ id: String) {
        // Bytes: a heading that starts with a combining mark makes `>` and the mark one Character.
        #expect(render("# \(text)\n").html.utf8.starts(with: "<h1 id=\"\(id)\">".utf8))
    }

    @Test("a badge with a very long id is reported at its own [@")
    func longBadgeID() {
        let long = String(repeating: "x", count: 300)
        let result = render("First line.\n\nSee [@\(long)] and [@\(long)y].\n")
        #expect(
            result.errors == [
                "a.md:12:5: error: unknown source '\(long)'; declare it under 'sources:'",
                "a.md:12:\(4 + 2 + long.count + 6 + 1): error: unknown source '\(long)y'; declare it under 'sources:'",
            ])
    }

    @Test("badges are resolved, but not inside code")
    func badges() {
        let result = render("See [@reuters] and [@reuters; @nato], not `[@reuters]`.\n\n    [@nato]\n")
        #expect(
            result.html
                == "<p>See <b>reuters</b> and <b>reuters</b> <b>nato</b>, not "
                + "<code>[@reuters]</code>.</p>\n<pre><code>[@nato]\n</code></pre>\n"
        )
        #expect(result.errors.isEmpty)
    }

    @Test("an unknown badge is reported at the file's line and column")
    func unknownBadge() {
        let result = render("First line.\n\nÜber *x* [@reutres].\n")
        #expect(result.errors == ["a.md:12:10: error: unknown source 'reutres' (did you mean 'reuters'?)"])
    }

    @Test("text that only looks like a badge is left alone")
    func notBadges() {
        #expect(render("Mail x@example.org or [@ no close\n").errors.isEmpty)
        #expect(render("[link](https://example.org) and [^1].\n\n[^1]: Note.\n").errors.isEmpty)
    }

    @Test("raw HTML is omitted unless allowed")
    func rawHTML() {
        #expect(
            render("<script>alert(1)</script>\n\nA <b>b</b>.\n").html
                == "<!-- raw HTML omitted -->\n<p>A <!-- raw HTML omitted -->b<!-- raw HTML omitted -->.</p>\n")
        #expect(render("A <b>b</b>.\n", unsafe: true).html == "<p>A <b>b</b>.</p>\n")
        #expect(render("<script>x</script>\n", unsafe: true).html == "&lt;script>x&lt;/script>\n")
    }

    @Test("dangerous link schemes are emptied")
    func dangerousLinks() {
        #expect(render("[x](javascript:alert(1))\n").html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test("GFM extensions and smart punctuation are on")
    func extensions() {
        let html = render("\"Hi\" -- ~~no~~ www.example.org\n\n- [x] done\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n").html
        #expect(html.contains("“Hi” – <del>no</del> <a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"done\" /> done"))
        #expect(html.contains("<th style=\"text-align: right\">b</th>"))
    }
}

@Suite("Markdown rendering, headings with badges")
struct HeadingBadgeTests {
    @Test("a badge in a heading is rendered, checked and left out of the heading's id")
    func badgeInHeading() {
        let log = DiagnosticCollector()
        let html = MarkdownRenderer(unsafeHTML: false).render(
            MarkdownBody(text: "## What Reuters said [@reuters]\n\n## Also [@reutres]\n", path: "a.md", firstLine: 1),
            sourceIDs: ["reuters"], reservedIDs: [], badge: { "<b>\($0)</b>" }, log: log)
        #expect(
            html == "<h2 id=\"what-reuters-said\">What Reuters said <b>reuters</b></h2>\n<h2 id=\"also\">Also </h2>\n")
        #expect(
            log.diagnostics.map(\.description) == [
                "a.md:3:9: error: unknown source 'reutres' (did you mean 'reuters'?)"
            ])
    }

    @Test("code blocks carry their language as a class")
    func codeLanguage() {
        let html = MarkdownRenderer(unsafeHTML: false).render(
            MarkdownBody(text: "```swift\nlet x = 1\n```\n", path: "a.md", firstLine: 1),
            sourceIDs: [], reservedIDs: [], badge: { _ in "" }, log: DiagnosticCollector())
        #expect(html == "<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
    }
}

@Suite("Markdown rendering, badge placement")
struct BadgePlacementTests {
    func render(_ text: String) -> (html: String, errors: [String]) {
        let log = DiagnosticCollector()
        let html = MarkdownRenderer(unsafeHTML: false).render(
            MarkdownBody(text: text, path: "a.md", firstLine: 1), sourceIDs: ["r"], reservedIDs: [],
            badge: { "<b>\($0)</b>" }, log: log)
        return (html, log.diagnostics.map(\.description))
    }

    @Test("a badge in a table cell is rendered")
    func tableCell() {
        let result = render("| a | b |\n|---|---|\n| before [@r] after | y |\n")
        #expect(result.html.contains("<td>before <b>r</b> after</td>"))
    }

    @Test(
        "badges after a hard line break or a multi-line code span are located on their own line",
        arguments: [
            ("First\\\n[@x] second\n", "a.md:2:1"),
            ("A `code\nspan` then [@x]\n", "a.md:2:12"),
            ("Text\nmore text [@x]\n", "a.md:2:11"),
        ])
    func position(text: String, location: String) {
        #expect(render(text).errors == ["\(location): error: unknown source 'x' (did you mean 'r'?)"])
    }

    @Test("private-use characters in the text are kept")
    func privateUse() {
        let open = "\u{E000}"
        let zero = "\u{E010}"
        let nine = "\u{E019}"
        let close = "\u{E001}"
        let text = "A \(open)\(zero) B [@r] \(open)\(nine)\(close) C \(close)\n"
        let expected = "<p>A \(open)\(zero) B <b>r</b> \(open)\(nine)\(close) C \(close)</p>\n"
        let html = render(text).html
        #expect(html == expected)
    }
}
