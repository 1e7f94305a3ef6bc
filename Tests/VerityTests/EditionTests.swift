import Foundation
import Testing
import VerityTheme

@testable import Verity

/// Sites of several language editions (`languages` in site.yml, `content/articles/<lang>/`).
@Suite("Editions")
struct EditionTests {
    /// A site with an English (main) and a French edition: `rutte-message` is in both, `bridge` only in English.
    static func bilingualSite() throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yml", TestSite.siteYAML + "languages: [en, fr]\n")
        try site.write("content/articles/rutte-message.md", check(title: "Did Rutte text Trump?", verdict: "false"))
        try site.write("content/articles/bridge.md", check(title: "Did the bridge cost more?", verdict: "true"))
        try site.write(
            "content/articles/fr/rutte-message.md",
            check(title: "Rutte a-t-il écrit à Trump ?", verdict: "false", tag: "otan"))
        try site.write("content/pages/fr/a-propos.md", "---\ntitle: À propos\n---\nNous.\n")
        return site
    }

    static func check(title: String, verdict: String, tag: String = "nato") -> String {
        """
        ---
        title: "\(title)"
        date: 2025-06-26
        summary: One line.
        tags: [\(tag)]
        sources:
          reuters:
            name: Reuters
            status: confirmed
            date: 2025-06-26
        claims:
          - id: first
            claim: Something.
            claimant: Someone
            verdict: \(verdict)
            conclusion: Not so.
            sources: [reuters]
        ---
        Body with [@reuters].

        """
    }

    @Test("each edition has its own pages, listings, feed, search index and claims export under its folder")
    func paths() throws {
        let site = try Self.bilingualSite()
        defer { site.remove() }
        try site.build()
        let files = Set(site.files(in: "output"))
        for file in [
            "index.html", "rutte-message/index.html", "bridge/index.html", "feed.xml", "claims.json",
            "sitemap.xml", "robots.txt", "404.html", "fr/index.html", "fr/rutte-message/index.html",
            "fr/a-propos/index.html", "fr/feed.xml", "fr/claims.json", "fr/search.json", "fr/search/index.html",
            "fr/claims/index.html", "fr/tags/index.html", "fr/tags/otan/index.html", "fr/corrections/index.html",
            "fr/rutte-message/share.png",
        ] {
            #expect(files.contains(file), "\(file)")
        }
        // One sitemap, robots.txt and 404 page for the site; no English article in the French edition.
        for file in [
            "fr/sitemap.xml", "fr/robots.txt", "fr/404.html", "fr/bridge/index.html", "fr/tags/nato/index.html",
        ] {
            #expect(!files.contains(file), "\(file)")
        }
        let frenchHome = try site.read("output/fr/index.html")
        #expect(frenchHome.contains("<html lang=\"fr\""))
        #expect(frenchHome.contains("Rutte a-t-il écrit à Trump ?"))
        #expect(!frenchHome.contains("Did the bridge cost more?"))
        #expect(frenchHome.contains("href=\"../assets/style.css\""))
        #expect(frenchHome.contains("<a href=\"a-propos/\">À propos</a>"))
        let englishHome = try site.read("output/index.html")
        #expect(englishHome.contains("<html lang=\"en\""))
        #expect(!englishHome.contains("Rutte a-t-il"))
        #expect(!englishHome.contains("À propos"))
        // Each edition's links to every edition's home page, named in its own language.
        #expect(
            frenchHome.contains(
                "<li><a href=\"../\" lang=\"en\" hreflang=\"en\">English</a></li>"
                    + "<li><a href=\"./\" lang=\"fr\" hreflang=\"fr\" aria-current=\"true\">Français</a></li>"))
        #expect(englishHome.contains("<li><a href=\"fr/\" lang=\"fr\" hreflang=\"fr\">Français</a></li>"))
        // Dates in the edition's language.
        #expect(frenchHome.contains("26 juin 2025"))
        #expect(englishHome.contains("26 June 2025"))
        let sitemap = try site.read("output/sitemap.xml")
        #expect(sitemap.contains("<loc>https://checks.example.org/fr/rutte-message/</loc>"))
        #expect(sitemap.contains("<loc>https://checks.example.org/fr/a-propos/</loc>"))
        #expect(sitemap.contains("<loc>https://checks.example.org/bridge/</loc>"))
    }

    @Test("each edition's feed and claims export hold its own articles, with its URLs and language")
    func feedsAndExports() throws {
        let site = try Self.bilingualSite()
        defer { site.remove() }
        try site.build()
        let frenchFeed = try site.read("output/fr/feed.xml")
        #expect(frenchFeed.contains("xml:lang=\"fr\""))
        #expect(
            frenchFeed.contains(
                "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://checks.example.org/fr/feed.xml\"/>"))
        #expect(frenchFeed.contains("<id>https://checks.example.org/fr/rutte-message/</id>"))
        #expect(!frenchFeed.contains("bridge"))
        let englishFeed = try site.read("output/feed.xml")
        #expect(englishFeed.contains("xml:lang=\"en\""))
        #expect(englishFeed.contains("<id>https://checks.example.org/bridge/</id>"))
        #expect(!englishFeed.contains("/fr/"))
        let frenchClaims = try site.read("output/fr/claims.json")
        #expect(frenchClaims.contains("https://checks.example.org/fr/rutte-message/#first"))
        #expect(!frenchClaims.contains("bridge"))
        #expect(!(try site.read("output/claims.json")).contains("/fr/"))
        #expect((try site.read("output/fr/search.json")).contains("\"url\":\"rutte-message/\""))
    }

    @Test("a translated article links to its other editions: hreflang alternates and a visible link")
    func hreflang() throws {
        let site = try Self.bilingualSite()
        defer { site.remove() }
        try site.build()
        let alternates = """
              <link rel="alternate" hreflang="en" href="https://checks.example.org/rutte-message/">
              <link rel="alternate" hreflang="fr" href="https://checks.example.org/fr/rutte-message/">
              <link rel="alternate" hreflang="x-default" href="https://checks.example.org/rutte-message/">

            """
        let french = try site.read("output/fr/rutte-message/index.html")
        let english = try site.read("output/rutte-message/index.html")
        #expect(french.contains(alternates))
        #expect(english.contains(alternates))
        #expect(
            french.contains(
                "<p class=\"translations\">Cette vérification en\u{00A0}: <a href=\"../../rutte-message/\" lang=\"en\" "
                    + "hreflang=\"en\">English</a></p>"))
        #expect(
            english.contains(
                "<p class=\"translations\">This fact check in: <a href=\"../fr/rutte-message/\" lang=\"fr\" "
                    + "hreflang=\"fr\">Français</a></p>"))
        #expect(french.contains("<link rel=\"canonical\" href=\"https://checks.example.org/fr/rutte-message/\">"))
        // An article only one edition has gets neither.
        let bridge = try site.read("output/bridge/index.html")
        #expect(!bridge.contains("hreflang=\"en\" href"))
        #expect(!bridge.contains("class=\"translations\""))
        // Related checks stay in the article's edition: both English checks share `nato`, the French one not.
        #expect(english.contains("href=\"../bridge/\""))
        #expect(!french.contains("bridge"))
    }

    @Test("ClaimReview and NewsArticle carry their edition's language")
    func inLanguage() throws {
        let site = try Self.bilingualSite()
        defer { site.remove() }
        try site.build()
        let french = try site.read("output/fr/rutte-message/index.html")
        #expect(french.contains("\"@type\":\"ClaimReview\""))
        #expect(french.components(separatedBy: "\"inLanguage\":\"fr\"").count == 3)
        #expect(!french.contains("\"inLanguage\":\"en\""))
        let english = try site.read("output/rutte-message/index.html")
        #expect(english.components(separatedBy: "\"inLanguage\":\"en\"").count == 3)
    }

    @Test("a site of one edition shows no edition links and no hreflang alternates")
    func singleEditionUnchanged() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write("content/articles/a.md", Self.check(title: "A", verdict: "false"))
        try site.build()
        let home = try site.read("output/index.html")
        #expect(!home.contains("edition-nav"))
        #expect(!home.contains("hreflang"))
    }

    @Test("each edition's bodies and front matter get its own language's quotation marks and interface texts")
    func editionLanguage() throws {
        let site = try Self.bilingualSite()
        defer { site.remove() }
        // Quotes escaped for the YAML double-quoted title.
        let french = Self.check(title: #"Rutte a-t-il dit \"bonjour\" ?"#, verdict: "false", tag: "otan")
            .replacingOccurrences(of: "Body with", with: "Le texte dit \"bonjour\" selon")
        try site.write("content/articles/fr/rutte-message.md", french)
        let english = Self.check(title: #"Did Rutte say \"hello\"?"#, verdict: "false")
            .replacingOccurrences(of: "Body with", with: "The text says \"hello\" says")
        try site.write("content/articles/rutte-message.md", english)
        try site.build()
        let frenchPage = try site.read("output/fr/rutte-message/index.html")
        #expect(frenchPage.contains("<h1>Rutte a-t-il dit «\u{202F}bonjour\u{202F}» ?</h1>"))
        #expect(frenchPage.contains("Le texte dit «\u{202F}bonjour\u{202F}» selon"))
        #expect(frenchPage.contains(">Les affirmations vérifiées</h2>"))
        #expect(frenchPage.contains("<html lang=\"fr\">"))
        let englishPage = try site.read("output/rutte-message/index.html")
        #expect(englishPage.contains("<h1>Did Rutte say “hello”?</h1>"))
        #expect(englishPage.contains("The text says “hello” says"))
        #expect(englishPage.contains(">Claims we checked</h2>"))
    }
}
