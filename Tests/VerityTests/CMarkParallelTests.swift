import Testing

@testable import Verity

/// cmark-gfm's inline parser writes a global table around every document; these tests parse many documents at
/// once, each with every inline extension in it, and compare with the same documents parsed one at a time.
@Suite("Markdown on every core")
struct CMarkParallelTests {
    /// A document with strikethrough, both kinds of autolink, a table with strikethrough in a cell, emphasis and
    /// smart punctuation; `number` makes each one different.
    static func document(_ number: Int) -> String {
        """
        # Check \(number)

        The claim ~~\(number) was~~ is "wrong" -- see www.example.org/\(number) and https://example.com/a/\(number).

        | claim | verdict |
        |:------|--------:|
        | ~~old \(number)~~ | *false* |
        | www.example.net/\(number) | **true** |

        - [x] done ~~\(number)~~
        - [ ] mail editor\(number)@example.org

        Footnote[^n]. Raw <title>\(number)</title> and <b>bold</b>.

        [^n]: From https://example.org/notes/\(number).

        """
    }

    @Test(
        "1,000 documents on 8 threads, 3 times, give the bytes they give one at a time",
        arguments: [false, true])
    func manyDocumentsOnManyThreads(unsafeHTML: Bool) {
        let options = CMarkOptions(smart: true, unsafeHTML: unsafeHTML)
        let documents = (0..<1000).map(Self.document)
        let expected = documents.map { CMark.html(from: $0, options: options) }
        // Every extension took part: a lost special character would show as literal `~~` or a missing link.
        for html in expected {
            #expect(html.contains("<del>") && html.contains("<table>") && html.contains("href=\"http://www."))
            #expect(!html.contains("~~"))
            // With raw HTML on, the tagfilter extension (which calls the C library's `tolower`) escapes `<title>`.
            #expect(html.contains("&lt;title>") == unsafeHTML)
        }
        for _ in 0..<3 {
            // The build's own worker threads: eight real threads, whatever the machine's core count.
            let outcome = RenderWatchdog.map(
                documents, threads: 8, limits: .init(seconds: 60, bytes: 1 << 30), label: { _ in "" },
                { CMark.html(from: $0, options: options) })
            guard case .finished(let actual) = outcome else {
                Issue.record("a document passed a render limit")
                return
            }
            let differing = zip(actual, expected).filter { $0 != $1 }.count
            #expect(differing == 0)
        }
        // The threads parsed with copies of their own, not one after another.
        #expect(CMark.parserCopies > 1)
    }
}
