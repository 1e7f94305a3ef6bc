import Foundation
import Testing

@testable import Verity

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Script-injection probes in every text field of site.yml, an article, a page and their Markdown bodies:
/// no page may carry an executable tag, attribute or URL that came from content.
@Suite("Content probes")
struct ContentProbeTests {
    /// One probe: each part tries to end the context it lands in (element, attribute, script, CDATA, JS string),
    /// a quote hides behind a combining mark (one character, but still a quote to a browser), and a template
    /// tag tries to be expanded.
    static let probe =
        "<script>alert(1)</script> \"><img src=x onerror=alert(1)> </script> ]]> \u{2028} \u{2029} "
        + "'-alert(1)-' <!-- \"\u{0301} onmouseover=alert(2) x=\" {{title}}"

    /// `probe` as a double-quoted YAML scalar (U+2028 escaped: YAML would fold it as a line break).
    static var yamlProbe: String {
        // Scalar by scalar: a quote followed by a combining mark is one Character, which String's replacing
        // would not match as a quote.
        var text = "\""
        for scalar in probe.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\"": text += "\\\""
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// site.yml with the probe in every text, and smart punctuation off so that its quotes and `--` reach every
    /// output as typed.
    static var siteYAML: String {
        """
        title: \(yamlProbe)
        base_url: https://checks.example.org/
        language: en
        description: \(yamlProbe)
        publisher:
          name: \(yamlProbe)
          url: https://checks.example.org/
        default_author: \(yamlProbe)
        smart_punctuation: false

        """
    }

    static var article: String {
        """
        ---
        title: \(yamlProbe)
        date: 2025-06-26
        summary: \(yamlProbe)
        author: \(yamlProbe)
        tags: [probe]
        sources:
          wire:
            name: \(yamlProbe)
            status: statement
            date: 2025-06-26
            said: \(yamlProbe)
            via: \(yamlProbe)
            url: https://example.org/a?b=1&c=2
        claims:
          - id: probe
            claim: \(yamlProbe)
            claimant: \(yamlProbe)
            verdict: false
            conclusion: \(yamlProbe)
            sources: [wire]
            appeared: https://example.org/post?x=1&y=2
        updates:
          - date: 2025-06-27
            note: \(yamlProbe)
        ---
        \(body)
        """
    }

    static let body = """
        <script>alert(1)</script>

        <img src=x onerror=alert(1)>

        [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) \
        [vb](VBScript:msgbox)

        <a href="javascript:alert(1)">raw link</a> <svg onload=alert(1)>

        Text with </script> and ]]> and \u{2028} \u{2029} and "><img src=x onerror=alert(1)> and \
        "\u{0301} onmouseover=alert(2) x=" and {{title}} [@wire].

        | a | b |
        |---|---|
        | <script>x</script> | "><iframe src=javascript:alert(1)> |

        """

    @Test("no page carries a script, event handler or script URL from content; JSON-LD, feed and claims.json parse")
    func probesStayInert() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", Self.siteYAML)
        try site.write("content/articles/probe.md", Self.article)
        try site.write(
            "content/pages/about.md",
            "---\ntitle: \(Self.yamlProbe)\nsummary: \(Self.yamlProbe)\n---\n"
                + Self.body.replacingOccurrences(of: " [@wire]", with: ""))
        try site.build()

        let files = site.files(in: "output")
        let html = files.filter { $0.hasSuffix(".html") }
        #expect(html.count >= 6)
        for path in html {
            let page = try site.read("output/" + path)
            var outside = ""
            var rest = page[...]
            // JSON-LD blocks are the only scripts: each must parse and hold no way out of <script>.
            while let start = rest.range(of: "<script type=\"application/ld+json\">") {
                outside += rest[..<start.lowerBound]
                rest = rest[start.upperBound...]
                let end = try #require(rest.range(of: "</script>"), "\(path): unclosed JSON-LD block")
                let json = String(rest[..<end.lowerBound])
                #expect(!json.contains("<") && !json.contains("\u{2028}"), "\(path): JSON-LD leaves '<' or U+2028 raw")
                #expect(
                    (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(path): JSON-LD does not parse"
                )
                rest = rest[end.upperBound...]
            }
            outside += rest
            // The search page's own script, from the theme's assets, is the one other script.
            if path == "search/index.html" {
                let own = "<script src=\"../assets/search.js\" defer></script>"
                #expect(outside.contains(own), "the search page loads its script")
                outside = outside.replacingOccurrences(of: own, with: "")
            }
            let lower = outside.lowercased()
            // (The theme's own verdict chart is an <svg>: the attribute check below covers `<svg onload=…>`.)
            for forbidden in ["<script", "<img src=x", "<iframe"] {
                #expect(!lower.contains(forbidden), "\(path) contains '\(forbidden)' from content")
            }
            for tag in Self.tags(in: outside) {
                for (name, value) in tag.attributes {
                    #expect(!name.hasPrefix("on"), "\(path): <\(tag.name)> has an event handler '\(name)'")
                    if ["href", "src", "action", "formaction", "xlink:href"].contains(name) {
                        let scheme = value.lowercased().filter { !$0.isWhitespace }
                        #expect(
                            !["javascript:", "vbscript:", "data:text"].contains { scheme.hasPrefix($0) },
                            "\(path): <\(tag.name) \(name)=\"\(value)\">")
                    }
                }
            }
        }

