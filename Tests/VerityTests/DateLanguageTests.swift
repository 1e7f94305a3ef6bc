import Foundation
import Testing

@testable import Verity

/// Dates for readers in the site's language: the table, the language tag, whole sites and the machine's locale.
@Suite("Date languages", .serialized)
struct DateLanguageTests {
    /// The 26th of every month of 2025 in each language, January first.
    static let months: [(DateLanguage, [String])] = [
        (
            .english,
            [
                "26 January 2025", "26 February 2025", "26 March 2025", "26 April 2025", "26 May 2025",
                "26 June 2025", "26 July 2025", "26 August 2025", "26 September 2025", "26 October 2025",
                "26 November 2025", "26 December 2025",
            ]
        ),
        (
            .french,
            [
                "26 janvier 2025", "26 février 2025", "26 mars 2025", "26 avril 2025", "26 mai 2025",
                "26 juin 2025", "26 juillet 2025", "26 août 2025", "26 septembre 2025", "26 octobre 2025",
                "26 novembre 2025", "26 décembre 2025",
            ]
        ),
        (
            .spanish,
            [
                "26 de enero de 2025", "26 de febrero de 2025", "26 de marzo de 2025", "26 de abril de 2025",
                "26 de mayo de 2025", "26 de junio de 2025", "26 de julio de 2025", "26 de agosto de 2025",
                "26 de septiembre de 2025", "26 de octubre de 2025", "26 de noviembre de 2025",
                "26 de diciembre de 2025",
            ]
        ),
        (
            .german,
            [
                "26. Januar 2025", "26. Februar 2025", "26. März 2025", "26. April 2025", "26. Mai 2025",
                "26. Juni 2025", "26. Juli 2025", "26. August 2025", "26. September 2025", "26. Oktober 2025",
                "26. November 2025", "26. Dezember 2025",
            ]
        ),
        (
            .portuguese,
            [
                "26 de janeiro de 2025", "26 de fevereiro de 2025", "26 de março de 2025", "26 de abril de 2025",
                "26 de maio de 2025", "26 de junho de 2025", "26 de julho de 2025", "26 de agosto de 2025",
                "26 de setembro de 2025", "26 de outubro de 2025", "26 de novembro de 2025",
                "26 de dezembro de 2025",
            ]
        ),
        (
            .arabic,
            [
                "26 يناير 2025", "26 فبراير 2025", "26 مارس 2025",
                "26 أبريل 2025", "26 مايو 2025", "26 يونيو 2025",
                "26 يوليو 2025", "26 أغسطس 2025", "26 سبتمبر 2025",
                "26 أكتوبر 2025", "26 نوفمبر 2025", "26 ديسمبر 2025",
            ]
        ),
    ]

    @Test("every month is written in each language's own form", arguments: months)
    func everyMonth(language: DateLanguage, expected: [String]) throws {
        for month in 1...12 {
            let date = try #require(ContentDate("2025-\(String(format2: month))-26"))
            #expect(language.text(for: date) == expected[month - 1])
        }
    }

    @Test("the table covers every language")
    func tableIsComplete() {
        #expect(Self.months.map(\.0) == DateLanguage.allCases)
    }

    @Test(
        "the first of the month, a one-digit day and a date with a time",
        arguments: [
            ("2025-06-01", DateLanguage.english, "1 June 2025"),
            ("2025-06-01", .french, "1er juin 2025"),
            ("2025-06-02", .french, "2 juin 2025"),
            ("2025-01-01T23:30:00-04:00", .french, "1er janvier 2025"),
            ("2025-06-01", .spanish, "1 de junio de 2025"),
            ("2025-06-01", .german, "1. Juni 2025"),
            ("2025-06-01", .portuguese, "1 de junho de 2025"),
            ("2025-06-01", .arabic, "1 يونيو 2025"),
            ("2025-06-26T14:30:00+02:00", .german, "26. Juni 2025"),
        ])
    func firstDay(text: String, language: DateLanguage, expected: String) throws {
        #expect(language.text(for: try #require(ContentDate(text))) == expected)
    }

    @Test(
        "the primary subtag of site.yml's language chooses the table; any other writes English",
        arguments: [
            ("en", DateLanguage.english), ("en-GB", .english), ("fr", .french), ("fr-CA", .french),
            ("FR", .french), ("es-MX", .spanish), ("es-419", .spanish), ("de-AT", .german), ("pt-BR", .portuguese),
            ("pt-PT", .portuguese), ("ar", .arabic), ("ar-EG", .arabic), ("ja", .english), ("frr", .english),
            ("nl-BE", .english),
        ])
    func languageTag(tag: String, expected: DateLanguage) {
        #expect(DateLanguage(tag: tag) == expected)
    }

