import Testing

@testable import Verity

/// Smart punctuation of front-matter text (`SmartPunctuation`), and the language's quotation marks in bodies.
@Suite("Smart punctuation")
struct SmartPunctuationTests {
    /// Phrases written with no Markdown syntax, so that cmark-gfm reads them as plain text, as front matter is.
    static let phrases = [
        "\"Hello,\" she said.", "It's NATO's call -- or is it?", "Don't 'quote' me", "'don't'", "l'OTAN a dit",
        "rock 'n' roll", "the '90s", "'a 'b' c'", "\"a\" b\"", "a \" b", "\"foo\"bar\"", "x(\"a\")", "x)'a'",
        "a--b---c----d-----e------f", ". .. ... .... ..... ......", "\"Quote\"--nope...", "'Single' and \"double\"",
        "He said: \"'Nested' quotes\" here", "\"\"", "''", "\"", "'", "«\"a\"»", "\"«a»\"", "(\"a\")", "\"a\".",
        "\"a,\" 'b.' \"c!\"", "“Typed” and \"straight\"", "émigré's \"café\"", "\"Ça\" dit-il", "a-b - c -- d",
        "see https://example.org/a--b...c \"ok\"", "(www.example.org/x--y) 'q'", "\"https://example.org/a--b\"",
        "Trump's \"Daddy\" post -- a 'joke'?", "5'10\" tall", "She said \"no\"\u{00A0}twice", "\u{3000}\"a\"\u{3000}",
        "\"a\u{202F}\"", "word\"word\"word", "a.\"b\"", "\"a\"\"b\"", "it''s", "\"\"a\"\"",
    ]

    /// cmark-gfm's own rendering of `phrase` as a paragraph, smart punctuation on, as text.
    static func cmark(_ phrase: String) -> String {
        let html = CMark.html(from: phrase, options: CMarkOptions(smart: true, unsafeHTML: false))
        var text = html
        if text.hasPrefix("<p>") { text.removeFirst(3) }
        if text.hasSuffix("</p>\n") { text.removeLast(5) }
        // Autolinks are written as links: keep their text.
        while let start = text.range(of: "<a href=\""), let end = text[start.upperBound...].range(of: "\">") {
            text.removeSubrange(start.lowerBound..<end.upperBound)
            if let close = text.range(of: "</a>") { text.removeSubrange(close) }
        }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("front matter gets exactly what cmark-gfm writes for a body", arguments: phrases)
    func sameAsCMark(phrase: String) {
        #expect(SmartPunctuation(language: "en").apply(phrase) == Self.cmark(phrase))
    }

    @Test(
        "English: verbatim",
        arguments: [
            ("\"Hello,\" she said.", "“Hello,” she said."),
            ("It's NATO's call -- or is it...", "It’s NATO’s call – or is it…"),
            ("1990---2000", "1990—2000"),
            ("'a' \"b\"", "‘a’ “b”"),
            ("https://example.org/a--b", "https://example.org/a--b"),
        ])
    func english(input: String, expected: String) {
        #expect(SmartPunctuation(language: "en-GB").apply(input) == expected)
        #expect(SmartPunctuation(language: "nl").apply(input) == expected)
    }

    @Test(
        "French: « » with narrow no-break spaces inside, apostrophes ’",
        arguments: [
            ("\"L'OTAN\" a dit \"oui\".", "«\u{202F}L’OTAN\u{202F}» a dit «\u{202F}oui\u{202F}»."),
            ("« déjà espacé »", "«\u{202F}déjà espacé\u{202F}»"),
            ("«serré»", "«\u{202F}serré\u{202F}»"),
            ("\"Il a dit \"non\" hier\"", "«\u{202F}Il a dit “non” hier\u{202F}»"),
            ("'simple'", "‘simple’"),
            ("Vrai -- ou faux ...", "Vrai – ou faux …"),
        ])
    func french(input: String, expected: String) {
        #expect(SmartPunctuation(language: "fr").apply(input) == expected)
        #expect(SmartPunctuation(language: "fr-CA").apply(input) == expected)
    }

    @Test(
        "German: „ “, typed German quotes kept, single quotes ‘ ’",
        arguments: [
            ("Er sagte \"nein\".", "Er sagte „nein“."),
            ("Typed „richtig“ and \"straight\"", "Typed „richtig“ and „straight“"),
            ("„Er sagte \"nein\" heute“", "„Er sagte „nein“ heute“"),
            ("\"Außen \"innen\" außen\"", "„Außen „innen“ außen“"),
            ("Geht's 'so'?", "Geht’s ‘so’?"),
        ])
    func german(input: String, expected: String) {
        #expect(SmartPunctuation(language: "de").apply(input) == expected)
        #expect(SmartPunctuation(language: "de-AT").apply(input) == expected)
    }

    @Test(
        "guillemets without spaces: Spanish, European Portuguese, Arabic, Swiss German",
        arguments: ["es", "es-419", "pt-PT", "ar", "ar-EG", "de-CH", "de-LI"])
    func guillemets(language: String) {
        #expect(
            SmartPunctuation(language: language).apply("\"Uno \"dos\" tres\" 'x'") == "«Uno “dos” tres» ‘x’")
    }