        // The probe did reach the pages, escaped: the test would notice if it were dropped instead.
        let article = try site.read("output/probe/index.html")
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        #expect(article.contains("<h1>" + escaped) || article.contains(escaped))
        #expect(
            article.contains("&quot;\u{0301} onmouseover=alert(2) x=&quot; {{title}}"),
            "the probe's end reached the page escaped")
        let blocks = article.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst()
            .compactMap { $0.components(separatedBy: "</script>").first }
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let review = try #require(blocks.first { $0["@type"] as? String == "ClaimReview" })
        #expect(review["claimReviewed"] as? String == Self.probe)

        for xmlFile in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: Data(try site.read("output/" + xmlFile).utf8))
            #expect(parser.parse(), "\(xmlFile) is not well-formed: \(String(describing: parser.parserError))")
        }
        #expect(try site.read("output/feed.xml").contains("&lt;script&gt;"))
        let export =
            try JSONSerialization.jsonObject(with: Data(try site.read("output/claims.json").utf8)) as? [String: Any]
        let claims = try #require(export?["claims"] as? [[String: Any]])
        #expect(claims.first?["claim"] as? String == Self.probe)
    }

    /// A start tag: its lowercased name and attributes (values with entities left as they are).
    struct Tag {
        var name: String
        var attributes: [(String, String)]
    }

    /// The start tags of an HTML page, read the way a browser tokenises them (comments skipped).
    static func tags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        let chars = Array(html.unicodeScalars)
        var index = 0
        func skipSpace() { while index < chars.count, chars[index].properties.isWhitespace { index += 1 } }
        while index < chars.count {
            guard chars[index] == "<" else {
                index += 1
                continue
            }
            if html.unicodeScalars.count > index + 3,
                String(String.UnicodeScalarView(chars[index..<index + 4])) == "<!--"
            {
                var end = index + 4
                while end + 2 < chars.count, !(chars[end] == "-" && chars[end + 1] == "-" && chars[end + 2] == ">") {
                    end += 1
                }
                index = end + 3
                continue
            }
            index += 1
            var name = ""
            while index < chars.count, chars[index].properties.isAlphabetic || ("0"..."9").contains(chars[index]) {
                name.unicodeScalars.append(chars[index])
                index += 1
            }
            guard !name.isEmpty else { continue }
            var attributes: [(String, String)] = []
            while index < chars.count {
                skipSpace()
                guard index < chars.count, chars[index] != ">" else { break }
                if chars[index] == "/" {
                    index += 1
                    continue
                }
                var attribute = ""
                while index < chars.count, !chars[index].properties.isWhitespace,
                    !"=>/".unicodeScalars.contains(chars[index])
                {
                    attribute.unicodeScalars.append(chars[index])
                    index += 1
                }
                skipSpace()
                var value = ""
                if index < chars.count, chars[index] == "=" {
                    index += 1
                    skipSpace()
                    if index < chars.count, chars[index] == "\"" || chars[index] == "'" {
                        let quote = chars[index]
                        index += 1
                        while index < chars.count, chars[index] != quote {
                            value.unicodeScalars.append(chars[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        while index < chars.count, !chars[index].properties.isWhitespace, chars[index] != ">" {
                            value.unicodeScalars.append(chars[index])
                            index += 1
                        }
                    }
                }
                if !attribute.isEmpty { attributes.append((attribute.lowercased(), value)) }
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes))
        }
        return tags
    }
}
