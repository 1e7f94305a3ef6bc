import Foundation
import Testing

@testable import Verity

/// One hostile or broken input, beyond what an editor mistypes, and the exact diagnostics it must produce.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    /// Text files to write (path relative to the site root → text); a valid site.yml is added unless given.
    var files: [String: String] = [:]
    /// Files written byte for byte, for encodings a Swift string cannot hold.
    var bytes: [String: [UInt8]] = [:]
    /// Symbolic links to make (path → what it points to, as written in the link).
    var links: [String: String] = [:]
    /// Files of the default site (site.yml, the theme) to delete.
    var removed: [String] = []
    var expected: [String]
    var testDescription: String { name }
}

/// The valid article's text with `old` replaced by `new`.
func articleText(_ old: String, _ new: String) -> String {
    precondition(validArticle.contains(old), "case text not found: \(old)")
    return validArticle.replacingOccurrences(of: old, with: new)
}

/// The valid article with a line added after its summary.
func withLine(_ line: String) -> [String: String] {
    article("summary: One line.", "summary: One line.\n" + line)
}

private let s = "content/site.yml"

let badInputs: [BadInput] = [
    // Encodings and file shapes
    BadInput(
        name: "Latin-1 byte in an article",
        bytes: [a: Array("---\ntitle: Caf".utf8) + [0xE9] + Array(validArticle.utf8.dropFirst(16))],
        expected: [
            "\(a):2:11: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8"
        ]),
    BadInput(
        name: "character cut short in the body, after a byte-order mark, CRLF lines and an accent",
        bytes: [
            a: [0xEF, 0xBB, 0xBF] + Array(validArticle.replacingOccurrences(of: "\n", with: "\r\n").utf8)
                + Array("Caf\u{E9} ".utf8) + [0xE2, 0x82] + Array(" more\r\n".utf8)
        ],
        expected: [
            "\(a):19:6: error: bytes 0xE2 0x82 are not valid UTF-8; save the file as UTF-8"
        ]),
    BadInput(
        name: "UTF-16 article", bytes: [a: [0xFF, 0xFE] + validArticle.utf8.flatMap { [$0, 0] }],
        expected: [
            "\(a):1:1: error: file is UTF-16 text; save it as UTF-8"
        ]),
    BadInput(
        name: "UTF-8 byte-order mark is accepted", bytes: [a: [0xEF, 0xBB, 0xBF] + Array(validArticle.utf8)],
        expected: []),
    BadInput(
        name: "CRLF line endings are accepted", files: [a: validArticle.replacingOccurrences(of: "\n", with: "\r\n")],
        expected: []),
    BadInput(
        name: "old Mac CR line endings", files: [a: validArticle.replacingOccurrences(of: "\n", with: "\r")],
        expected: []),
    BadInput(
        name: "empty article", files: [a: ""],
        expected: [
            "\(a):1:1: error: file is empty: start it with a line '---', the front matter, a line '---', then the text"
        ]),
    BadInput(
        name: "article of blank lines", files: [a: "\n\n  \n"],
        expected: [
            "\(a):1:1: error: file is empty: start it with a line '---', the front matter, a line '---', then the text"
        ]),
    BadInput(
        name: "NUL byte in the front matter", files: [a: articleText("title: A check", "title: A\u{0} check")],
        expected: [
            "\(a):2:9: error: invisible control character U+0000 cannot appear in a web page or feed; delete it"
        ]),
    BadInput(
        name: "control character escaped in YAML", files: [a: articleText("title: A check", "title: \"A\\a check\"")],
        expected: [
            "\(a):2:8: error: 'title' contains the control character U+0007, which cannot appear in a web page "
                + "or feed; remove it"
        ]),
    BadInput(
        name: "NUL byte in the body", files: [a: articleText("Body with", "Body\u{0} with")],
        expected: [
            "\(a):18:5: error: invisible control character U+0000 cannot appear in a web page or feed; delete it"
        ]),
    BadInput(
        name: "badge placeholder character pasted into the body",
        files: [a: articleText("Body with", "Body \u{E000}\u{E010}\u{E001} with")],
        expected: [
            "\(a):18:6: error: private-use character U+E000 is reserved for source badges; delete it"
        ]),
    BadInput(
        name: "badge placeholder written as character references in a link title",
        files: [
            a: articleText(
                "Body with [@reuters].",
                "Body with [@reuters] and [t](../claims/ \"&#xE000;&#xE010;&#xE001; onmouseover=alert(1)\").")
        ],
        expected: [
            "\(a):18:42: error: private-use character U+E000 is reserved for source badges; delete it"
        ]),
    BadInput(
        name: "badge placeholder written as a decimal reference in image text",
        files: [a: articleText("Body with [@reuters].", "![&#57344;&#57360;&#57345;](x.png) [@reuters].")],
        bytes: ["content/articles/x.png": ImageFixtures.png(width: 2, height: 2)],
        expected: [
            "\(a):18:3: error: private-use character U+E000 is reserved for source badges; delete it"
        ]),
    BadInput(
        name: "PNG cut short before its size",
        files: body("![A chart](chart.png)"),
        bytes: ["content/articles/chart.png": Array(ImageFixtures.png(width: 10, height: 10).prefix(20))],
        expected: [
            "\(a):18:1: error: image 'chart.png' is not a PNG file whose size can be read (cut short, damaged, or "
                + "another format renamed); export it again as PNG"
        ]),
    BadInput(
        name: "JPEG that is garbage, and a WebP that is a PNG renamed",
        files: body("![A photo](photo.jpg) ![A map](map.webp)"),
        bytes: [
            "content/articles/photo.jpg": Array("not a JPEG at all".utf8),
            "content/articles/map.webp": ImageFixtures.png(width: 10, height: 10),
        ],
        expected: [
            "\(a):18:1: error: image 'photo.jpg' is not a JPEG file whose size can be read (cut short, damaged, or "
                + "another format renamed); export it again as JPEG",
            "\(a):18:23: error: image 'map.webp' is not a WebP file whose size can be read (cut short, damaged, or "
                + "another format renamed); export it again as WebP",
        ]),
    BadInput(
        name: "image linked to a file outside content/",
        files: body("![A chart](chart.png)"),
        bytes: ["outside.png": ImageFixtures.png(width: 10, height: 10)],
        links: ["content/articles/chart.png": "../../outside.png"],
        expected: [
            "\(a):18:1: error: image 'chart.png' is outside content/: copy it into content/ (e.g. "
                + "content/articles/images/) and write its path relative to the article file",
            "content/articles/chart.png: error: symbolic link to '../../outside.png' leads outside the content "
                + "folder; copy the file in instead",
        ]),
    BadInput(
        name: "lead image from another site",
        files: withLine("image:\n  src: https://example.org/lead.jpg\n  alt: A photo."),
        expected: [
            "\(a):6:8: error: image 'https://example.org/lead.jpg' is not a file in content/: save it beside the "
                + "article (e.g. in content/articles/images/) and write its path, so that its size is known and it "
                + "cannot disappear or change"
        ]),
    BadInput(
        name: "every image format in the body, a lead image and an appearance screenshot build",
        files: withLine("image:\n  src: ../static/lead.svg\n  alt: A chart.\n  caption: Seats.\n  credit: Desk")
            .merging([
                "content/static/lead.svg": ImageFixtures.svg(),
                "content/articles/images/v.svg": ImageFixtures.svg(width: 3, height: 4),
            ]) { $1 }
            .mapValues {
                $0.replacingOccurrences(
                    of: "Body with",
                    with: "![P](p.png) ![J](images/j%20k.jpg) ![W](w.webp) ![V](./images/v.svg) Body with"
                ).replacingOccurrences(
                    of: "    sources: [reuters]\n",
                    with: "    sources: [reuters]\n    appearance_image:\n      src: p.png\n      alt: The post.\n")
            },
        bytes: [
            "content/articles/p.png": ImageFixtures.png(width: 2, height: 1),
            "content/articles/images/j k.jpg": ImageFixtures.jpeg(width: 3, height: 2),
            "content/articles/w.webp": ImageFixtures.webp("VP8X", width: 9, height: 9),
        ],
        expected: []),
    BadInput(
        name: "C1 control character in a source's name",
        files: [a: articleText("name: Reuters", "name: Reu\u{85}ters")],
        expected: [
            "\(a):7:14: error: invisible control character U+0085 cannot appear in a web page or feed; delete it"
        ]),
    BadInput(
        name: "50 MB article",
        files: [a: validArticle + String(repeating: "Padding text for a huge file.\n", count: 1_700_000)],
        expected: [
            "\(a): error: file is 51.0 MB, more than the 16 MB a content file may have; split it, or put media "
                + "in content/static/"
        ]),
    BadInput(
        name: "site.yml that is not UTF-8", bytes: [s: Array("title: Caf".utf8) + [0xE9, 0x0A]],
        expected: [
            "\(s):1:11: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8"
        ]),
    BadInput(
        name: "empty site.yml", files: [a: validArticle, s: ""],
        expected: [
            "\(s):1:1: error: missing required key 'base_url'",
            "\(s):1:1: error: missing required key 'description'",
            "\(s):1:1: error: missing required key 'language'",
            "\(s):1:1: error: missing required key 'publisher'",
            "\(s):1:1: error: missing required key 'title'",
        ]),
    BadInput(
        name: "site.yml that is a list", files: [a: validArticle, s: "- title: T\n"],
        expected: [
            "\(s):1:1: error: 'site.yml' must be a set of 'key: value' lines"
        ]),
    BadInput(
        name: "no site.yml", files: [a: validArticle], removed: [s],
        expected: [
            "\(s): error: file '\(s)' does not exist"
        ]),

    // Paths: nothing may leave output/
    BadInput(
        name: "slug climbing out of output", files: withLine("slug: ../evil"),
        expected: [
            "\(a):5:7: error: invalid slug '../evil': use only lowercase letters, digits and '-'"
        ]),
    BadInput(
        name: "slug with a slash", files: withLine("slug: a/b"),
        expected: [
            "\(a):5:7: error: invalid slug 'a/b': use only lowercase letters, digits and '-'"
        ]),
    BadInput(
        name: "slug with a backslash", files: withLine("slug: 'a\\b'"),
        expected: [
            "\(a):5:7: error: invalid slug 'a\\b': use only lowercase letters, digits and '-'"
        ]),
    BadInput(
        name: "absolute slug", files: withLine("slug: /etc"),
        expected: [
            "\(a):5:7: error: invalid slug '/etc': use only lowercase letters, digits and '-'"
        ]),
    BadInput(
        name: "slug with a NUL", files: withLine("slug: \"a\\0b\""),
        expected: [
            "\(a):5:7: error: 'slug' contains the control character U+0000, which cannot appear in a web page or "
                + "feed; remove it"
        ]),
    BadInput(name: "empty slug falls back to the file name", files: withLine("slug: ''"), expected: []),
    BadInput(
        name: "slug with an accent", files: withLine("slug: café"),
        expected: [
            "\(a):5:7: error: invalid slug 'café': use only lowercase letters, digits and '-'"
        ]),
    BadInput(
        name: "tag of dots and slashes only (a tag's slug keeps only a-z, 0-9 and '-')",
        files: withLine("tags: [../..]"),
        expected: [
            "\(a):5:8: error: tag '../..' has no letter or digit a web address can use (a to z, 0 to 9); "
                + "write its slug here and give it this name in site.yml's 'tags'"
        ]),
    BadInput(
        name: "tag in a script with no ASCII spelling", files: withLine("tags: [Москва]"),
        expected: [
            "\(a):5:8: error: tag 'Москва' has no letter or digit a web address can use (a to z, 0 to 9); "
                + "write its slug here and give it this name in site.yml's 'tags'"
        ]),
    BadInput(
        name: "page slug climbing out of output",
        files: [a: validArticle, "content/pages/p.md": "---\ntitle: P\nslug: ..\n---\nText.\n"],
        expected: [
            "content/pages/p.md:3:7: error: invalid slug '..': use only lowercase letters, digits and '-'"
        ]),
    BadInput(
        name: "two pages with one slug",
        files: [
            a: validArticle,
            "content/pages/p.md": "---\ntitle: P\n---\nText.\n",
            "content/pages/q.md": "---\ntitle: Q\nslug: p\n---\nText.\n",
        ],
        expected: [
            "content/pages/q.md:3:7: error: slug 'p' is also used by content/pages/p.md (its file name); each "
                + "article and page needs its own"
        ]),

    // Symbolic links in content/
    BadInput(
        name: "article linked from outside content", files: ["outside.md": validArticle],
        links: ["content/articles/a.md": "../../outside.md"],
        expected: [
            "\(a): error: symbolic link to '../../outside.md' leads outside the content folder; copy the file in "
                + "instead"
        ]),
    BadInput(
        name: "article linked to a system file", links: ["content/articles/a.md": "/etc/passwd"],
        expected: [
            "\(a): error: symbolic link to '/etc/passwd' leads outside the content folder; copy the file in instead"
        ]),
    BadInput(
        name: "static folder linked from outside content", files: [a: validArticle, "secrets/key.txt": "secret"],
        links: ["content/static/files": "../../secrets"],
        expected: [
            "content/static/files: error: symbolic link to '../../secrets' leads outside the content folder; "
                + "copy the file in instead"
        ]),
    BadInput(
        name: "dangling link", files: [a: validArticle], links: ["content/articles/b.md": "nowhere.md"],
        expected: [
            "content/articles/b.md: error: symbolic link to 'nowhere.md', which does not exist"
        ]),
    BadInput(
        name: "articles folder that is a link to another folder in content",
        files: ["content/all-articles/a.md": validArticle],
        links: ["content/articles": "all-articles"], removed: ["content/articles"], expected: []),
    BadInput(
        name: "link that loops back into its folder", files: [a: validArticle], links: ["content/static/loop": ".."],
        expected: [
            "content/static/loop: error: symbolic link leads back into a folder that contains it; remove it"
        ]),
    BadInput(
        name: "site.yml that is a folder", files: [a: validArticle, "content/site.yml/x": "x"],
        expected: [
            "\(s): error: cannot read file: it is a folder"
        ]),
    BadInput(
        name: "link to a file over the size limit",
        files: [
            a: validArticle,
            "content/static/big.md": String(repeating: "Padding text for a huge file.\n", count: 600_000),
        ],
        links: ["content/articles/big.md": "../static/big.md"],
        expected: [
            "content/articles/big.md: error: file is 18 MB, more than the 16 MB a content file may have; split "
                + "it, or put media in content/static/"
        ]),
    BadInput(
        name: "control character in an old Mac file",
        files: [a: articleText("title: A check", "title: A\u{7} check").replacingOccurrences(of: "\n", with: "\r")],
        expected: [
            "\(a):2:9: error: invisible control character U+0007 cannot appear in a web page or feed; delete it"
        ]),
    BadInput(
        name: "link inside content is followed",
        files: ["content/drafts/b.md": articleText("title: A check", "title: B")],
        links: ["content/articles/b.md": "../drafts/b.md"], expected: []),

    // URLs from front matter
    BadInput(
        name: "JavaScript URL in capitals",
        files: article("    date: 2025-06-26\nclaims", "    date: 2025-06-26\n    url: JAVASCRIPT:alert(1)\nclaims"),
        expected: [
            "\(a):10:10: error: 'url' must be an absolute http:// or https:// URL, not 'JAVASCRIPT:alert(1)'"
        ]),
    BadInput(
        name: "data URL as an archive",
        files: article(
            "    date: 2025-06-26\nclaims",
            "    date: 2025-06-26\n    archive: data:text/html;base64,PHNjcmlwdD4=\nclaims"),
        expected: [
            "\(a):10:14: error: 'archive' must be an absolute http:// or https:// URL, not "
                + "'data:text/html;base64,PHNjcmlwdD4='"
        ]),
    BadInput(
        name: "mailto URL as a source",
        files: article(
            "    date: 2025-06-26\nclaims", "    date: 2025-06-26\n    url: mailto:desk@example.org\nclaims"),
        expected: [
            "\(a):10:10: error: 'url' must be an absolute http:// or https:// URL, not 'mailto:desk@example.org'"
        ]),
    BadInput(
        name: "protocol-relative URL",
        files: article("    date: 2025-06-26\nclaims", "    date: 2025-06-26\n    url: //evil.example/x\nclaims"),
        expected: [
            "\(a):10:10: error: 'url' must be an absolute http:// or https:// URL, not '//evil.example/x'"
        ]),
    BadInput(
        name: "URL without a host",
        files: article("    date: 2025-06-26\nclaims", "    date: 2025-06-26\n    url: https://\nclaims"),
        expected: [
            "\(a):10:10: error: 'url' must be an absolute http:// or https:// URL, not 'https://'"
        ]),
    BadInput(
        name: "URL with a space",
        files: article("    date: 2025-06-26\nclaims", "    date: 2025-06-26\n    url: https://exa mple.org/\nclaims"),
        expected: [
            "\(a):10:10: error: 'url' must be an absolute http:// or https:// URL, not 'https://exa mple.org/'"
        ]),
    BadInput(
        name: "URL breaking out of its attribute",
        files: article(
            "    date: 2025-06-26\nclaims",
            "    date: 2025-06-26\n    url: 'https://example.org/\"><script>alert(1)</script>'\nclaims"),
        expected: [
            "\(a):10:10: error: 'url' must be an absolute http:// or https:// URL, not "
                + "'https://example.org/\"><script>alert(1)</script>'"
        ]),
    BadInput(
        name: "vbscript URL where a claim appeared",
        files: article("    claimant: Someone", "    claimant: Someone\n    appeared: vbscript:msgbox(1)"),
        expected: [
            "\(a):14:15: error: 'appeared' must be an absolute http:// or https:// URL, not 'vbscript:msgbox(1)'"
        ]),
    BadInput(
        name: "JavaScript base_url",
        files: [
            a: validArticle,
            s: TestSite.siteYAML.replacingOccurrences(
                of: "base_url: https://checks.example.org/", with: "base_url: javascript:alert(1)//"),
        ],
        expected: [
            "\(s):2:11: error: 'base_url' must be an absolute http:// or https:// URL, not 'javascript:alert(1)//'"
        ]),
    BadInput(
        name: "ftp publisher URL",
        files: [
            a: validArticle,
            s: TestSite.siteYAML.replacingOccurrences(
                of: "  url: https://checks.example.org/", with: "  url: ftp://checks.example.org/"),
        ],
        expected: [
            "\(s):7:8: error: 'url' must be an absolute http:// or https:// URL, not 'ftp://checks.example.org/'"
        ]),
    BadInput(
        name: "JavaScript logo",
        files: [
            a: validArticle,
            s: TestSite.siteYAML.replacingOccurrences(
                of: "  url: https://checks.example.org/",
                with: "  url: https://checks.example.org/\n  logo: javascript:alert(1)"),
        ],
        expected: [
            "\(s):8:9: error: 'logo' must be an absolute http:// or https:// URL, not 'javascript:alert(1)'"
        ]),

    // YAML that is valid YAML but not what an editor writes
    BadInput(
        name: "alias bomb",
        files: [
            a: articleText(
                "title: A check",
                "x1: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nx2: &b [*a, *a, *a, *a, *a, *a, *a, *a, "
                    + "*a]\nx3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nx4: &d [*c, *c, *c, *c, *c, *c, *c, *c, "
                    + "*c]\ntitle: A check"
            )
        ],
        expected: [
            "\(a):2:5: error: YAML anchors and aliases (&name, *name) are not supported; write the value out in full"
        ]),
    BadInput(
        name: "alias as a title",
        files: [
            a: articleText(
                "title: A check\ndate: 2025-06-26\nsummary: One line.",
                "title: &t A check\ndate: 2025-06-26\nsummary: *t")
        ],
        expected: [
            "\(a):2:8: error: YAML anchors and aliases (&name, *name) are not supported; write the value out in full"
        ]),
    BadInput(
        name: "merge key",
        files: [
            a: articleText("    date: 2025-06-26\nclaims", "    date: 2025-06-26\n  ap:\n    <<: *r\nclaims")
                .replacingOccurrences(of: "  reuters:\n", with: "  reuters: &r\n")
        ],
        expected: [
            "\(a):6:12: error: YAML anchors and aliases (&name, *name) are not supported; write the value out in full"
        ]),
    BadInput(
        name: "a language-specific YAML tag is inert", files: withLine("tags: !!python/object:os.system [x]"),
        expected: []),
    BadInput(
        name: "title that is a list", files: article("title: A check", "title: [A, check]"),
        expected: [
            "\(a):2:8: error: 'title' must be text"
        ]),
    BadInput(
        name: "title that is a mapping", files: article("title: A check", "title:\n  text: A check"),
        expected: [
            "\(a):3:3: error: 'title' must be text"
        ]),
    BadInput(
        name: "sources written as a list",
        files: article(
            "sources:\n  reuters:\n    name: Reuters\n    status: confirmed\n    date: 2025-06-26\nclaims",
            "sources:\n  - reuters\nclaims"),
        expected: [
            "\(a):6:3: error: 'sources' must be a set of 'source-id:' entries, each with name, status and date",
            "\(a):13:15: error: unknown source 'reuters'; declare it under 'sources:'",
            "\(a):15:11: error: unknown source 'reuters'; declare it under 'sources:'",
        ]),
    BadInput(
        name: "claim that is a string",
        files: article("claims:\n  - id: first", "claims:\n  - just a sentence\n  - id: first"),
        expected: [
            "\(a):11:5: error: 'claims' must be a set of 'key: value' lines"
        ]),
    BadInput(
        name: "front matter that is a list", files: [a: "---\n- title: A check\n---\nBody.\n"],
        expected: [
            "\(a):2:1: error: 'front matter' must be a set of 'key: value' lines"
        ]),
    BadInput(
        name: "empty front matter", files: [a: "---\n---\nBody.\n"],
        expected: [
            "\(a):1:1: error: missing required key 'date'",
            "\(a):1:1: error: missing required key 'summary'",
            "\(a):1:1: error: missing required key 'title'",
        ]),
    BadInput(
        name: "deeply nested YAML",
        files: withLine("tags: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)),
        expected: [
            "\(a):5:8: error: malformed YAML: lists or mappings are nested too deeply"
        ]),
    BadInput(
        name: "key that is not a string", files: withLine("? [a, b]\n: c"),
        expected: [
            "\(a):5:3: error: malformed YAML: a key must be plain text"
        ]),
    BadInput(
        name: "date in year 0", files: article("date: 2025-06-26\nsummary", "date: 0000-01-01\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '0000-01-01' for 'date': there is no year 0000; years start at 0001"
        ]),
    BadInput(
        name: "date with five-digit year", files: article("date: 2025-06-26\nsummary", "date: 12025-06-26\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '12025-06-26' for 'date': use YYYY-MM-DD or RFC 3339 with an offset "
                + "(2025-06-26T14:30:00+02:00)"
        ]),
    BadInput(
        name: "order that is not a number",
        files: [a: validArticle, "content/pages/p.md": "---\ntitle: P\norder: first\n---\nText.\n"],
        expected: [
            "content/pages/p.md:3:8: error: 'order' must be a whole number, not 'first'"
        ]),
    BadInput(
        name: "order too large",
        files: [a: validArticle, "content/pages/p.md": "---\ntitle: P\norder: 99999999999999999999999\n---\nText.\n"],
        expected: [
            "content/pages/p.md:3:8: error: 'order' must be a whole number, not '99999999999999999999999'"
        ]),
    BadInput(
        name: "missing templates folder", files: [a: validArticle], removed: ["templates"],
        expected: [
            "templates: error: folder 'templates' does not exist"
        ]),
    BadInput(
        name: "theme without its stylesheet", files: [a: validArticle], removed: ["templates/assets/style.css"],
        expected: [
            "templates: error: broken link '../assets/style.css' on a/index.html: the site has no assets/style.css"
        ]),
    // Editions (`languages` and the folders of other editions)
    BadInput(
        name: "a language in 'languages' that is not a BCP 47 tag",
        files: [a: validArticle, s: TestSite.siteYAML + "languages: [en, french]\n"],
        expected: [
            "\(s):9:17: error: 'languages' must list BCP 47 language tags such as 'en' or 'pt-BR', not 'french'"
        ]),
    BadInput(
        name: "a language listed twice in 'languages'",
        files: [a: validArticle, s: TestSite.siteYAML + "languages:\n  - en\n  - fr\n  - FR\n"],
        expected: ["\(s):12:5: error: 'FR' is listed twice in 'languages' (also at \(s):11:5); remove one"]),
    BadInput(
        name: "'languages' without the site's 'language'",
        files: [a: validArticle, s: TestSite.siteYAML + "languages: [fr, de]\n"],
        expected: [
            "\(s):9:12: error: 'languages' must include the site's 'language' ('en'), the edition served at the "
                + "site's root: add 'en' to the list"
        ]),
    BadInput(
        name: "'languages' that is not a list",
        files: [a: validArticle, s: TestSite.siteYAML + "languages: fr\n"],
        expected: ["\(s):9:12: error: 'languages' must be a list of language tags such as [en, fr]"]),
    BadInput(
        name: "an article folder for a language 'languages' does not list",
        files: [
            a: validArticle, "content/articles/frr/b.md": validArticle,
            s: TestSite.siteYAML + "languages: [en, fr]\n",
        ],
        expected: [
            "content/articles/frr/b.md: error: folder 'content/articles/frr/' is not an edition (did you mean "
                + "'fr'?): add 'frr' to 'languages' in site.yml, or move its files out of it (the other editions "
                + "are 'fr')"
        ]),
    BadInput(
        name: "an article folder in a site of one edition",
        files: [a: validArticle, "content/articles/fr/b.md": validArticle],
        expected: [
            "content/articles/fr/b.md: error: folder 'content/articles/fr/' is not an edition: add 'fr' to "
                + "'languages' in site.yml, or move its files out of it (site.yml lists no other 'languages')"
        ]),
    BadInput(
        name: "a page folder named after the main language",
        files: [
            a: validArticle, "content/pages/en/about.md": "---\ntitle: About\n---\nUs.\n",
            s: TestSite.siteYAML + "languages: [en, fr]\n",
        ],
        expected: [
            "content/pages/en/about.md: error: folder 'content/pages/en/' is named after the main language 'en': the "
                + "main edition's files go directly in the folder above it"
        ]),
    BadInput(
        name: "a main-edition slug that is another edition's folder",
        files: [
            "content/articles/fr.md": validArticle, "content/articles/fr/a.md": validArticle,
            s: TestSite.siteYAML + "languages: [en, fr]\n",
        ],
        expected: [
            "content/articles/fr.md:1:1: error: slug 'fr' is reserved for the site's own files; choose another"
        ]),
    BadInput(
        name: "a slug used twice in one edition",
        files: [
            "content/articles/fr/a.md": validArticle,
            "content/articles/fr/b.md": articleText("summary: One line.", "summary: One line.\nslug: a"),
            a: validArticle, s: TestSite.siteYAML + "languages: [en, fr]\n",
        ],
        expected: [
            "content/articles/fr/b.md:5:7: error: slug 'a' is also used by content/articles/fr/a.md (its file name); "
                + "each article and page needs its own"
        ]),

]

@Suite("Bad-input catalogue")
struct BadInputCatalogueTests {
    @Test("each hostile or broken input gives its exact messages, or builds when it is fine", arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        let site = try TestSite()
        defer { site.remove() }
        if !input.files.keys.contains(where: { $0.hasPrefix(s) }), input.bytes[s] == nil {
            try site.write(s, TestSite.siteYAML)
        }
        for (path, text) in input.files {
            try site.write(path, text)
        }
        for (path, bytes) in input.bytes {
            try site.write(path, "")
            try Data(bytes).write(to: site.root.appendingPathComponent(path))
        }
        for path in input.removed {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
        }
        for (path, destination) in input.links {
            let url = site.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }
        #expect(site.errors() == input.expected)
        if !input.expected.isEmpty {
            #expect(!site.files(in: ".").contains { $0.hasPrefix("output/") }, "a failed build must not create output/")
        }
    }

    @Test("the catalogue has at least 40 cases beyond the foundation's")
    func size() {
        #expect(badInputs.filter { !$0.expected.isEmpty }.count >= 40)
        #expect(Set(badInputs.map(\.name)).count == badInputs.count)
    }
}
