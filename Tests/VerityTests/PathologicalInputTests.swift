import Foundation
import Testing
import VerityTheme

@testable import Verity

/// One family of inputs known to push Markdown parsers (and our own scanners) into super-linear time.
struct PathologicalInput: CustomTestStringConvertible, Sendable {
    var name: String
    /// The article's front matter and body for size `n`.
    var make: @Sendable (Int) -> (frontMatter: String, body: String)
    /// A size at which the check takes tens of milliseconds more than an empty body, so that noise matters little.
    var size: Int
    /// How much `size` grows for the large run: 4, or 2 for inputs whose text grows with the square of `size`.
    var factor = 4
    var testDescription: String { name }

    init(_ name: String, size: Int, factor: Int = 4, body: @escaping @Sendable (Int) -> String) {
        self.name = name
        self.size = size
        self.factor = factor
        make = { n in (PathologicalInput.frontMatter, body(n)) }
    }

    init(_ name: String, size: Int, make: @escaping @Sendable (Int) -> (frontMatter: String, body: String)) {
        self.name = name
        self.size = size
        self.make = make
    }

    /// The valid article's front matter, with its closing fence.
    static let frontMatter = String(
        validArticle[..<(validArticle.range(of: "Body with")?.lowerBound ?? validArticle.endIndex)])
}

let pathologicalInputs: [PathologicalInput] = [
    PathologicalInput("nested emphasis", size: 5_000) { n in
        String(repeating: "*a **a ", count: n) + "b" + String(repeating: " a** a*", count: n)
    },
    PathologicalInput("unclosed emphasis openers", size: 30_000) { n in String(repeating: "*a _b ", count: n) },
    PathologicalInput("unclosed brackets", size: 100_000) { n in String(repeating: "[", count: n) + "a" },
    PathologicalInput("unclosed links", size: 20_000) { n in String(repeating: "[a](", count: n) },
    PathologicalInput("unclosed source badges", size: 50_000) { n in String(repeating: "[@", count: n) + "reuters" },
    PathologicalInput("source badges closed only at the very end", size: 50_000) { n in
        String(repeating: "[@", count: n) + "]"
    },
    PathologicalInput("badges written as entities", size: 10_000) { n in String(repeating: "&#91;@reuters] ", count: n)
    },
    PathologicalInput("distinct badges written as entities", size: 8_000) { n in
        (0..<n).map { "&#91;@s\($0)] " }.joined()
    },
    PathologicalInput("badge-like text that never closes", size: 20_000) { n in
        String(repeating: "[@reuters; ", count: n)
    },
    PathologicalInput("many source badges", size: 4_000) { n in String(repeating: "Said so [@reuters]. ", count: n) },
    PathologicalInput("backtick runs of growing length", size: 700, factor: 2) { n in
        // The body grows with the square of n: compare sizes n and 2n (4x the text).
        (1...n).map { "e" + String(repeating: "`", count: $0) }.joined(separator: " ")
    },
    PathologicalInput("huge table", size: 3_000) { n in
        "| a | b | c |\n|---|:-:|--:|\n" + String(repeating: "| x [@reuters] | *y* | `z` |\n", count: n)
    },
    PathologicalInput("table rows with missing and extra cells", size: 3_000) { n in
        "| a | b | c | d |\n|---|---|---|---|\n"
            + (0..<n).map { $0 % 2 == 0 ? "| x |\n" : "| 1 | 2 | 3 | 4 | 5 | 6 |\n" }.joined()
    },
    PathologicalInput("deeply nested block quotes", size: 40_000) { n in String(repeating: ">", count: n) + " a\n" },
    PathologicalInput("deeply nested lists", size: 8_000) { n in
        (0..<n).map { String(repeating: " ", count: min($0, 3)) + "- item\n" }.joined()
    },
    PathologicalInput("many link reference definitions", size: 5_000) { n in
        (0..<n).map { "[r\($0)]: https://example.org/\($0)\n" }.joined() + "\n" + (0..<n).map { "[r\($0)] " }.joined()
    },
    PathologicalInput("many footnotes", size: 3_000) { n in
        (0..<n).map { "Text[^n\($0)]. " }.joined() + "\n\n" + (0..<n).map { "[^n\($0)]: Note \($0).\n" }.joined()
    },
    PathologicalInput("many headings with the same text", size: 4_000) { n in String(repeating: "## Same\n\n", count: n)
    },
    PathologicalInput("autolink-like text", size: 10_000) { n in
        String(repeating: "www.a_b_ ", count: n) + "https://" + String(repeating: "_", count: n)
    },
    PathologicalInput("raw HTML that is left out", size: 30_000) { n in String(repeating: "<a href=\"", count: n) },
    PathologicalInput("many claims and sources in the front matter", size: 300) { n in
        let sources = (0..<n).map { "  s\($0):\n    name: Source \($0)\n    status: confirmed\n    date: 2025-06-26\n" }
            .joined()
        let claims = (0..<n).map {
            "  - id: c\($0)\n    claim: Claim \($0).\n    claimant: Someone\n    verdict: false\n    conclusion: "
                + "No.\n    sources: [s\($0)]\n"
        }.joined()
        let front =
            "---\ntitle: A check\ndate: 2025-06-26\nsummary: One line.\nsources:\n" + sources + "claims:\n" + claims
            + "---\n"
        return (front, (0..<n).map { "See [@s\($0)].\n\n" }.joined())
    },
]

@Suite("Pathological inputs", .serialized)
struct PathologicalInputTests {
    /// Quadrupling the input may at most multiply the time by this (linear is 4, quadratic 16; the margin is for
    /// the other suites that run at the same time).
    static let allowedGrowth = 10.0

    @Test("each finishes in linear time through the whole pipeline", arguments: pathologicalInputs)
    func linear(_ input: PathologicalInput) throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        let factor = input.factor
        let baseline = try Self.time(site, (PathologicalInput.frontMatter, "Body.\n"))
        let small = try Self.time(site, input.make(input.size))
        let large = try Self.time(site, input.make(input.size * factor))
        let growth = (large - baseline) / max(small - baseline, 0.002)
        print(
            "pathological: \(input.name): \(Self.ms(small)) → \(Self.ms(large)) for 4x the input (baseline "
                + "\(Self.ms(baseline))): \(String(format: "%.1f", growth))x"
        )
        #expect(growth < Self.allowedGrowth, "\(input.name): 4x the input took \(growth)x the time")
    }

    /// The fastest of three checks of the site with this article, in seconds.
    static func time(_ site: TestSite, _ article: (frontMatter: String, body: String)) throws -> Double {
        try site.write("content/articles/a.md", article.frontMatter + article.body)
        var best = Double.infinity
        for _ in 0..<3 {
            let started = ContinuousClock.now
            do { _ = try SiteBuilder(options: site.options, theme: DefaultTheme()).check() } catch is BuildFailure {}
            let elapsed = ContinuousClock.now - started
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    static func ms(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }
}