    /// A site with the date of every kind a reader sees: a first of the month (French "1er"), an update, a claim's
    /// appearance, a source dated "by", and a related older check.
    static func site(language: String) throws -> TestSite {
        let site = try TestSite()
        try site.write(
            "content/site.yml",
            TestSite.siteYAML.replacingOccurrences(of: "language: en", with: "language: \(language)"))
        try site.write(
            "content/articles/bridge.md",
            """
            ---
            title: Bridge
            date: 2025-06-01
            summary: The bridge.
            tags: [city]
            sources:
              office:
                name: Office
                status: confirmed
                date: 2025-02-03
                date_reported: false
            claims:
              - claim: The bridge cost two billion.
                claimant: A post
                appeared_on: 2025-03-04
                verdict: "false"
                conclusion: It cost one.
                sources: [office]
            updates:
              - date: 2025-08-15
                note: Added the office.
            ---

            Body [@office].

            """)
        try site.write(
            "content/articles/older.md",
            """
            ---
            title: Older
            date: 2024-12-31
            summary: An older check.
            tags: [city]
            ---

            Body.

            """)
        return site
    }

    @Test(
        "a whole site shows its dates in site.yml's language, and keeps machine dates",
        arguments: [
            ("fr", ["1er juin 2025", "15 août 2025", "4 mars 2025", "3 février 2025", "31 décembre 2024"]),
            ("de", ["1. Juni 2025", "15. August 2025", "4. März 2025", "3. Februar 2025", "31. Dezember 2024"]),
        ])
    func wholeSite(language: String, dates: [String]) throws {
        let site = try Self.site(language: language)
        defer { site.remove() }
        try site.build()
        let (published, updated, appeared, sourced, older) = (dates[0], dates[1], dates[2], dates[3], dates[4])
        let article = try site.read("output/bridge/index.html")
        #expect(article.contains("<time datetime=\"2025-06-01\">\(published)</time>"))
        // The words around the dates are the site's language's too.
        let (updatedWord, noticeWord, onWord, byWord) =
            language == "fr"
            ? ("Mis à jour le", "Mise à jour du", "le", "au plus tard le")
            : ("Aktualisiert am", "Aktualisiert am", "am", "spätestens am")
        #expect(article.contains("\(updatedWord) <time datetime=\"2025-08-15\">\(updated)</time>"))
        #expect(article.contains("<strong>\(noticeWord) <time datetime=\"2025-08-15\">"))
        #expect(article.components(separatedBy: "<time datetime=\"2025-08-15\">\(updated)</time>").count == 4)
        #expect(article.contains(" \(onWord) <time datetime=\"2025-03-04\">\(appeared)</time>"))
        #expect(article.contains("\(byWord) <time datetime=\"2025-02-03\">\(sourced)</time>"))
        #expect(article.contains("<time datetime=\"2024-12-31\">\(older)</time>"))
        for page in ["output/index.html", "output/tags/city/index.html", "output/search/index.html"] {
            let html = try site.read(page)
            #expect(html.contains("<time datetime=\"2025-06-01\">\(published)</time>"), "\(page)")
            #expect(html.contains("<time datetime=\"2024-12-31\">\(older)</time>"), "\(page)")
        }
        #expect(try site.read("output/claims/index.html").contains("<time datetime=\"2025-06-01\">\(published)</time>"))
        #expect(
            try site.read("output/corrections/index.html").contains("<time datetime=\"2025-08-15\">\(updated)</time>"))
        let search = try site.read("output/search.json")
        #expect(search.contains("\"date\":\"2025-06-01\",\"dateText\":\"\(published)\""))
        // Machine dates stay as they were.
        let feed = try site.read("output/feed.xml")
        #expect(feed.contains("<published>2025-06-01T00:00:00Z</published>"))
        #expect(try site.read("output/claims.json").contains("\"appearedOn\" : \"2025-03-04\""))
        #expect(article.contains("\"datePublished\":\"2025-06-01\""))
        // No English date is left anywhere a reader looks.
        let english = ["June 2025", "March 2025", "February 2025", "December 2024", "15 August"]
        for path in site.files(in: "output") where path.hasSuffix(".html") || path.hasSuffix(".json") {
            let text = try site.read("output/" + path)
            for month in english { #expect(!text.contains(month), "\(path) contains \(month)") }
        }
    }

    @Test("a site whose language has no table writes English dates")
    func unknownLanguage() throws {
        let site = try Self.site(language: "nl-BE")
        defer { site.remove() }
        try site.build()
        #expect(try site.read("output/bridge/index.html").contains("<time datetime=\"2025-06-01\">1 June 2025</time>"))
    }

    /// `generate` run under other locales writes the same bytes: the table reads no locale of the machine.
    @Test("the output does not depend on the machine's locale")
    func machineLocale() throws {
        var outputs: [[String: String]] = []
        for locale in ["C", "en_US.UTF-8", "ar_EG.UTF-8", "ja_JP.UTF-8"] {
            let site = try Self.site(language: "fr")
            defer { site.remove() }
            let result = try CommandLineTests.run(
                ["--quiet"], in: site.root, environment: ["LANG": locale, "LC_ALL": locale, "LC_TIME": locale])
            #expect(result.status == 0, "\(result.stderr)")
            var files: [String: String] = [:]
            for path in site.files(in: "output") where path.hasSuffix(".html") || path.hasSuffix(".json") {
                files[path] = try site.read("output/" + path)
            }
            #expect(files["bridge/index.html"]?.contains(">1er juin 2025</time>") == true)
            outputs.append(files)
        }
        for output in outputs.dropFirst() { #expect(output == outputs[0]) }
    }
}