    @Test("Brazilian Portuguese and other languages: “ ”", arguments: ["pt", "pt-BR", "en", "it", "zh-Hant-TW"])
    func curly(language: String) {
        #expect(SmartPunctuation(language: language).apply("\"Um\" 'dois'") == "“Um” ‘dois’")
    }

    @Test("switched off, text stays as typed")
    func off() {
        #expect(SmartPunctuation(language: "fr", enabled: false).apply("\"a\" -- b...") == "\"a\" -- b...")
        #expect(SmartPunctuation.off.apply("it's") == "it's")
    }

    /// A body rendered in `language`.
    static func body(_ markdown: String, language: String) -> String {
        let renderer = MarkdownRenderer(unsafeHTML: false, punctuation: SmartPunctuation(language: language))
        return renderer.render(
            MarkdownBody(text: markdown, path: "a.md", firstLine: 1), sourceIDs: [], reservedIDs: [],
            badge: { $0 }, log: DiagnosticCollector())
    }

    @Test("a body's quotation marks follow the language; code, URLs and raw HTML keep what was typed")
    func body() {
        let markdown = """
            ## Il a dit "non"

            "L'OTAN" *"a dit"* `"code" -- ...` [lien "x"](https://example.org/"a"--b) https://example.org/a--b

            ```
            "bloc" -- ...
            ```

            "Ouvert sans fin

            fin" ![image "alt"](x.png)
            """
        #expect(
            Self.body(markdown, language: "fr")
                == """
                <h2 id="il-a-dit-non">Il a dit «\u{202F}non\u{202F}»</h2>
                <p>«\u{202F}L’OTAN\u{202F}» <em>«\u{202F}a dit\u{202F}»</em> \
                <code>&quot;code&quot; -- ...</code> \
                <a href="https://example.org/%22a%22--b">lien «\u{202F}x\u{202F}»</a> \
                <a href="https://example.org/a--b">https://example.org/a--b</a></p>
                <pre><code>&quot;bloc&quot; -- ...
                </code></pre>
                <p>«\u{202F}Ouvert sans fin</p>
                <p>fin\u{202F}» \
                <img src="x.png" alt="image «\u{202F}alt\u{202F}»" /></p>

                """)
        let german = Self.body("Er sagte \"nein\" und „ja“.", language: "de")
        #expect(german == "<p>Er sagte „nein“ und „ja“.</p>\n")
        // A typed „ quotation is closed by its “ across inline markup, and quotes inside it open after a space.
        let typed = Self.body("„Er *sagte*“ und „Er sagte *\"nein\"* heute“", language: "de")
        #expect(typed == "<p>„Er <em>sagte</em>“ und „Er sagte <em>„nein“</em> heute“</p>\n")
        #expect(Self.body("\"a\"", language: "en") == "<p>“a”</p>\n")
    }

    @Test("a phrase reads the same in front matter and in a body", arguments: ["fr", "de", "es", "pt-PT", "en"])
    func frontMatterMatchesBody(language: String) {
        for phrase in Self.phrases where !phrase.contains("http") && !phrase.contains("www") {
            var body = Self.body(phrase, language: language)
            body.removeFirst(3)
            body.removeLast(5)
            body = body.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            #expect(SmartPunctuation(language: language).apply(phrase) == body, "\(phrase)")
        }
    }
}

/// Smart punctuation through a whole build: every output a reader or a machine reads shows the same text.
@Suite("Smart punctuation, whole site")
struct SmartPunctuationSiteTests {
    static func site(language: String, switchedOff: Bool = false) throws -> TestSite {
        let site = try TestSite()
        try site.write(
            "content/site.yml",
            TestSite.siteYAML.replacingOccurrences(of: "language: en", with: "language: \(language)")
                + (switchedOff ? "smart_punctuation: false\n" : ""))
        try site.write(
            "content/articles/otan.md",
            """
            ---
            title: "\\"L'OTAN\\" a-t-il dit \\"oui\\"... -- ou non ?"
            date: 2025-06-01
            summary: Ce que l'OTAN a "vraiment" dit.
            author: Jean d'Ormesson
            sources:
              otan:
                name: Porte-parole de l'OTAN
                status: confirmed
                date: 2025-06-01
                said: "\\"C'est exact\\", a-t-il dit."
            claims:
              - claim: L'OTAN a dit "oui".
                claimant: Un "blogueur"
                verdict: "false"
                conclusion: L'OTAN n'a rien dit -- voir "source".
                sources: [otan]
            updates:
              - date: 2025-06-02
                note: Ajout d'une "précision".
            ---

            "L'OTAN" a confirmé [@otan]. Voir `"code" -- l'OTAN...` et https://example.org/a--b.

            """)
        try site.write(
            "content/pages/about.md",
            "---\ntitle: À propos de \"nous\"\nsummary: L'équipe -- et ses règles.\n---\n\nNous.\n")
        return site
    }

