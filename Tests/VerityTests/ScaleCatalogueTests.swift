import Testing

@testable import Verity

private let s = "content/site.yml"

/// site.yml with `text` after the minimal valid settings (line 9 on).
private func site(_ text: String) -> String {
    TestSite.siteYAML + text
}

/// A desk's own verdict, with every field, as a list entry of `verdicts:`.
private let pantsOnFire = """
      - key: pants-on-fire
        label: Pants on Fire
        icon: "✹"
        color: "#7f1d1d"
        color_dark: "#fca5a5"
        rating: 0

    """

/// Bad inputs of site.yml's `verdicts:` and `statuses:`, of articles against a desk's scale, and of the
/// methodology markers, with their exact messages.
let scaleCases: [ErrorCase] = [
    ErrorCase(
        name: "verdicts entry with an unknown field, a key that is not a slug, and a key listed twice",
        files: [
            a: validArticle,
            s: site(
                "verdicts:\n  - key: \"false\"\n    colour: \"#7f1d1d\"\n  - key: Pants on Fire\n  - \"false\"\n"
                    + "  - key: \"false\"\n"),
        ],
        expected: [
            "content/site.yml:11:5: error: unknown key 'colour' (did you mean 'color'?)",
            "content/site.yml:12:10: error: invalid key 'Pants on Fire': use only lowercase letters, digits and '-'",
            "content/site.yml:13:5: error: 'false' is already in 'verdicts'; list each key once",
            "content/site.yml:14:10: error: 'false' is already in 'verdicts'; list each key once",
        ]),
    ErrorCase(
        name: "verdicts entry with colours that are not #rrggbb or lack quotes",
        files: [
            a: validArticle,
            s: site(
                "verdicts:\n"
                    + pantsOnFire.replacingOccurrences(of: "\"#7f1d1d\"", with: "red")
                    .replacingOccurrences(of: "\"#fca5a5\"", with: "#fca5a5") + "  - \"true\"\n"),
        ],
        expected: [
            "content/site.yml:13:12: error: 'color' must be a colour written '#rrggbb' such as '#0b55b5', not 'red'",
            "content/site.yml:14:5: error: 'color_dark' is empty: YAML reads '#' as the start of a comment, so put "
                + "the colour in quotes: color_dark: \"#0b55b5\"",
        ]),
    ErrorCase(
        name: "verdict colours too light for the stamp's white text and too dark for its dark-mode text",
        files: [
            a: validArticle,
            s: site(
                "verdicts:\n"
                    + pantsOnFire.replacingOccurrences(of: "#7f1d1d", with: "#FFCC00")
                    .replacingOccurrences(of: "#fca5a5", with: "#7f1d1d") + "  - \"true\"\n"),
        ],
        expected: [
            "content/site.yml:13:12: error: color '#ffcc00' has a contrast of 1.5:1 with the stamp's text (#ffffff); "
                + "WCAG AA needs 4.5:1; choose a darker colour",
            "content/site.yml:14:17: error: color_dark '#7f1d1d' has a contrast of 1.8:1 with the dark stamp's text "
                + "(#111111); WCAG AA needs 4.5:1; choose a lighter colour",
        ]),
    ErrorCase(
        name: "a desk's verdict without label, icon or colours, and one with only a French label on an English site",
        files: [
            a: validArticle,
            s: site(
                "verdicts:\n  - key: pants-on-fire\n  - key: half-true\n    label:\n      fr: À moitié vrai\n"
                    + "    icon: \"◑\"\n    color: \"#8a6100\"\n    color_dark: \"#facc15\"\n"),
        ],
        expected: [
            "content/site.yml:10:5: error: missing required key 'color'",
            "content/site.yml:10:5: error: missing required key 'color_dark'",
            "content/site.yml:10:5: error: missing required key 'icon'",
            "content/site.yml:10:5: error: missing required key 'label'",
            "content/site.yml:13:7: error: 'label' has no text for the site's language 'en'; add 'en:' or write one "
                + "text for every language",
        ]),
    ErrorCase(
        name: "verdict ratings that are not whole numbers from 0 to 10",
        files: [
            a: validArticle,
            s: site(
                "verdicts:\n  - key: \"true\"\n    rating: high\n  - key: \"false\"\n    rating: 11\n"
                    + "  - key: mixed\n    rating: 2.5\n"),
        ],
        expected: [
            "content/site.yml:11:13: error: 'rating' must be a whole number, not 'high'",
            "content/site.yml:13:13: error: rating 11 is outside the scale; use a whole number from 0 to 10, or "
                + "leave 'rating' out for a verdict off the scale",
            "content/site.yml:15:13: error: 'rating' must be a whole number, not '2.5'",
        ]),
    ErrorCase(
        name: "a scale with only one rated verdict",
        files: [a: validArticle, s: site("verdicts:\n  - \"false\"\n  - misleading\n")],
        expected: [
            "content/site.yml:10:3: error: 'false' is the only verdict with a rating; a scale needs a best and a "
                + "worst rating, so rate at least two verdicts or none"
        ]),
    ErrorCase(
        name: "a bare word in verdicts that is not a built-in verdict, and an icon that is a word",
        files: [
            a: validArticle,
            s: site("verdicts:\n  - \"false\"\n  - mostly-tru\n  - key: \"true\"\n    icon: TRUE!\n"),
        ],
        expected: [
            "content/site.yml:11:5: error: 'mostly-tru' is not a built-in verdict (did you mean 'mostly-true'?); "
                + "define it with 'key:', 'label:', 'icon:', 'color:' and 'color_dark:'",
            "content/site.yml:13:11: error: icon 'TRUE!' is longer than 3 characters; use a short symbol such as '✔'",
        ]),
    ErrorCase(
        name: "empty verdicts, and statuses that is not a list",
        files: [a: validArticle, s: site("verdicts: []\nstatuses: confirmed\n")],
        expected: [
            "content/site.yml:9:11: error: 'verdicts' is empty; list at least one entry, or remove 'verdicts' to use "
                + "the built-in ones",
            "content/site.yml:10:11: error: 'statuses' must be a list of statuses, each a built-in key or a mapping "
                + "with 'key:'",
        ]),
    ErrorCase(
        name: "a label map with a key that is not a language tag, and an empty label",
        files: [
            a: validArticle,
            s: site("verdicts:\n  - key: \"false\"\n    label:\n      english: Wrong\n      en: \"\"\n  - \"true\"\n"),
        ],
        expected: [
            "content/site.yml:12:7: error: 'english' is not a BCP 47 language tag such as 'en' or 'pt-BR'",
            "content/site.yml:13:11: error: 'en' must not be empty",
        ]),
    ErrorCase(
        name: "a status with a rating field and colours too pale for the page",
        files: [
            a: validArticle,
            s: site(
                "statuses:\n  - confirmed\n  - key: declined-to-be-named\n    label: Spoke unnamed\n    icon: \"◍\"\n"
                    + "    color: \"#7dd3c0\"\n    color_dark: \"#0f5257\"\n    rating: 3\n"),
        ],
        expected: [
            "content/site.yml:14:12: error: color '#7dd3c0' has a contrast of 1.7:1 against the page (#ffffff); WCAG "
                + "AA needs 4.5:1; choose a darker colour",
            "content/site.yml:15:17: error: color_dark '#0f5257' has a contrast of 2.0:1 against the dark page "
                + "(#141414); WCAG AA needs 4.5:1; choose a lighter colour",
            "content/site.yml:16:5: error: unknown key 'rating'",
        ]),
    ErrorCase(
        name: "an article's verdict and status checked against the desk's own scale",
        files: [
            a: articleText("verdict: false", "verdict: pants-on-fir").replacingOccurrences(
                of: "status: confirmed", with: "status: declined-to-be-name"),
            s: site(
                "verdicts:\n" + pantsOnFire + "  - \"true\"\nstatuses:\n  - confirmed\n"
                    + "  - key: declined-to-be-named\n    label: Spoke unnamed\n    icon: \"◍\"\n"
                    + "    color: \"#0f5257\"\n    color_dark: \"#7dd3c0\"\n"),
        ],
        expected: [
            "content/articles/a.md:8:13: error: unknown status 'declined-to-be-name' (did you mean "
                + "'declined-to-be-named'?); expected one of: confirmed, declined-to-be-named",
            "content/articles/a.md:14:14: error: unknown verdict 'pants-on-fir' (did you mean 'pants-on-fire'?); "
                + "expected one of: pants-on-fire, true",
        ]),
    ErrorCase(
        name: "a built-in verdict an article uses that the desk's scale left out",
        files: [a: validArticle, s: site("verdicts:\n" + pantsOnFire + "  - \"true\"\n")],
        expected: [
            "content/articles/a.md:14:14: error: unknown verdict 'false'; expected one of: pants-on-fire, true"
        ]),
    ErrorCase(
        name: "a methodology marker Verity does not know",
        files: [
            a: validArticle,
            "content/pages/methodology.md":
                "---\ntitle: Methodology\n---\n\n{{verdicts}}\n\n  {{verdict}}\n\n{{ratings}}\n",
        ],
        expected: [
            "content/pages/methodology.md:7:3: error: unknown marker '{{verdict}}' (did you mean '{{verdicts}}'?); a "
                + "paragraph of only {{verdicts}} or {{statuses}} shows the site's scale there",
            "content/pages/methodology.md:9:1: error: unknown marker '{{ratings}}'; a paragraph of only {{verdicts}} "
                + "or {{statuses}} shows the site's scale there",
        ]),
]

@Suite("Rating scale catalogue")
struct ScaleCatalogueTests {
    @Test("each bad input of a desk's scale gives its exact messages", arguments: scaleCases)
    func badInput(_ errorCase: ErrorCase) throws {
        let site = try TestSite()
        defer { site.remove() }
        if errorCase.files["content/site.yml"] == nil {
            try site.write("content/site.yml", TestSite.siteYAML)
        }
        for (path, text) in errorCase.files {
            try site.write(path, text)
        }
        #expect(site.errors() == errorCase.expected)
        if !errorCase.expected.isEmpty {
            #expect(!site.files(in: ".").contains { $0.hasPrefix("output/") }, "a failed build must not create output/")
        }
    }
}
