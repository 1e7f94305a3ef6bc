import Foundation
import Testing
import VerityTheme

@testable import Verity

/// One family of inputs known to push Markdown parsers (and our own scanners) into super-linear time.
struct PathologicalInput: CustomTestStringConvertible, Sendable {
    var name: String
    /// The article's front matter and body for size `n`.
    var make: @Sendable (Int) -> (frontMatter: String, body: String)
    /// A size at which the check takes some tens of milliseconds of CPU more than an empty body.
    var size: Int
    /// How much `size` grows for the large run: 8, or 3 for inputs whose text grows with the square of `size`.
    var factor = 8
    /// How much the text grows from `size` to `size * factor`: what linear time multiplies the time by.
    var growth: Double { squareText ? Double(factor * factor) : Double(factor) }
    var squareText = false
    var testDescription: String { name }

    init(_ name: String, size: Int, squareText: Bool = false, body: @escaping @Sendable (Int) -> String) {
        self.name = name
        self.size = size
        self.squareText = squareText
        factor = squareText ? 3 : 8
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

    /// Front matter declaring `sources` (each `name:` line follows its id), with one claim citing `cited`.
    static func frontMatter(sources: [String], cited: [String]) -> String {
        "---\ntitle: A check\ndate: 2025-06-26\nsummary: One line.\nsources:\n"
            + sources.map { "  \($0)\n    name: Source\n    status: confirmed\n    date: 2025-06-26\n" }.joined()
            + "claims:\n  - id: c\n    claim: Claim.\n    claimant: Someone\n    verdict: false\n    conclusion: No.\n"
            + "    sources: [\(cited.joined(separator: ", "))]\n---\n"
    }
}

let pathologicalInputs: [PathologicalInput] = [
    PathologicalInput("nested emphasis", size: 2_500) { n in
        String(repeating: "*a **a ", count: n) + "b" + String(repeating: " a** a*", count: n)
    },
    PathologicalInput("unclosed emphasis openers", size: 15_000) { n in String(repeating: "*a _b ", count: n) },
    PathologicalInput("unclosed brackets", size: 50_000) { n in String(repeating: "[", count: n) + "a" },
    PathologicalInput("unclosed links", size: 10_000) { n in String(repeating: "[a](", count: n) },
    PathologicalInput("unclosed source badges", size: 25_000) { n in String(repeating: "[@", count: n) + "reuters" },
    PathologicalInput("source badges closed only at the very end", size: 25_000) { n in
        String(repeating: "[@", count: n) + "]"
    },
    PathologicalInput("badges written as entities", size: 5_000) { n in String(repeating: "&#91;@reuters] ", count: n)
    },
    PathologicalInput("distinct badges written as entities", size: 4_000) { n in
        (0..<n).map { "&#91;@s\($0)] " }.joined()
    },
    PathologicalInput("badge-like text that never closes", size: 10_000) { n in
        String(repeating: "[@reuters; ", count: n)
    },
    PathologicalInput("many source badges", size: 2_000) { n in String(repeating: "Said so [@reuters]. ", count: n) },
    PathologicalInput("backtick runs of growing length", size: 500, squareText: true) { n in
        // The body grows with the square of n: compare sizes n and 3n (9x the text).
        (1...n).map { "e" + String(repeating: "`", count: $0) }.joined(separator: " ")
    },
    PathologicalInput("huge table", size: 1_500) { n in
        "| a | b | c |\n|---|:-:|--:|\n" + String(repeating: "| x [@reuters] | *y* | `z` |\n", count: n)
    },
    PathologicalInput("table rows with missing and extra cells", size: 1_500) { n in
        "| a | b | c | d |\n|---|---|---|---|\n"
            + (0..<n).map { $0 % 2 == 0 ? "| x |\n" : "| 1 | 2 | 3 | 4 | 5 | 6 |\n" }.joined()
    },
    PathologicalInput("deeply nested block quotes", size: 20_000) { n in String(repeating: ">", count: n) + " a\n" },
    PathologicalInput("deeply nested lists", size: 4_000) { n in
        (0..<n).map { String(repeating: " ", count: min($0, 3)) + "- item\n" }.joined()
    },
    PathologicalInput("many link reference definitions", size: 2_500) { n in
        (0..<n).map { "[r\($0)]: https://example.org/\($0)\n" }.joined() + "\n" + (0..<n).map { "[r\($0)] " }.joined()
    },
    PathologicalInput("many footnotes", size: 1_500) { n in
        (0..<n).map { "Text[^n\($0)]. " }.joined() + "\n\n" + (0..<n).map { "[^n\($0)]: Note \($0).\n" }.joined()
    },
    PathologicalInput("many headings with the same text", size: 2_000) { n in String(repeating: "## Same\n\n", count: n)
    },
    PathologicalInput("autolink-like text", size: 5_000) { n in
        String(repeating: "www.a_b_ ", count: n) + "https://" + String(repeating: "_", count: n)
    },
    PathologicalInput("raw HTML that is left out", size: 15_000) { n in String(repeating: "<a href=\"", count: n) },
    PathologicalInput("many claims and sources in the front matter", size: 150) { n in
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
    // Each broken link once looked for its destination's text to say where it is written.
    PathologicalInput("broken links, one a line", size: 500) { n in (0..<n).map { "[l](#missing-\($0))\n" }.joined() },
    PathologicalInput("broken links on one line", size: 500) { n in
        (0..<n).map { "[l](#missing-\($0))" }.joined(separator: " ") + "\n"
    },
    // cmark-gfm places every link of this paragraph on its first line: each is followed from there.
    PathologicalInput("broken links after backslash line breaks", size: 500) { n in
        (0..<n).map { "[l](#missing-\($0))\\\n" }.joined() + "end\n"
    },
    // Every cited id was looked for in the array of declared ones.
    PathologicalInput("one claim citing every one of many sources", size: 2_000) { n in
        let ids = (0..<n).map { "s\($0)" }
        return (PathologicalInput.frontMatter(sources: ids.map { $0 + ":" }, cited: ids), "See [@s0].\n")
    },
    // "Did you mean" compared the unknown id with the declared one whatever their lengths.
    PathologicalInput("an unknown id as long as a declared one", size: 1_000) { n in
        let id = String(repeating: "a", count: n)
        return (
            PathologicalInput.frontMatter(sources: ["? " + id + "\n  :"], cited: [id]),
            "See [@\(id)] and [@\(id.dropLast())b].\n"
        )
    },
    // "Did you mean" compared each unknown id with every declared one.
    PathologicalInput("many unknown ids against many declared ones", size: 60) { n in
        let ids = (0..<n).map { "declared-source-\($0)" }
        return (
            PathologicalInput.frontMatter(sources: ids.map { $0 + ":" }, cited: ids),
            (0..<n).map { "[@declared-sourze-\($0)] " }.joined() + "\n"
        )
    },
]

/// Each input through the whole pipeline at two sizes, `size` and `size * factor`: the check's time must grow
/// like the text, not like its square.
///
/// Time is CPU time, never the wall clock: that of the test's own thread (`CLOCK_THREAD_CPUTIME_ID`), which runs
/// the whole check (`jobs: 1`) but the Markdown, plus that of the thread rendering the Markdown, which its
/// watchdog counts (`RenderWatchdog.workerSeconds`). While other tests, other processes or the host run, the
/// threads wait, and waiting does not count, so a busy or slow machine leaves the ratio of the two sizes as it is.
/// The text grows 8 times (9 for inputs whose text grows with the square of `size`): linear time grows about
/// as much, a quadratic path about 64 times. The limit, 3 times the text's growth, leaves a wide margin on
/// both sides (cache effects, a larger heap). Each size is timed twice, the runs of the sizes interleaved, and
/// the fastest kept; a ratio over the limit is measured again, up to three times in all, and the test fails
/// only when every one is over: noise does not repeat, a quadratic path does. Counting steps instead would be
/// exact, but only for the loops that count them, and most inputs here exercise cmark-gfm's own loops.
@Suite("Pathological inputs", .serialized)
struct PathologicalInputTests {
    /// How many times the text's growth the check's time may grow (quadratic is the text's growth again).
    static let allowedFactor = 3.0
    /// Measurements of an input over the limit before the test fails.
    static let attempts = 3

    @Test("each finishes in linear time through the whole pipeline", arguments: pathologicalInputs)
    func linear(_ input: PathologicalInput) throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        let limit = Self.allowedFactor * input.growth
        var ratios: [Double] = []
        for _ in 0..<Self.attempts {
            let ratio = try Self.growth(of: input, in: site)
            ratios.append(ratio)
            if ratio < limit { break }
        }
        let growth = "\(Int(input.growth))x the input took \(ratios.map(Self.format)) the CPU time"
        #expect(ratios.contains { $0 < limit }, "\(input.name): \(growth) (limit \(limit))")
    }

    /// The CPU time of the large check over that of the small one, both less that of an empty body.
    static func growth(of input: PathologicalInput, in site: TestSite) throws -> Double {
        let empty = (PathologicalInput.frontMatter, "Body.\n")
        let articles = [empty, input.make(input.size), input.make(input.size * input.factor)]
        var best = [Double](repeating: .infinity, count: articles.count)
        for _ in 0..<2 {
            for (index, article) in articles.enumerated() {
                best[index] = min(best[index], try cpuTime(site, article))
            }
        }
        let (baseline, small, large) = (best[0], best[1], best[2])
        let ratio = (large - baseline) / max(small - baseline, 0.002)
        print(
            "pathological: \(input.name): \(ms(small)) → \(ms(large)) CPU for \(Int(input.growth))x the input "
                + "(baseline \(ms(baseline))): \(format(ratio))")
        return ratio
    }

    /// The CPU time this thread spends checking the site with this article, in seconds.
    static func cpuTime(_ site: TestSite, _ article: (frontMatter: String, body: String)) throws -> Double {
        try site.write("content/articles/a.md", article.frontMatter + article.body)
        var options = site.options
        options.jobs = 1
        let started = threadCPUTime() + RenderWatchdog.workerSeconds
        do { _ = try SiteBuilder(options: options, theme: DefaultTheme()).check() } catch is BuildFailure {}
        return threadCPUTime() + RenderWatchdog.workerSeconds - started
    }

    /// The CPU time the calling thread has used, in seconds.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func ms(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }

    static func format(_ ratio: Double) -> String {
        String(format: "%.1fx", ratio)
    }
}
