import Foundation
import Testing

@testable import Verity

/// A desk's own rating scale (site.yml `verdicts:` and `statuses:`), the built-in scale in six languages, and
/// the methodology page's lists made from them.
@Suite("Rating scale")
struct ScaleTests {
    /// The `reviewRating` objects of a page's ClaimReview blocks, as written.
    static func ratings(_ page: String) -> [String] {
        page.matches(of: /"reviewRating":\{[^}]*\}/).map { String($0.output) }
    }

    /// A site with `siteYAML` and one article whose claim got `verdict` and whose source has `status`.
    static func site(_ siteYAML: String, verdict: String = "false", status: String = "confirmed") throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yml", siteYAML)
        try site.write(
            "content/articles/a.md",
            validArticle.replacingOccurrences(of: "verdict: false", with: "verdict: \(verdict)")
                .replacingOccurrences(of: "status: confirmed", with: "status: \(status)"))
        try site.write("content/pages/methodology.md", "---\ntitle: Methodology\n---\n\n{{verdicts}}\n\n{{statuses}}\n")
        return site
    }

    @Test("PolitiFact's six-step meter builds, and ClaimReview carries its ratings and labels")
    func customScaleClaimReview() throws {
        let site = try TestSite(fixture: "custom-scale-site")
        defer { site.remove() }
        try site.build()
        let page = try site.read("output/fire/index.html")
        #expect(
            Self.ratings(page) == [
                #""reviewRating":{"@type":"Rating","alternateName":"Pants on Fire","bestRating":5,"#
                    + #""image":"https://meter.example.org/assets/verdicts/pants-on-fire.svg","#
                    + #""ratingExplanation":"The city paid for it.","ratingValue":0,"worstRating":0}"#,
                #""reviewRating":{"@type":"Rating","alternateName":"Half True","bestRating":5,"#
                    + #""image":"https://meter.example.org/assets/verdicts/half-true.svg","#
                    + #""ratingExplanation":"It opened in late winter.","ratingValue":3,"worstRating":0}"#,
            ])
        // The desk's colours and icon on the stamp, its number of steps on the meter.
        #expect(
            page.contains(
                #"<span class="verdict verdict--pants-on-fire" style="--tone-light:#7f1d1d;--tone-dark:#fca5a5">"#
                    + #"<span class="verdict__icon" aria-hidden="true">✹</span> Pants on Fire</span>"#))
        #expect(page.contains(#"role="img" aria-label="4 of 6 on our scale from Pants on Fire to True">"#))
        #expect(page.components(separatedBy: #"<span class="meter__step"#).count - 1 == 12)
        #expect(
            page.contains(
                #"<span class="status status--declined-to-be-named" "#
                    + #"style="--ink-light:#0f5257;--ink-dark:#7dd3c0;--outline:solid">"#))
        // A built-in verdict the desk relabelled keeps the style sheet's colours: no style attribute.
        let claims = try site.read("output/claims/index.html")
        #expect(claims.contains(#"<span class="verdict verdict--half-true" style="#))
        let exported = try site.read("output/claims.json")
        #expect(exported.contains(#""verdictLabel" : "Pants on Fire""#))
        #expect(exported.contains(#""statusText" : "Spoke but declined to be named""#))
        #expect(
            try site.read("output/search.json").contains(
                #""verdict":"pants-on-fire","verdictLabel":"Pants on Fire","#
                    + #""verdictStyle":"--tone-light:#7f1d1d;--tone-dark:#fca5a5""#))
        // The chart and the counts in scale order: Half True comes before Pants on Fire.
        let home = try site.read("output/index.html")
        let half = try #require(home.range(of: "chart-bar--half-true"))
        let fire = try #require(home.range(of: "chart-bar--pants-on-fire"))
        #expect(half.lowerBound < fire.lowerBound)
        #expect(home.contains("2 claims: 1 Half True, 1 Pants on Fire"))
    }

    @Test("a five-step scale with Pants on Fire at the bottom rates ClaimReview from 1 to 5")
    func fiveSteps() throws {
        let site = try TestSite(fixture: "custom-scale-site")
        defer { site.remove() }
        // True 5, Mostly True 4, Half True 3, False 2, Pants on Fire 1.
        var yaml = try site.read("content/site.yml")
        yaml = yaml.replacingOccurrences(of: "  - key: mostly-false\n    label: Mostly False\n", with: "")
        yaml = yaml.replacingOccurrences(of: "  - key: \"false\"\n", with: "  - key: \"false\"\n    rating: 2\n")
        yaml = yaml.replacingOccurrences(of: "    rating: 0\n", with: "    rating: 1\n")
        try site.write("content/site.yml", yaml)
        try site.build()
        let page = try site.read("output/fire/index.html")
        #expect(
            Self.ratings(page) == [
                #""reviewRating":{"@type":"Rating","alternateName":"Pants on Fire","bestRating":5,"#
                    + #""image":"https://meter.example.org/assets/verdicts/pants-on-fire.svg","#
                    + #""ratingExplanation":"The city paid for it.","ratingValue":1,"worstRating":1}"#,
                #""reviewRating":{"@type":"Rating","alternateName":"Half True","bestRating":5,"#
                    + #""image":"https://meter.example.org/assets/verdicts/half-true.svg","#
                    + #""ratingExplanation":"It opened in late winter.","ratingValue":3,"worstRating":1}"#,
            ])
        #expect(page.contains(#"role="img" aria-label="1 of 5 on our scale from Pants on Fire to True">"#))
        #expect(page.contains(#"role="img" aria-label="3 of 5 on our scale from Pants on Fire to True">"#))
        let methodology = try site.read("output/methodology/index.html")
        #expect(!methodology.contains("Mostly False"))
    }

    @Test("the methodology page lists the desk's scale as readers see it, with no keys in code font")
    func methodology() throws {
        let site = try TestSite(fixture: "custom-scale-site")
        defer { site.remove() }
        try site.build()
        let page = try site.read("output/methodology/index.html")
        let labels = ["True", "Mostly True", "Half True", "Mostly False", "False", "Pants on Fire", "Misleading"]
        var last = page.startIndex
        for label in labels {
            let range = try #require(page.range(of: "</span> \(label)</span>", range: last..<page.endIndex))
            last = range.upperBound
        }
        #expect(page.contains("<dd>The statement is not accurate and makes a ridiculous claim.</dd>"))
        #expect(page.contains("</span> Spoke but declined to be named</span></dt><dd>The source spoke to us"))
        #expect(!page.contains("<code>") && !page.contains("{{"))
        #expect(!page.contains("<table"))
    }

    @Test("the fixture desk's colours pass AA where the theme uses them")
    func fixtureContrast() throws {
        let file = try SourceFile(
            path: "site.yml",
            text: String(
                contentsOf: TestSite.repositoryRoot.appendingPathComponent(
                    "Tests/Fixtures/custom-scale-site/content/site.yml"), encoding: .utf8))
        let log = DiagnosticCollector()
        let config = try #require(SiteConfig.decode(file, log: log))
        #expect(log.diagnostics.isEmpty)
        #expect(
            config.scale.verdicts.map(\.key) == [
                "true", "mostly-true", "half-true", "mostly-false", "false", "pants-on-fire", "misleading",
            ])
        #expect(config.scale.verdicts.map(\.rating) == [5, 4, 3, 2, 1, 0, nil])
        #expect(config.scale.bestRating == 5 && config.scale.worstRating == 0)
        for verdict in config.scale.verdicts {
            #expect(verdict.color.contrast(with: VerdictScale.stampText) >= 4.5, "\(verdict.key)")
            #expect(verdict.colorDark.contrast(with: VerdictScale.stampTextDark) >= 4.5, "\(verdict.key)")
        }
        for status in config.scale.statuses {
            #expect(status.color.contrast(with: SiteBranding.lightBackground) >= 4.5, "\(status.key)")
            #expect(status.colorDark.contrast(with: SiteBranding.darkBackground) >= 4.5, "\(status.key)")
        }
    }

    @Test("the built-in scale's colours are the style sheet's, in both schemes")
    func builtInColoursFromStyleSheet() throws {
        let css = try String(
            contentsOf: TestSite.defaultTemplates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        for verdict in VerdictScale.builtIn.verdicts {
            let rules = css.split(separator: "\n").filter { $0.hasPrefix(".verdict--\(verdict.key),") }
            #expect(rules.count == 1, "\(verdict.key)")
            #expect(rules.first?.contains("--tone: \(verdict.color.text);") == true, "\(verdict.key)")
            let dark = css.split(separator: "\n").filter { $0.hasPrefix("  .verdict--\(verdict.key),") }
            #expect(dark.first?.contains("--tone: \(verdict.colorDark.text);") == true, "\(verdict.key)")
        }
        for status in VerdictScale.builtIn.statuses {
            let light = css.split(separator: "\n").filter { $0.hasPrefix(".status--\(status.key),") }
            #expect(light.first?.contains("--ink: \(status.color.text);") == true, "\(status.key)")
            let dark = css.split(separator: "\n").filter { $0.hasPrefix("  .status--\(status.key),") }
            #expect(dark.first?.contains("--ink: \(status.colorDark.text);") == true, "\(status.key)")
            // Dashed outlines in the style sheet are the uncertain statuses.
            let dashed = try #require(css.split(separator: "}").first { $0.contains("border-style: dashed") })
            #expect(
                status.uncertain
                    == (dashed.contains(".status--\(status.key),") || dashed.contains(".status--\(status.key)\n")),
                "\(status.key)")
        }
    }

    @Test(
        "the built-in labels follow the site's language, and another language falls back to English",
        arguments: [
            ("fr", "Faux", "Confirmé", "1 sur 5 sur notre échelle, de Faux à Vrai"),
            ("es", "Falso", "Confirmado", "1 de 5 en nuestra escala de Falso a Verdadero"),
            ("de", "Falsch", "Bestätigt", "1 von 5 auf unserer Skala von Falsch bis Richtig"),
            ("pt-BR", "Falso", "Confirmado", "1 de 5 na nossa escala de Falso a Verdadeiro"),
            ("ar", "زائف", "مؤكد", "1 من 5 على مقياسنا من زائف إلى صحيح"),
            ("nl", "False", "Confirmed", "1 of 5 on our scale from False to True"),
        ])
    func languages(_ language: String, _ verdict: String, _ status: String, _ meter: String) throws {
        let site = try Self.site(
            TestSite.siteYAML.replacingOccurrences(of: "language: en", with: "language: \(language)"))
        defer { site.remove() }
        try site.build()
        let page = try site.read("output/a/index.html")
        #expect(page.contains("</span> \(verdict)</span>"))
        #expect(page.contains("aria-label=\"\(meter)\""))
        #expect(page.contains("</span> \(status)</span>"))
        #expect(Self.ratings(page).first?.contains("\"alternateName\":\"\(verdict)\"") == true)
        let methodology = try site.read("output/methodology/index.html")
        let description = try #require(VerdictScale.builtIn.verdict("false")?.description.textOrEnglish(in: language))
        #expect(methodology.contains("<dd>\(description)</dd>"))
    }

    @Test("a desk's label map gives the site's language its text, and overrides one language of a built-in")
    func labelMaps() throws {
        let site = try Self.site(
            TestSite.siteYAML.replacingOccurrences(of: "language: en", with: "language: fr")
                + "verdicts:\n  - \"true\"\n  - key: \"false\"\n    label:\n      fr: Archi faux\n"
                + "  - key: pants-on-fire\n    label:\n      en: Pants on Fire\n      fr: Complètement faux\n"
                + "    icon: \"✹\"\n    color: \"#7f1d1d\"\n    color_dark: \"#fca5a5\"\n    rating: 0\n",
            verdict: "pants-on-fire")
        defer { site.remove() }
        try site.build()
        let page = try site.read("output/a/index.html")
        #expect(page.contains("</span> Complètement faux</span>"))
        #expect(page.contains("aria-label=\"1 sur 6 sur notre échelle, de Complètement faux à Vrai\""))
        #expect(try site.read("output/methodology/index.html").contains("</span> Archi faux</span>"))
    }

    @Test("an incremental build after a change of the scale in site.yml equals a clean build")
    func incremental() throws {
        let site = try TestSite(fixture: "custom-scale-site")
        defer { site.remove() }
        try site.build()
        // Past the racy window, so that the article file would be trusted unchanged and left unread.
        Thread.sleep(forTimeInterval: Double(FileStamp.racyWindow) + 0.2)
        try site.build()
        let config = try site.read("content/site.yml")
        try site.write(
            "content/site.yml",
            config.replacingOccurrences(of: "label: Pants on Fire", with: "label: Liar, Liar")
                .replacingOccurrences(of: "#7f1d1d", with: "#991b1b"))
        try site.build()
        let page = try site.read("output/fire/index.html")
        #expect(page.contains("</span> Liar, Liar</span>"))
        #expect(page.contains("--tone-light:#991b1b"))
        #expect(try site.read("output/index.html").contains("1 Liar, Liar"))
        let clean = try TestSite(fixture: "custom-scale-site")
        defer { clean.remove() }
        try clean.write("content/site.yml", try site.read("content/site.yml"))
        try clean.build(cache: false)
        for file in site.files(in: "output") {
            #expect(try site.read("output/" + file) == clean.read("output/" + file), "\(file)")
        }
    }
}
