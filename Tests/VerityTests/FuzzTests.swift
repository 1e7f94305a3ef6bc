import Foundation
import Testing
import VerityTheme

@testable import Verity

/// A small, seedable random number generator (SplitMix64), so that a failing run can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random edits of the fixture site's files: the kinds of damage a hurried editor, a bad paste or a broken
/// tool does to front matter and Markdown.
struct Mutator {
    /// Fragments that mean something to YAML, Markdown, badges, templates or HTML.
    static let fragments = [
        "---", "\n---\n", ":", ": ", "- ", "\n  - ", "  ", "\t", "\n", "\r\n", "\r", "\"", "'", "#", "|", ">", "&a ",
        "*a",
        "!!str ", "!!binary ", "? ", "[", "]", "{", "}", ",", "[@", "[@mayor-office]", "[@builder; @auditor]",
        "[@nope]",
        "@", "`", "```", "~~~", "**", "_", "~~", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "</script>",
        "]]>", "\u{2028}", "\u{0}", "\u{7}", "\u{85}", "\u{FEFF}", "\u{E000}\u{E010}\u{E001}",
        "é", "€", "👩🏽‍💻", "\u{301}",
        "{{", "}}", "{{{x}}}", "javascript:alert(1)",
        "https://", "[x](#nope)", "[x](../nope/)", "[^1]", "[^1]: note", "|---|", "- [ ] ", "<!--", "-->", "\\", "null",
        "~",
        "true", "2025-02-30", "9999-12-31", "0", "-1", "1e9999", ".inf", "slug: ../x", "draft: true", "claims:",
        "sources:",
    ]

    var generator: SeededGenerator

    /// `text` with one to three random edits.
    mutating func mutate(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let position = scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &generator)
            switch Int.random(in: 0..<8, using: &generator) {
            case 0, 1, 2:
                let fragment = Self.fragments.randomElement(using: &generator) ?? ""
                scalars.insert(contentsOf: fragment.unicodeScalars, at: position)
            case 3:
                let length = Int.random(in: 1...40, using: &generator)
                scalars.removeSubrange(position..<min(scalars.count, position + length))
            case 4:
                // Duplicate a stretch (a repeated key, a pasted paragraph).
                let length = Int.random(in: 1...200, using: &generator)
                let stretch = scalars[position..<min(scalars.count, position + length)]
                scalars.insert(contentsOf: Array(stretch), at: position)
            case 5:
                // Swap two lines.
                var lines = String(String.UnicodeScalarView(scalars)).components(separatedBy: "\n")
                if lines.count > 1 {
                    let i = Int.random(in: 0..<lines.count, using: &generator)
                    let j = Int.random(in: 0..<lines.count, using: &generator)
                    lines.swapAt(i, j)
                }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            case 6:
                // Cut the file short, as a half-finished save does.
                scalars.removeSubrange(position...)
            default:
                // Replace one character by a random scalar.
                if position < scalars.count,
                    let scalar = Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &generator))
                {
                    scalars[position] = scalar
                }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

@Suite("Fuzzing")
struct FuzzTests {
    /// Replay a run with `VERITY_FUZZ_SEED=<seed>`; change its length with `VERITY_FUZZ_ITERATIONS`.
    static let seed = ProcessInfo.processInfo.environment["VERITY_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_129
    static let iterations = ProcessInfo.processInfo.environment["VERITY_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3_000

    @Test("random damage to front matter and Markdown never traps or hangs; every error has a file, line and column")
    func fuzz() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        let targets = [
            "content/articles/bridge-claim.md", "content/articles/older.md", "content/pages/about.md",
            "content/site.yml",
        ]
        let originals = try targets.map { try site.read($0) }
        var mutator = Mutator(generator: SeededGenerator(seed: Self.seed))
        print("fuzz: seed \(Self.seed), \(Self.iterations) iterations (replay with VERITY_FUZZ_SEED=\(Self.seed))")
        var clean = 0
        var failed = 0
        let started = ContinuousClock.now
        for iteration in 1...Self.iterations {
            // Mostly articles; site.yml now and then, since a broken site.yml stops everything else.
            let index =
                Int.random(in: 0..<10, using: &mutator.generator) < 9
                ? Int.random(in: 0..<3, using: &mutator.generator) : 3
            let text = mutator.mutate(originals[index])
            try site.write(targets[index], text)
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            let outcome = Self.checkWithTimeout(site, seconds: 20)
            switch outcome {
            case .hung:
                Issue.record(
                    "iteration \(iteration) (seed \(Self.seed)) did not finish within 20 s; the input was:\n\(text)")
                return
            case .built:
                clean += 1
            case .failed(let diagnostics):
                failed += 1
                for diagnostic in diagnostics {
                    let location = diagnostic.location
                    let inEditedFile = location.path.hasSuffix(targets[index])
                    let placed =
                        location.line != nil && location.column != nil
                        && (location.line ?? 0) >= 1 && (location.column ?? 0) >= 1
                        && (!inEditedFile || (location.line ?? 0) <= lineCount + 1)
                    // An edit can also cause errors elsewhere (a link to a heading that went away, a default
                    // author removed from site.yml): those too must name their file, line and column.
                    if !placed {
                        Issue.record(
                            Comment(
                                rawValue: "iteration \(iteration) (seed \(Self.seed)): '\(diagnostic)' lacks a line "
                                    + "and column within its file; the input was:\n\(text)"))
                        return
                    }
                }
            case .unexpected(let error):
                Issue.record("iteration \(iteration) (seed \(Self.seed)) threw \(error); the input was:\n\(text)")
                return
            }
            try site.write(targets[index], originals[index])
        }
        print(
            "fuzz: \(Self.iterations) iterations in \(ContinuousClock.now - started): \(clean) clean builds, "
                + "\(failed) with errors"
        )
        #expect(clean > 0 && failed > 0, "the mutations should produce both clean builds and errors")
    }

    enum Outcome: Sendable {
        case built
        case failed([Diagnostic])
        case unexpected(String)
        case hung
    }

    /// Runs `generate check` on the site on another thread, giving up after `seconds`.
    static func checkWithTimeout(_ site: TestSite, seconds: Int) -> Outcome {
        let options = site.options
        let result = Locked<Outcome?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do {
                _ = try SiteBuilder(options: options, theme: DefaultTheme()).check()
                result.set(.built)
            } catch let failure as BuildFailure {
                result.set(.failed(failure.diagnostics))
            } catch {
                result.set(.unexpected("\(error)"))
            }
            done.signal()
        }
        guard done.wait(timeout: .now() + .seconds(seconds)) == .success else { return .hung }
        return result.get() ?? .hung
    }
}
