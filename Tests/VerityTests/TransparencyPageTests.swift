import Foundation
import Testing
import VerityTheme

@testable import Verity

/// Standing pages that should give exactly these warnings (or, for a bad `purpose:`, these errors).
struct PurposeCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// Page files (path relative to the site root → text).
    var pages: [String: String]
    var expected: [String]
    var testDescription: String { name }
}

/// A page file titled `title` with `purpose` written as given (nothing when `nil`).
func purposePage(_ title: String, _ purpose: String?, draft: Bool = false) -> String {
    "---\ntitle: \(title)\n" + (purpose.map { "purpose: \($0)\n" } ?? "") + (draft ? "draft: true\n" : "")
        + "---\nText.\n"
}

/// Every purpose but the ones named, one page each.
func pagesBut(_ left: [String]) -> [String: String] {
    let all = ["funding", "team", "methodology", "corrections-policy", "contact", "submit-claims"]
    return Dictionary(
        uniqueKeysWithValues: all.filter { !left.contains($0) }.map { ("content/pages/\($0).md", purposePage($0, $0)) })
}

let purposeCases: [PurposeCase] = [
    PurposeCase(
        name: "a site without pages is told all six",
        pages: [:],
        expected: [
            "content/site.yml:1:1: warning: the site has no page for: funding and ownership, team, methodology, "
                + "corrections policy, contact, sending claims to check (IFCN's Code of Principles asks a "
                + "fact-checker to publish them); write them and mark each in its front matter with "
                + "'purpose: funding', 'purpose: team', 'purpose: methodology', 'purpose: corrections-policy', "
                + "'purpose: contact', 'purpose: submit-claims'"
        ]),
    PurposeCase(
        name: "a site without a funding page",
        pages: pagesBut(["funding"]),
        expected: [
            "content/site.yml:1:1: warning: the site has no page for: funding and ownership (IFCN's Code of "
                + "Principles asks a fact-checker to publish it); write it and mark it in its front matter with "
                + "'purpose: funding'"
        ]),
    PurposeCase(
        name: "pages named like the purposes but not marked do not count",
        pages: [
            "content/pages/about.md": purposePage("About", "[team, funding, contact]"),
            "content/pages/methodology.md": purposePage("Methodology", nil),
            "content/pages/corrections-policy.md": purposePage("Corrections policy", "corrections-policy"),
        ],
        expected: [
            "content/site.yml:1:1: warning: the site has no page for: methodology, sending claims to check (IFCN's "
                + "Code of Principles asks a fact-checker to publish them); write them and mark each in its front "
                + "matter with 'purpose: methodology', 'purpose: submit-claims'"
        ]),
    PurposeCase(
        name: "a draft page does not count",
        pages: pagesBut(["contact"]).merging(
            ["content/pages/contact.md": purposePage("Contact", "contact", draft: true)]) { $1 },
        expected: [
            "content/site.yml:1:1: warning: the site has no page for: contact (IFCN's Code of Principles asks a "
                + "fact-checker to publish it); write it and mark it in its front matter with 'purpose: contact'"
        ]),
    PurposeCase(name: "every purpose on a page: no warning", pages: pagesBut([]), expected: []),
    PurposeCase(
        name: "one page for several purposes, one of them twice",
        pages: pagesBut(["team", "funding", "contact"]).merging(
            ["content/pages/about.md": purposePage("About", "[team, funding, contact, team]")]) { $1 },
        expected: []),
]

/// The pages IFCN's Code of Principles asks for (`purpose:`) and the warning when one is missing.
@Suite("Transparency pages")
struct TransparencyPageTests {
    @Test("the warning names every missing page, once, at site.yml", arguments: purposeCases)
    func warning(_ purposeCase: PurposeCase) throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write(a, validArticle)
        for (path, text) in purposeCase.pages { try site.write(path, text) }
        let summary = try site.build()
        let prefix = DisplayPath.of(site.root) + "/"
        #expect(
            summary.warnings.map { $0.description.replacingOccurrences(of: prefix, with: "") } == purposeCase.expected)
    }

    @Test("generate check prints the warning and passes unless --strict")
    func check() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.write(a, validArticle)
        for (path, text) in pagesBut(["submit-claims"]) { try site.write(path, text) }
        var options = site.options
        options.strict = true
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: options, theme: DefaultTheme()).build() }
    }

    @Test("a page in another edition counts too")
    func editions() throws {
        let site = try TestSite(fixture: "editions-site")
        defer { site.remove() }
        for (path, text) in pagesBut([]) {
            try site.write(path.replacingOccurrences(of: "pages/", with: "pages/fr/"), text)
        }
        #expect(try !site.build().warnings.contains { $0.problem.message.hasPrefix("the site has no page for") })
        try site.write("content/pages/fr/team.md", purposePage("Équipe", nil))
        #expect(
            try site.build().warnings.map(\.problem.message).contains {
                $0.hasPrefix("the site has no page for: team ")
            })
    }

    @Test("the sample site has a page for every purpose")
    func sample() throws {
        let root = TestSite.repositoryRoot.appendingPathComponent("content/pages")
        var purposes = Set<PagePurpose>()
        for name in try FileManager.default.contentsOfDirectory(atPath: root.path) where name.hasSuffix(".md") {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            let log = DiagnosticCollector()
            let page = try #require(Page.decode(SourceFile(path: name, text: text), log: log))
            purposes.formUnion(page.purposes)
        }
        #expect(purposes == Set(PagePurpose.allCases))
    }
}
