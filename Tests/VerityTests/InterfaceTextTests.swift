import Foundation
import Testing

@testable import Verity

/// The interface in the site's language: the built-in tables, plural forms, translation files and whole sites.
@Suite("Interface texts")
struct InterfaceTextTests {
    static let languages = ["en", "fr", "es", "de", "pt", "ar"]

    @Test("every built-in table gives every text, its language's plural forms and the English placeholders")
    func tablesComplete() throws {
        #expect(InterfaceText.builtIn.keys.sorted() == Self.languages.sorted())
        for language in Self.languages {
            let table = try #require(InterfaceText.builtIn[language])
            for key in TextKey.allCases {
                let entry = try #require(table[key], "\(language): \(key.rawValue) missing")
                switch entry {
                case .text(let text):
                    #expect(!key.isCounted, "\(language): \(key.rawValue) needs plural forms")
                    #expect(InterfaceText.placeholderProblems(in: text, key: key).isEmpty, "\(language): \(key)")
                    #expect(!text.isEmpty)
                case .counted(let forms):
                    #expect(key.isCounted, "\(language): \(key.rawValue) is not counted")
                    #expect(
                        forms.keys.sorted() == PluralCategory.categories(for: language), "\(language): \(key)")
                    for text in forms.values {
                        #expect(InterfaceText.placeholderProblems(in: text, key: key).isEmpty, "\(language): \(key)")
                    }
                }
            }
        }
    }

    @Test("each translated table words its texts differently from English, but for names such as 'JSON'")
    func tablesTranslated() throws {
        let english = InterfaceText.english
        for language in Self.languages where language != "en" {
            let text = try #require(InterfaceText.builtIn(for: language))
            // "page 2" is French too, and "In …" German.
            let allowed: [(String, TextKey)] = [("fr", .pageSuffix), ("de", .claimInArticle)]
            let same = TextKey.allCases.filter { key in
                guard !allowed.contains(where: { $0.0 == language && $0.1 == key }),
                    text.unfilled(key) == english.unfilled(key)
                else { return false }
                return InterfaceText.parts(of: english.unfilled(key)).contains {
                    if case .literal(let words) = $0 { words.contains { $0.isLetter } } else { false }
                }
            }
            #expect(same.isEmpty, "\(language) leaves in English: \(same.map(\.rawValue))")
        }
    }

    @Test(
        "plural forms follow CLDR's rules for whole numbers",
        arguments: [
            ("en", [0: "other", 1: "one", 2: "other", 11: "other"]),
            ("fr", [0: "one", 1: "one", 2: "other", 100: "other"]),
            ("pt", [0: "one", 1: "one", 2: "other"]),
            ("de", [0: "other", 1: "one", 2: "other"]),
            (
                "ar",
                [
                    0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many", 100: "other",
                    102: "other", 103: "few", 111: "many",
                ]
            ),
        ])
    func plurals(language: String, expected: [Int: String]) {
        for (count, category) in expected {
            #expect(PluralCategory.of(count, language: language).rawValue == category, "\(language) \(count)")
        }
    }

    @Test("counted texts take the form of their number, placeholders are filled and HTML arguments kept")
    func filling() throws {
        let arabic = try #require(InterfaceText.builtIn(for: "ar"))
        #expect(
            [0, 1, 2, 3, 11, 100].map { arabic.counted(.claimCount, $0) } == [
                "لا ادعاءات", "ادعاء واحد", "ادعاءان", "3 ادعاءات", "11 ادعاءً", "100 ادعاء",
            ])
        let french = try #require(InterfaceText.builtIn(for: "fr-CA"))
        #expect(french.language == "fr" && !french.isRightToLeft && arabic.isRightToLeft)
        #expect(french.counted(.claimCount, 0) == "0 affirmation")
        // Brazil puts 0 with 1; Portugal, like English, does not.
        #expect(try #require(InterfaceText.builtIn(for: "pt-BR")).counted(.claimCount, 0) == "0 alegação")
        #expect(try #require(InterfaceText.builtIn(for: "pt-PT")).counted(.claimCount, 0) == "0 alegações")
        #expect(french(.tagHeading, ["tag": "Mairie"]) == "Thème\u{00A0}: Mairie")
        #expect(
            InterfaceText.english.html(.claimedByOn, ["claimant": "A & B", "date": "<time>1 May</time>"]).text
                == "Claimed by A & B on <time>1 May</time>")
        #expect(
            InterfaceText.parts(of: "{a} {b c} {} {x}") == [
                .placeholder("a"), .literal(" {b c} {} "), .placeholder("x"),
            ])
    }

    @Test("docs/i18n/en.yml lists every English text, as a translation file would give them")
    func referenceFile() throws {
        let url = TestSite.repositoryRoot.appendingPathComponent("docs/i18n/en.yml")
        if ProcessInfo.processInfo.environment["VERITY_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(InterfaceText.english.translationFile().utf8).write(to: url)
        }
        let written = try String(
            contentsOf: TestSite.repositoryRoot.appendingPathComponent("docs/i18n/en.yml"), encoding: .utf8)
        #expect(written == InterfaceText.english.translationFile())
    }

    @Test("the reference file, read back as a translation file, gives the English table")
    func referenceRoundTrip() {
        let log = DiagnosticCollector()
        let file = SourceFile(path: "content/i18n/en.yml", text: InterfaceText.english.translationFile())
        let text = InterfaceText.load(
            language: "en", files: [file], languageLocation: SourceLocation(path: "content/site.yml"), log: log)
        #expect(log.diagnostics.isEmpty)
        #expect(text == InterfaceText.english)
    }

    /// A site in `language` with one article, and `files` besides.
    static func site(language: String, files: [String: String] = [:]) throws -> TestSite {
        let site = try TestSite()
        try site.write(
            "content/site.yml",
            TestSite.siteYAML.replacingOccurrences(of: "language: en", with: "language: \(language)"))
        try site.write("content/articles/a.md", validArticle)
        try site.writeTransparencyPage()
        for (path, text) in files { try site.write(path, text) }
        return site
    }

    @Test("a translation file overrides entries of its language's table and leaves the others")
    func override() throws {
        let site = try Self.site(
            language: "fr",
            files: [
                "content/i18n/fr.yml":
                    "nav_claims: Toutes nos vérifications\n"
                    + "claim_count:\n  one: \"{count} fait\"\n  other: \"{count} faits\"\n"
            ])
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.warnings.isEmpty)
        let home = try site.read("output/index.html")
        #expect(home.contains(">Toutes nos vérifications</a>"))
        #expect(home.contains("1 fait"))
        #expect(home.contains(">Dernières vérifications</h1>"))
        #expect(home.contains("<html lang=\"fr\">"))
    }

    @Test("a language with no table is worded in English, after a warning that says how to translate it")
    func untranslated() throws {
        let site = try Self.site(language: "it")
        defer { site.remove() }
        let summary = try site.build()
        #expect(
            summary.warnings.map { $0.description.replacingOccurrences(of: DisplayPath.of(site.root) + "/", with: "") }
                == [
                    "content/site.yml:3:11: warning: Verity has no interface texts for 'it': pages are worded in "
                        + "English; add content/i18n/it.yml to translate them (docs/i18n/en.yml lists every text)"
                ])
        #expect(try site.read("output/index.html").contains(">Latest fact checks</h1>"))
    }

    @Test("a language with no table takes every text from its file")
    func addedLanguage() throws {
        var yaml = InterfaceText.english.translationFile()
        yaml = yaml.replacingOccurrences(
            of: "latest_heading: \"Latest fact checks\"", with: "latest_heading: \"Ultime verifiche\"")
        let site = try Self.site(language: "it", files: ["content/i18n/it.yml": yaml])
        defer { site.remove() }
        let summary = try site.build()
        #expect(
            summary.warnings.map { $0.description.replacingOccurrences(of: DisplayPath.of(site.root) + "/", with: "") }
                == [
                    "content/site.yml:3:11: warning: 15 verdicts and statuses (true, mostly-true, mixed, "
                        + "mostly-false, false and 10 more) have no label in 'it' and show in English: list them "
                        + "under 'verdicts:' and 'statuses:' with a label for 'it', such as 'label: {en: False, it: …}'"
                ])
        #expect(try site.read("output/index.html").contains(">Ultime verifiche</h1>"))
    }

    @Test("right-to-left pages carry dir=\"rtl\", and their chart and pagination are mirrored")
    func rightToLeft() throws {
        let site = try TestSite(fixture: "ar-site")
        defer { site.remove() }
        try site.build()
        for page in site.files(in: "output").filter({ $0.hasSuffix(".html") }) {
            #expect(try site.read("output/" + page).contains("<html lang=\"ar\" dir=\"rtl\">"), "\(page)")
        }
        let home = try site.read("output/index.html")
        #expect(home.contains("<text class=\"chart-label\" x=\"640\""))
        #expect(home.contains("التالية <span aria-hidden=\"true\">\u{2190}</span>"))
    }

    @Test("a right-to-left language without a table is still laid out right to left")
    func rightToLeftWithoutTable() throws {
        let site = try Self.site(language: "fa")
        defer { site.remove() }
        try site.build()
        #expect(try site.read("output/index.html").contains("<html lang=\"fa\" dir=\"rtl\">"))
    }

    @Test("texts from a translation file are escaped like any content: in text, attributes and the search form")
    func overrideEscaped() throws {
        let site = try Self.site(
            language: "fr",
            files: [
                "content/i18n/fr.yml": """
                nav_claims: "Toutes <b> & \\"x\\""
                tags_label: "Thèmes \\"<i>\\""
                search_found:
                  one: "{count} <script> «{query}»"
                  other: "{count} \\"{query}\\" & co"

                """
            ])
        defer { site.remove() }
        try site.build()
        let home = try site.read("output/index.html")
        #expect(home.contains(">Toutes &lt;b&gt; &amp; &quot;x&quot;</a>"))
        #expect(!home.contains("<b>"))
        let article = try site.read("output/a/index.html")
        #expect(!article.contains("<i>"))
        let search = try site.read("output/search/index.html")
        #expect(search.contains(#"data-found-one="{count} &lt;script&gt; «{query}»""#))
        #expect(search.contains(#"data-found-other="{count} &quot;{query}&quot; &amp; co""#))
    }

    /// The words of every English text, as they would show in a page: each piece between placeholders with at
    /// least three letters, and not also a piece of the language's own table (as "Page" is in French).
    static func englishPieces(except language: InterfaceText) -> Set<String> {
        func pieces(_ text: InterfaceText) -> [String] {
            TextKey.allCases.flatMap { key in
                text.forms(key).map(\.text).flatMap { InterfaceText.parts(of: $0) }.compactMap {
                    if case .literal(let words) = $0 { words.trimmingCharacters(in: .whitespaces) } else { nil }
                }
            }
        }
        // The built-in verdicts' and statuses' labels and meanings are the reader's words too.
        func scaleTexts(_ language: String) -> [String] {
            let scale = VerdictScale.builtIn
            return
                (scale.verdicts.flatMap { [$0.label, $0.description] }
                + scale.statuses.flatMap { [$0.label, $0.description] }).compactMap { $0.text(in: language) }
        }
        let own = (pieces(language) + scaleTexts(language.language)).joined(separator: "\n")
        return Set(
            (pieces(.english) + scaleTexts("en")).filter { $0.filter(\.isLetter).count >= 3 && !own.contains($0) })
    }

    /// What a reader can see or hear of a file: an HTML page's text and its readable attributes (and the
    /// strings of its JSON-LD), a feed's text, a JSON file's strings; never tags, links, ids or keys.
    static func readerText(of content: String, file: String) throws -> [String] {
        func matches(_ pattern: String, in text: String) throws -> [String] {
            let regex = try Regex(pattern)
            return text.matches(of: regex).compactMap { $0.output[1].substring.map(String.init) }
        }
        let jsonString = #""((?:[^"\\]|\\.)*)"\s*[,}\]]"#
        if file.hasSuffix(".json") {
            return try matches(jsonString, in: content).filter { !$0.hasPrefix("http") && !$0.hasPrefix("#") }
        }
        if file.hasSuffix(".html") {
            var texts = try matches(#"<script type="application/ld\+json">(.*?)</script>"#, in: content).flatMap {
                try matches(jsonString, in: $0)
            }.filter { !$0.hasPrefix("http") }
            let page = content.replacing(try Regex(#"<script[^>]*>.*?</script>"#), with: "")
            texts += try matches(#"(?:aria-label|title|alt|content|data-[a-z-]+)="([^"]*)""#, in: page)
            texts += try matches(#">([^<]+)<"#, in: page)
            return texts.filter { !$0.hasPrefix("http") && !$0.hasPrefix("../") }
        }
        if file.hasSuffix(".xml") {
            return try matches(#">([^<]+)<"#, in: content).filter { !$0.hasPrefix("http") }
        }
        return []
    }

    /// Whether `piece` occurs in `text` as whole words (no letter just before or after it).
    static func containsWords(_ text: String, _ piece: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: piece) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    @Test("a French and an Arabic site show no English text of the interface in any file", arguments: ["fr", "ar"])
    func noEnglish(language: String) throws {
        let site = try TestSite(fixture: "\(language)-site")
        defer { site.remove() }
        let summary = try site.build()
        // The fixture's one page is its methodology: it is warned of the others, and of nothing else.
        #expect(
            summary.warnings.map(\.problem) == [
                .missingTransparencyPages([.funding, .team, .correctionsPolicy, .contact, .submitClaims])
            ])
        let text = try #require(InterfaceText.builtIn(for: language))
        let pieces = Self.englishPieces(except: text)
        #expect(pieces.count > 60)
        let files = site.files(in: "output").filter { !$0.hasPrefix("assets/") }
        #expect(files.count >= 20)
        var scanned = 0
        for file in files {
            let texts = try Self.readerText(of: try site.read("output/" + file), file: file)
            scanned += texts.count
            for text in texts {
                for piece in pieces where Self.containsWords(text, piece) {
                    Issue.record("output/\(file) shows the English '\(piece)' in '\(text)'")
                }
            }
        }
        #expect(scanned > 500)
    }

    @Test("the scan finds English: the same site in English fails it")
    func scanCanFail() throws {
        let site = try TestSite(fixture: "fr-site")
        defer { site.remove() }
        let yaml = try site.read("content/site.yml").replacingOccurrences(of: "language: fr", with: "language: en")
        try site.write("content/site.yml", yaml)
        try site.build()
        let pieces = Self.englishPieces(except: try #require(InterfaceText.builtIn(for: "fr")))
        let page = try site.read("output/pont/index.html")
        let found = try Self.readerText(of: page, file: "pont/index.html").filter { text in
            pieces.contains { Self.containsWords(text, $0) }
        }
        #expect(found.count > 10)
    }
}
