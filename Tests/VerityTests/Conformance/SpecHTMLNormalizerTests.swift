import Testing

/// Checks that `SpecHTMLNormalizer` irons out what cmark's `normalize.py` does, and nothing more.
@Suite("GFM conformance: HTML normaliser")
struct ConformanceNormalizerTests {
    /// The examples from `normalize_html`'s docstring in cmark's `test/normalize.py`.
    @Test(
        "Behaves like normalize.py on its own documented examples",
        arguments: [
            ("<p>a  \t b</p>", "<p>a b</p>"),
            ("<p>a  \t\nb</p>", "<p>a b</p>"),
            ("<p>a  b</p>", "<p>a b</p>"),
            (" <p>a  b</p>", "<p>a b</p>"),
            ("<p>a  b</p> ", "<p>a b</p>"),
            ("\n\t<p>\n\t\ta  b\t\t</p>\n\t", "<p>a b</p>"),
            ("<i>a  b</i> ", "<i>a b</i> "),
            ("<br />", "<br>"),
            ("<a title=\"bar\" HREF=\"foo\">x</a>", "<a href=\"foo\" title=\"bar\">x</a>"),
            ("&forall;&amp;&gt;&lt;&quot;", "\u{2200}&amp;&gt;&lt;&quot;"),
        ])
    func documentedExamples(input: String, expected: String) {
        #expect(SpecHTMLNormalizer.normalize(input) == expected)
    }

    @Test(
        "Treats equivalent spellings of the same HTML as equal",
        arguments: [
            ("<p>a<br />\nb</p>", "<p>a<br>b</p>"),
            ("<input type=\"checkbox\" disabled=\"\" />", "<input disabled=\"\" type=\"checkbox\">"),
            ("<p>&#xE9;&#233;&eacute;</p>", "<p>ééé</p>"),
            ("<a title='it&#39;s'>x</a>", "<a title=\"it's\">x</a>"),
            ("<ul>\n<li>a</li>\n</ul>\n", "<ul><li>a</li></ul>"),
        ])
    func equivalentSpellings(lhs: String, rhs: String) {
        #expect(SpecHTMLNormalizer.normalize(lhs) == SpecHTMLNormalizer.normalize(rhs))
    }

    @Test(
        "Keeps differences that normalize.py keeps",
        arguments: [
            ("<pre><code>a  b\n</code></pre>", "<pre><code>a b\n</code></pre>"),
            ("<p>a b</p>", "<p>ab</p>"),
            ("<p><em>a</em> b</p>", "<p><em>a</em>b</p>"),
            ("<p>&lt;b&gt;</p>", "<p><b></p>"),
            ("<a href=\"x\">x</a>", "<a href=\"y\">x</a>"),
            ("<td align=\"left\">a</td>", "<td style=\"text-align: left\">a</td>"),
            ("<h1 id=\"a\">a</h1>", "<h1>a</h1>"),
            ("<p>a < b</p>", "<p>a  b</p>"),
            ("<p>&amp;copy;</p>", "<p>&copy;</p>"),
        ])
    func differences(lhs: String, rhs: String) {
        #expect(SpecHTMLNormalizer.normalize(lhs) != SpecHTMLNormalizer.normalize(rhs))
    }

    @Test("Removes only the heading ids and checkbox labels the site adds")
    func siteAdditions() {
        let rendered = """
            <h2 id="intro">Intro</h2>
            <ul>
            <li><input type="checkbox" checked="" disabled="" aria-label="done" /> a</li>
            <li><input type="checkbox" disabled="" aria-label="not done" /> b</li>
            </ul>
            <div id="keep"><h3 class="x" id="keep-too">c</h3></div>

            """
        #expect(
            GFMConformanceTests.removingSiteAdditions(rendered) == """
                <h2>Intro</h2>
                <ul>
                <li><input type="checkbox" checked="" disabled="" /> a</li>
                <li><input type="checkbox" disabled="" /> b</li>
                </ul>
                <div id="keep"><h3 class="x" id="keep-too">c</h3></div>

                """)
    }
}
