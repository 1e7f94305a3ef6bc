import Foundation
import Testing

@testable import Verity

/// Runs every example of the GFM spec (0.29) and its extensions file through the site's Markdown layer.
///
/// Each example is rendered with `MarkdownRenderer` as articles are, except for the switches the spec's HTML
/// assumes (raw HTML allowed, no smart punctuation, table alignment as `align`); the heading ids and checkbox
/// labels the site adds on purpose are removed, and the result is compared with the spec's HTML after both
/// went through `SpecHTMLNormalizer` (a port of cmark's `test/normalize.py`). Examples that
/// legitimately differ are listed in `knownExceptions`, each with its reason; the test fails when any other
/// example fails, and also when a listed example passes, so that the list stays true.
@Suite("GFM conformance")
struct GFMConformanceTests {
    /// Examples that are expected to differ from the spec, and why.
    ///
    /// Keep this list short and true. Every reason below was checked by rendering the example with plain
    /// libcmark-gfm (through Python's ctypes, outside the site's code) and switching only the named option or
    /// extension off: the example then renders as the spec says, and with it on, exactly as the site does.
    static let knownExceptions: [GFMSpecExample.ID: String] = [
        // The tagfilter extension is on for every document; these plain-spec HTML-block examples use
        // <script> or <style>, which it escapes to &lt;script / &lt;style (as spec example 653 shows).
        .spec(140): "tagfilter extension: <script> and </script> are escaped",
        .spec(141): "tagfilter extension: <style> and </style> are escaped",
        .spec(142): "tagfilter extension: <style> is escaped",
        .spec(145): "tagfilter extension: <style> and </style> are escaped",
        .spec(147): "tagfilter extension: <script> and </script> are escaped",
        // The autolink extension is on for every document; these plain-spec examples show text that is
        // not a CommonMark autolink but that the extension's bare-URL/e-mail rule does link.
        .spec(610): "autolink extension: http://foo.bar/baz inside <… bim> is linked",
        .spec(614): "autolink extension: foo+@bar.example.com is linked as an e-mail address",
        .spec(616): "autolink extension: http://foo.bar inside < … > is linked",
        .spec(619): "autolink extension: bare http://example.com is linked",
        .spec(620): "autolink extension: bare foo@bar.example.com is linked",
        // Not the site: the installed libcmark-gfm (0.29.0.gfm.6) writes newer footnote markup than the
        // 0.29 test file expects, and renders this example identically without any of the site's code.
        .extensions(23):
            "libcmark-gfm 0.29.0.gfm.6 footnote markup: ids fn-<label>/fnref-<label>, data-footnote* attributes, "
            + "back-link aria-label",
    ]

    /// The spec examples, kept in the repository (`Tests/Fixtures/gfm-spec`) so that a bare clone tests them.
    static let specFolder = TestSite.repositoryRoot.appendingPathComponent("Tests/Fixtures/gfm-spec", isDirectory: true)