    @Test("a French title, claim and conclusion get « » in the page, the feed, JSON-LD, claims.json and search.json")
    func french() throws {
        let site = try Self.site(language: "fr")
        defer { site.remove() }
        try site.build()
        let (open, close) = ("«\u{202F}", "\u{202F}»")
        let title = "\(open)L’OTAN\(close) a-t-il dit \(open)oui\(close)… – ou non ?"
        let claim = "L’OTAN a dit \(open)oui\(close)."
        let page = try site.read("output/otan/index.html")
        #expect(page.contains("<h1>\(title)</h1>"))
        #expect(page.contains("<title>\(title)"))
        #expect(page.contains("\"claimReviewed\":\"\(claim)\""))
        #expect(page.contains("\"headline\":\"\(title)\""))
        #expect(page.contains("L’OTAN n’a rien dit – voir \(open)source\(close)."))
        #expect(page.contains("Ce que l’OTAN a \(open)vraiment\(close) dit."))
        #expect(page.contains("Porte-parole de l’OTAN"))
        #expect(page.contains("\(open)C’est exact\(close), a-t-il dit."))
        #expect(page.contains("Un \(open)blogueur\(close)"))
        #expect(page.contains("Ajout d’une \(open)précision\(close)."))
        #expect(page.contains("Jean d’Ormesson"))
        // The body follows the same table; code and URLs keep what was typed.
        #expect(page.contains("<p>\(open)L’OTAN\(close) a confirmé"))
        #expect(page.contains("<code>&quot;code&quot; -- l'OTAN...</code>"))
        #expect(page.contains("<a href=\"https://example.org/a--b\">https://example.org/a--b</a>."))
        let feed = try site.read("output/feed.xml")
        #expect(feed.contains("<title>\(title)</title>"))
        #expect(feed.contains("Ce que l’OTAN a \(open)vraiment\(close) dit."))
        let claims = try site.read("output/claims.json")
        #expect(claims.contains("\"claim\" : \"\(claim)\""))
        #expect(claims.contains("Un \(open)blogueur\(close)"))
        let search = try site.read("output/search.json")
        #expect(search.contains("\"title\":\"\(title)\""))
        let about = try site.read("output/about/index.html")
        #expect(about.contains("À propos de \(open)nous\(close)</h1>"))
        #expect(about.contains("<meta name=\"description\" content=\"L’équipe – et ses règles.\">"))
        #expect(page.contains(">À propos de \(open)nous\(close)</a>"))
        // Keys, slugs, URLs and dates are untouched.
        #expect(page.contains("https://checks.example.org/otan/#claim-1"))
        #expect(page.contains("\"datePublished\":\"2025-06-01\""))
    }

    @Test("German quotes; with smart_punctuation: false front matter and body stay as typed")
    func germanAndOff() throws {
        let german = try Self.site(language: "de")
        defer { german.remove() }
        try german.build()
        let page = try german.read("output/otan/index.html")
        #expect(page.contains("<h1>„L’OTAN“ a-t-il dit „oui“… – ou non ?</h1>"))
        #expect(page.contains("<p>„L’OTAN“ a confirmé"))
        let off = try Self.site(language: "fr", switchedOff: true)
        defer { off.remove() }
        try off.build()
        let plain = try off.read("output/otan/index.html")
        #expect(plain.contains("<h1>&quot;L&#39;OTAN&quot; a-t-il dit &quot;oui&quot;... -- ou non ?</h1>"))
        #expect(plain.contains("<p>&quot;L'OTAN&quot; a confirmé"))
        #expect(try off.read("output/feed.xml").contains("<title>&quot;L&apos;OTAN&quot; a-t-il dit"))
    }
}

extension SmartPunctuationSiteTests {
    @Test("changing the language or the switch in site.yml rebuilds cached articles with the new punctuation")
    func incremental() throws {
        let site = try Self.site(language: "fr")
        defer { site.remove() }
        try site.build()
        #expect(try site.read("output/otan/index.html").contains("<h1>«\u{202F}L’OTAN\u{202F}»"))
        let french = try site.read("content/site.yml")
        try site.write("content/site.yml", french.replacingOccurrences(of: "language: fr", with: "language: de"))
        try site.build()
        #expect(try site.read("output/otan/index.html").contains("<h1>„L’OTAN“"))
        #expect(try site.read("output/claims.json").contains("\"claim\" : \"L’OTAN a dit „oui“.\""))
        try site.write("content/site.yml", french + "smart_punctuation: false\n")
        try site.build()
        #expect(try site.read("output/otan/index.html").contains("<h1>&quot;L&#39;OTAN&quot;"))
    }
}
