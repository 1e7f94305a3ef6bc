import Testing

@testable import Verity

@Suite("Small parts")
struct SupportTests {
    @Test(
        "did-you-mean suggests close words only",
        arguments: [
            ("titel", "title"), ("reutres", "reuters"), ("confirmd", "confirmed"), ("no-coment", "no-comment"),
            ("colour", nil), ("x", nil),
        ] as [(String, String?)])
    func suggestion(word: String, expected: String?) {
        let candidates = ["title", "reuters", "confirmed", "no-comment", "date", "tags"]
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test("did-you-mean skips words beyond its length limit and stops at its work limit")
    func suggestionBounds() {
        let long = String(repeating: "a", count: Suggestion.lengthLimit + 1)
        #expect(Suggestion.closest(to: long + "b", in: [long + "c"]) == nil)
        let atLimit = String(repeating: "a", count: Suggestion.lengthLimit - 1)
        #expect(Suggestion.closest(to: atLimit + "b", in: [atLimit + "c"]) == atLimit + "c")
        // A word of 9 letters against another costs 110 steps: past the work limit, the rest are not compared.
        let fillers = (0..<(Suggestion.workLimit / 100)).map { _ in "zzzzzzzzz" }
        #expect(Suggestion.closest(to: "reutersss", in: ["reutersxx"] + fillers) == "reutersxx")
        #expect(Suggestion.closest(to: "reutersss", in: fillers + ["reutersxx"]) == nil)
    }

    @Test("badge references are found with their ids")
    func badgeReferences() {
        let found = BadgeReference.find(in: "a [@x] b [@y; @z-1] c [@Bad] d [@open")
        #expect(found.map(\.text) == ["[@x]", "[@y; @z-1]", "[@Bad]"])
        #expect(found.map(\.ids) == [["x"], ["y", "z-1"], []])
    }

    @Test(
        "heading slugs",
        arguments: [
            ("What NATO said", "what-nato-said"), ("The 5 % pledge!", "the-5-pledge"), ("Über  uns", "über-uns"),
            ("***", "section"), ("a_b-c", "a-b-c"),
        ])
    func headingSlug(text: String, expected: String) {
        var slugger = HeadingSlugger()
        #expect(slugger.id(for: text) == expected)
    }

    @Test("identifiers and URLs")
    func identifiersAndURLs() {
        #expect(Identifier.isValid("nato-2025"))
        #expect(
            !Identifier.isValid("NATO") && !Identifier.isValid("a b") && !Identifier.isValid("")
                && !Identifier.isValid("../x"))
        #expect(WebURL.isAllowed("https://example.org/a?b=c#d") && WebURL.isAllowed("HTTP://example.org"))
        #expect(!WebURL.isAllowed("javascript:alert(1)") && !WebURL.isAllowed("data:text/html,x"))
        #expect(!WebURL.isAllowed("https://") && !WebURL.isAllowed("//example.org") && !WebURL.isAllowed("https://a b"))
    }

    @Test("language tags")
    func languageTags() {
        #expect(
            SiteConfig.isLanguageTag("en") && SiteConfig.isLanguageTag("pt-BR")
                && SiteConfig.isLanguageTag("zh-Hant-TW"))
        #expect(
            !SiteConfig.isLanguageTag("english") && !SiteConfig.isLanguageTag("e") && !SiteConfig.isLanguageTag("en_GB")
        )
    }

    @Test("parallel map keeps order")
    func parallelMap() {
        let input = Array(0..<1000)
        #expect(input.parallelMap(jobs: 4) { $0 * 2 } == input.map { $0 * 2 })
    }
}