    @Test("Every GFM spec and extension example renders as specified, apart from the reviewed exceptions")
    func specExamples() throws {
        let folder = Self.specFolder
        for file in ["spec.txt", "extensions.txt"] {
            try #require(
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path),
                "GFM spec examples are missing: expected \(file) in \(folder.path)")
        }
        let spec = GFMSpecExample.parse(
            try String(contentsOf: folder.appendingPathComponent("spec.txt"), encoding: .utf8), makeID: { .spec($0) })
        let extensions = GFMSpecExample.parse(
            try String(contentsOf: folder.appendingPathComponent("extensions.txt"), encoding: .utf8),
            makeID: { .extensions($0) })
        #expect(spec.count == 673, "spec.txt should hold the 673 examples of GFM 0.29")
        #expect(extensions.count == 28, "extensions.txt should hold 28 examples")

        var passed = 0
        var failed = 0
        var unexpectedFailures: [String] = []
        var stalePasses: [GFMSpecExample.ID] = []
        for example in spec + extensions {
            let actual = Self.render(example.markdown)
            let exception = Self.knownExceptions[example.id]
            // As in cmark's spec_tests.py, `<IGNORE>` means the example only has to render without crashing.
            let ignoresOutput = example.html.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>"
            let expectedNormalized = SpecHTMLNormalizer.normalize(example.html)
            let actualNormalized = SpecHTMLNormalizer.normalize(actual)
            if ignoresOutput || expectedNormalized == actualNormalized {
                passed += 1
                if exception != nil { stalePasses.append(example.id) }
            } else {
                failed += 1
                let report = Self.failureReport(
                    example, actual: actual, expectedNormalized: expectedNormalized,
                    actualNormalized: actualNormalized, exception: exception)
                print(report)
                if exception == nil { unexpectedFailures.append(report) }
            }
        }
        print(
            "gfm-conformance: \(passed) passed, \(failed) failed "
                + "(\(failed - unexpectedFailures.count) of them reviewed exceptions, "
                + "\(unexpectedFailures.count) unexpected)"
        )

        let allIDs = Set((spec + extensions).map(\.id))
        for id in Self.knownExceptions.keys.sorted() where !allIDs.contains(id) {
            Issue.record("Known exception \(id) does not exist in the spec files; remove it")
        }
        for id in stalePasses.sorted() {
            Issue.record("\(id) is listed as a known exception but now passes; remove it from knownExceptions")
        }
        for report in unexpectedFailures {
            Issue.record(Comment(rawValue: report))
        }
    }

    /// Renders `markdown` through the site's Markdown layer and removes what the site adds on purpose.
    ///
    /// Smart punctuation and table alignment through `style` attributes are switched off, as the spec's HTML
    /// assumes; everything else (extensions, options, heading ids, badges, checkbox labels) is as on the site.
    static func render(_ markdown: String) -> String {
        let renderer = MarkdownRenderer(unsafeHTML: true, smart: false, tableStyleAttributes: false)
        let log = DiagnosticCollector()
        let html = renderer.render(
            MarkdownBody(text: markdown, path: "example.md", firstLine: 1),
            sourceIDs: [], reservedIDs: [], badge: { _ in "" }, log: log)
        return removingSiteAdditions(html)
    }

    /// `html` without the heading ids and task-list checkbox labels that `MarkdownRenderer` adds.
    ///
    /// Only the exact forms the renderer writes are removed: `id` as the only attribute of an `<h1>`–`<h6>`
    /// start tag, and `aria-label="done"`/`"not done"` at the end of a `<input type="checkbox" …>` tag.
    static func removingSiteAdditions(_ html: String) -> String {
        html
            .replacing(#/<(h[1-6]) id="[^"<>]*">/#) { match in "<\(match.1)>" }
            .replacing(#/(<input type="checkbox"[^<>]*?) aria-label="(?:done|not done)"( />)/#) { match in
                "\(match.1)\(match.2)"
            }
    }

    /// The example's number, section and Markdown, a line diff of the HTML and where the normalised forms part.
    static func failureReport(
        _ example: GFMSpecExample, actual: String, expectedNormalized: String,
        actualNormalized: String, exception: String?
    ) -> String {
        var lines = ["✗ \(example.id) (line \(example.line)), section \"\(example.section)\""]
        if let exception { lines[0] += " — known exception: \(exception)" }
        lines.append("  markdown: \(visible(example.markdown))")
        let diff = lineDiff(expected: example.html, actual: actual)
        lines += diff.prefix(16).map { "  " + $0 }
        if diff.count > 16 { lines.append("  … \(diff.count - 16) more diff lines") }
        let expected = Array(expectedNormalized)
        let actual = Array(actualNormalized)
        let common = zip(expected, actual).prefix(while: { $0 == $1 }).count
        let from = max(0, common - 30)
        lines.append(
            "  normalised, from character \(from): expected \"\(visible(String(expected[from...].prefix(80))))\"")
        lines.append(
            "  normalised, from character \(from): actual   \"\(visible(String(actual[from...].prefix(80))))\"")
        return lines.joined(separator: "\n")
    }

    /// Text on one line, with newlines and tabs shown as `\n` and `\t`.
    private static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }

    /// A minimal line diff (longest common subsequence): `-` for expected lines, `+` for actual lines.
    static func lineDiff(expected: String, actual: String) -> [String] {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var diff: [String] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if j < new.count, i == old.count || common[i][j + 1] >= common[i + 1][j] {
                diff.append("+ " + visible(new[j]))
                j += 1
            } else {
                diff.append("- " + visible(old[i]))
                i += 1
            }
        }
        return diff
    }
}
