import Testing

@testable import Verity

/// One bad input and the exact diagnostics it must produce.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// Files to write (path relative to the site root → text); a valid site.yml is added unless given.
    var files: [String: String]
    var expected: [String]
    var testDescription: String { name }
}

/// A valid article; cases replace parts of it.
let validArticle = """
    ---
    title: A check
    date: 2025-06-26
    summary: One line.
    sources:
      reuters:
        name: Reuters
        status: confirmed
        date: 2025-06-26
    claims:
      - id: first
        claim: Something.
        claimant: Someone
        verdict: false
        conclusion: Not so.
        sources: [reuters]
    ---
    Body with [@reuters].

    """

/// The valid article with `old` replaced by `new`, as `content/articles/a.md`.
func article(_ old: String, _ new: String) -> [String: String] {
    ["content/articles/a.md": articleText(old, new)]
}

let a = "content/articles/a.md"

/// The valid article with its body replaced by `text`, and a chart image beside it.
func body(_ text: String) -> [String: String] {
    article("Body with [@reuters].", text + " [@reuters].")
}

/// A 40 × 20 SVG at content/articles/chart.svg.
let chart = ["content/articles/chart.svg": ImageFixtures.svg()]

let errorCases: [ErrorCase] = [
    ErrorCase(
        name: "no front matter", files: [a: "title: A check\n"],
        expected: [
            "\(a):1:1: error: missing front matter: the file must start with a line '---', then the YAML keys, "
                + "then a line '---' (did you forget to add '---'?)"
        ]),
    ErrorCase(
        name: "unclosed front matter", files: [a: "---\ntitle: A check\n\nBody.\n"],
        expected: [
            "\(a):1:1: error: front matter is not closed: add a line '---' after the last key"
        ]),
    ErrorCase(
        name: "malformed YAML", files: article("title: A check", "title: \"A check"),
        expected: [
            "\(a):2:8: error: malformed YAML: while scanning a quoted scalar: found unexpected end of stream"
        ]),
    ErrorCase(
        name: "tab indentation", files: article("    name: Reuters", "\tname: Reuters"),
        expected: [
            "\(a):7:1: error: tabs cannot indent YAML; indent with spaces"
        ]),
    ErrorCase(
        name: "tab indentation after spaces", files: article("    name: Reuters", "  \tname: Reuters"),
        expected: [
            "\(a):7:3: error: tabs cannot indent YAML; indent with spaces"
        ]),
    ErrorCase(
        name: "tab indenting a top-level key", files: article("summary: One line.", "\tsummary: One line."),
        expected: [
            "\(a):4:1: error: tabs cannot indent YAML; indent with spaces"
        ]),
    ErrorCase(
        name: "tab indenting a value's second line", files: article("title: A check", "title: A\n\tcheck"),
        expected: [
            "\(a):3:1: error: tabs cannot indent YAML; indent with spaces"
        ]),
    ErrorCase(
        name: "tab after a list dash", files: article("  - id: first", "  -\tid: first"),
        expected: [
            "\(a):11:4: error: YAML does not allow a tab here; use a space"
        ]),
    ErrorCase(
        name: "value starting with @", files: article("title: A check", "title: @desk says"),
        expected: [
            "\(a):2:8: error: a YAML value cannot start with '@'; put the value in quotes"
        ]),
    ErrorCase(
        name: "value starting with a backtick", files: article("title: A check", "title: `ls` says"),
        expected: [
            "\(a):2:8: error: a YAML value cannot start with '`'; put the value in quotes"
        ]),
    ErrorCase(
        name: "key indented less than the keys it belongs with",
        files: article("    status: confirmed", "   status: confirmed"),
        expected: [
            "\(a):8:4: error: 'status' is indented 3 spaces, which lines up with no key above it; indent it like the "
                + "keys it belongs with: 4 spaces (line 7), 2 (line 6) or 0 (line 5)"
        ]),
    ErrorCase(
        name: "key in a list item indented less than the item's keys",
        files: article("    claimant: Someone", "   claimant: Someone"),
        expected: [
            "\(a):13:4: error: 'claimant' is indented 3 spaces, which lines up with no key above it; indent it like "
                + "the keys it belongs with: 4 spaces (line 12), 2 (line 11) or 0 (line 10)"
        ]),
    ErrorCase(
        name: "top-level key indented by one space after a nested block", files: article("claims:", " claims:"),
        expected: [
            "\(a):10:2: error: 'claims' is indented 1 space, which lines up with no key above it; indent it like the "
                + "keys it belongs with: 4 spaces (line 9), 2 (line 6) or 0 (line 5)"
        ]),
    ErrorCase(
        name: "list item indented to no level above it",
        files: article("    sources: [reuters]\n---", "    sources: [reuters]\n - id: second\n---"),
        expected: [
            "\(a):17:2: error: this line is indented 1 space, which lines up with no key above it; indent it like the "
                + "keys it belongs with: 4 spaces (line 16), 2 (line 11) or 0 (line 10)"
        ]),
    ErrorCase(
        name: "key after a block of text, indented to no key",
        files: article("summary: One line.", "summary: |\n    One: line.\n  extra: x"),
        expected: [
            "\(a):6:3: error: 'extra' is indented 2 spaces, which lines up with no key above it; indent it like the "
                + "keys it belongs with: 0 spaces (line 4)"
        ]),
    ErrorCase(
        name: "key indented more than the key above it",
        files: article("    status: confirmed", "     status: confirmed"),
        expected: [
            "\(a):8:6: error: 'status' is indented more than 'name' on line 7, so YAML reads it as part of that "
                + "value; give the keys of one block the same indentation (or put quotes around a value that "
                + "contains ': ')"
        ]),
    ErrorCase(
        name: "top-level key indented by one space", files: article("summary: One line.", " summary: One line."),
        expected: [
            "\(a):4:2: error: 'summary' is indented more than 'date' on line 3, so YAML reads it as part of that "
                + "value; give the keys of one block the same indentation (or put quotes around a value that "
                + "contains ': ')"
        ]),
    ErrorCase(
        name: "value with colon", files: article("summary: One line.", "summary: Trump: yes"),
        expected: [
            "\(a):4:15: error: malformed YAML: mapping values are not allowed in this context (put quotes around "
                + "a value that contains ': ')"
        ]),
    ErrorCase(
        name: "unknown key with hint", files: article("title: A check", "titel: A check"),
        expected: [
            "\(a):1:1: error: missing required key 'title'",
            "\(a):2:1: error: unknown key 'titel' (did you mean 'title'?)",
        ]),
    ErrorCase(
        name: "unknown key without hint", files: article("summary: One line.", "summary: One line.\ncolour: red"),
        expected: [
            "\(a):5:1: error: unknown key 'colour'"
        ]),
    ErrorCase(
        name: "duplicate key", files: article("summary: One line.", "summary: One line.\ntitle: Again"),
        expected: [
            "\(a):5:1: error: duplicate key 'title'"
        ]),
    ErrorCase(
        name: "missing summary", files: article("summary: One line.\n", ""),
        expected: [
            "\(a):1:1: error: missing required key 'summary'"
        ]),
    ErrorCase(
        name: "empty title", files: article("title: A check", "title: \"\""),
        expected: [
            "\(a):2:8: error: 'title' must not be empty"
        ]),
    ErrorCase(
        name: "null summary", files: article("summary: One line.", "summary: ~"),
        expected: [
            "\(a):4:10: error: 'summary' must not be empty"
        ]),
    ErrorCase(
        name: "date in wrong format", files: article("date: 2025-06-26\nsummary", "date: 26/06/2025\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '26/06/2025' for 'date': use YYYY-MM-DD or RFC 3339 with an offset "
                + "(2025-06-26T14:30:00+02:00)"
        ]),
    ErrorCase(
        name: "date that does not exist", files: article("date: 2025-06-26\nsummary", "date: 2025-02-30\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-02-30' for 'date': February 2025 has 28 days"
        ]),
    ErrorCase(
        name: "day past the end of a 30-day month",
        files: article("date: 2025-06-26\nsummary", "date: 2026-11-31\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2026-11-31' for 'date': November has 30 days"
        ]),
    ErrorCase(
        name: "29 February outside a leap year",
        files: article("date: 2025-06-26\nsummary", "date: 2025-02-29\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-02-29' for 'date': 2025 is not a leap year, so February has 28 days"
        ]),
    ErrorCase(
        name: "30 February in a leap year", files: article("date: 2025-06-26\nsummary", "date: 2024-02-30\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2024-02-30' for 'date': February 2024 has 29 days"
        ]),
    ErrorCase(
        name: "month 13", files: article("date: 2025-06-26\nsummary", "date: 2025-13-01\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-13-01' for 'date': there is no month 13; months go from 01 to 12"
        ]),
    ErrorCase(
        name: "month 0", files: article("date: 2025-06-26\nsummary", "date: 2025-00-10\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-00-10' for 'date': there is no month 00; months go from 01 to 12"
        ]),
    ErrorCase(
        name: "day 0", files: article("date: 2025-06-26\nsummary", "date: 2025-06-00\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-06-00' for 'date': there is no day 00; days start at 01"
        ]),
    ErrorCase(
        name: "hour 25", files: article("date: 2025-06-26\nsummary", "date: 2025-06-26T25:00:00Z\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-06-26T25:00:00Z' for 'date': there is no hour 25; hours go from 00 "
                + "to 23"
        ]),
    ErrorCase(
        name: "minute 60", files: article("date: 2025-06-26\nsummary", "date: 2025-06-26T10:60:00Z\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-06-26T10:60:00Z' for 'date': there is no minute 60; minutes go from "
                + "00 to 59"
        ]),
    ErrorCase(
        name: "second 61", files: article("date: 2025-06-26\nsummary", "date: 2025-06-26T10:00:61Z\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-06-26T10:00:61Z' for 'date': there is no second 61; seconds go from "
                + "00 to 59 (60 in a leap second)"
        ]),
    ErrorCase(
        name: "offset past 23:59",
        files: article("date: 2025-06-26\nsummary", "date: 2025-06-26T10:00:00+25:00\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-06-26T10:00:00+25:00' for 'date': there is no offset +25:00 from "
                + "UTC; offsets go from -23:59 to +23:59, such as +02:00"
        ]),
    ErrorCase(
        name: "source dated on a day that does not exist",
        files: article("    date: 2025-06-26\nclaims", "    date: 2025-06-31\nclaims"),
        expected: [
            "\(a):9:11: error: invalid date '2025-06-31' for 'date': June has 30 days"
        ]),
    ErrorCase(
        name: "date-time without offset",
        files: article("date: 2025-06-26\nsummary", "date: 2025-06-26T10:00:00\nsummary"),
        expected: [
            "\(a):3:7: error: invalid date '2025-06-26T10:00:00' for 'date': add the time's offset from UTC, such "
                + "as 2025-06-26T10:00:00+02:00 (or 2025-06-26T10:00:00Z for UTC itself)"
        ]),
    ErrorCase(
        name: "updated before date", files: article("summary: One line.", "summary: One line.\nupdated: 2025-06-01"),
        expected: [
            "\(a):5:10: error: 'updated' is before the article's 'date'"
        ]),
    ErrorCase(
        name: "invalid slug", files: article("summary: One line.", "summary: One line.\nslug: My Check"),
        expected: [
            "\(a):5:7: error: invalid slug 'My Check': use only lowercase letters, digits and '-'"
        ]),
    ErrorCase(
        name: "file name that is not a slug", files: ["content/articles/My Check.md": validArticle],
        expected: [
            "content/articles/My Check.md:1:1: error: file name 'My Check' is not a valid slug (lowercase "
                + "letters, digits and '-'); rename the file or set 'slug:'"
        ]),
    ErrorCase(
        name: "tag without a slug", files: article("summary: One line.", "summary: One line.\ntags: [nato, '!?']"),
        expected: [
            "\(a):5:14: error: tag '!?' has no letter or digit a web address can use (a to z, 0 to 9); write its "
                + "slug here and give it this name in site.yml's 'tags'"
        ]),
    ErrorCase(
        name: "tag written two ways that site.yml does not name",
        files: [
            a: articleText("summary: One line.", "summary: One line.\ntags: [City Council]"),
            "content/articles/b.md": articleText(
                "summary: One line.", "summary: One line.\ntags: [nato, city council]"),
        ],
        expected: [
            "content/articles/b.md:5:14: error: tag 'city council' is written 'City Council' at \(a):5:8 (both are "
                + "'city-council'); write it the same way in both, or give it one name in site.yml's 'tags' "
                + "(city-council: City Council)"
        ]),
    ErrorCase(
        name: "site.yml tags with a key that is not a slug, and an empty name",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "tags:\n  City Council: City Council\n  nato: \"\"\n",
        ],
        expected: [
            "content/site.yml:10:3: error: invalid tag slug 'City Council' in site.yml's 'tags': use only lowercase "
                + "letters, digits and '-' (did you mean 'city-council'?)",
            "content/site.yml:11:9: error: 'nato' must not be empty",
        ]),
    ErrorCase(
        name: "site.yml tags not a mapping",
        files: [a: validArticle, "content/site.yml": TestSite.siteYAML + "tags: [nato]\n"],
        expected: [
            "content/site.yml:9:7: error: 'tags' must be a set of 'tag-slug: Tag name' entries"
        ]),
    ErrorCase(
        name: "tags not a list", files: article("summary: One line.", "summary: One line.\ntags: nato"),
        expected: [
            "\(a):5:7: error: 'tags' must be a list such as [tag-a, tag-b]"
        ]),
    ErrorCase(
        name: "draft not a boolean", files: article("summary: One line.", "summary: One line.\ndraft: yes"),
        expected: [
            "\(a):5:8: error: 'draft' must be true or false, not 'yes'"
        ]),
    ErrorCase(
        name: "anonymous not a boolean",
        files: article("status: confirmed", "status: confirmed\n    anonymous: unnamed"),
        expected: [
            "\(a):9:16: error: 'anonymous' must be true or false, not 'unnamed'"
        ]),
    ErrorCase(
        name: "date_reported not a boolean",
        files: article("status: confirmed", "status: confirmed\n    date_reported: maybe"),
        expected: [
            "\(a):9:20: error: 'date_reported' must be true or false, not 'maybe'"
        ]),
    ErrorCase(
        name: "misspelt anonymous", files: article("status: confirmed", "status: confirmed\n    anonymus: true"),
        expected: [
            "\(a):9:5: error: unknown key 'anonymus' (did you mean 'anonymous'?)"
        ]),
    ErrorCase(
        name: "unknown status", files: article("status: confirmed", "status: confirmd"),
        expected: [
            "\(a):8:13: error: unknown status 'confirmd' (did you mean 'confirmed'?); expected one of: "
                + "confirmed, statement, denied, no-comment, no-response, pending, unverified"
        ]),
    ErrorCase(
        name: "short_name too long for a badge",
        files: article(
            "    name: Reuters\n", "    name: Reuters\n    short_name: Reuters news agency, London bureau\n"),
        expected: [
            "\(a):8:17: error: short_name is 34 characters long; keep it to 24 or fewer, so that the badges in a "
                + "paragraph fit on a phone (the full name stays in the source list)"
        ]),
    ErrorCase(
        name: "empty short_name",
        files: article("    name: Reuters\n", "    name: Reuters\n    short_name: \"\"\n"),
        expected: ["\(a):8:17: error: 'short_name' must not be empty"]),
    ErrorCase(
        name: "the skeleton's placeholders in a published article",
        files: [
            a: articleText("summary: One line.", "summary: \"One sentence: what we checked and what we found.\"")
                .replacingOccurrences(of: "claimant: Someone", with: "claimant: Who made the claim")
                .replacingOccurrences(
                    of: "Body with [@reuters].",
                    with: "Body.\n\nSo: Write what each source told us, with a badge where the text relies on it. "
                        + "[@reuters]")
        ],
        expected: [
            "\(a):4:10: error: 'One sentence: what we checked and what we found.' is a placeholder from 'generate "
                + "new': write the article's own text here, or put back 'draft: true' until it is ready",
            "\(a):13:15: error: 'Who made the claim' is a placeholder from 'generate new': write the article's own "
                + "text here, or put back 'draft: true' until it is ready",
            "\(a):20:5: error: 'Write what each source told us, with a badge where the text relies on it.' is a "
                + "placeholder from 'generate new': write the article's own text here, or put back 'draft: true' until "
                + "it is ready",
        ]),
    ErrorCase(
        name: "unknown verdict", files: article("verdict: false", "verdict: flase"),
        expected: [
            "\(a):14:14: error: unknown verdict 'flase' (did you mean 'false'?); expected one of: true, "
                + "mostly-true, mixed, mostly-false, false, misleading, missing-context, unproven"
        ]),
    ErrorCase(
        name: "unknown claimant type",
        files: article("    claimant: Someone", "    claimant: Someone\n    claimant_type: persn"),
        expected: [
            "\(a):14:20: error: unknown claimant_type 'persn' (did you mean 'person'?); expected person or organization"
        ]),
    ErrorCase(
        name: "claim cites an undeclared source (close)", files: article("sources: [reuters]", "sources: [reutres]"),
        expected: [
            "\(a):16:15: error: unknown source 'reutres' (did you mean 'reuters'?)"
        ]),
    ErrorCase(
        name: "claim cites an undeclared source (far)", files: article("sources: [reuters]", "sources: [reuters, ap]"),
        expected: [
            "\(a):16:24: error: unknown source 'ap'; declare it under 'sources:'"
        ]),
    ErrorCase(
        name: "claim with an empty source list", files: article("sources: [reuters]", "sources: []"),
        expected: [
            "\(a):16:14: error: 'sources' must not be empty"
        ]),
    ErrorCase(
        name: "claim without claimant", files: article("    claimant: Someone\n", ""),
        expected: [
            "\(a):11:5: error: missing required key 'claimant'"
        ]),
    ErrorCase(
        name: "duplicate claim id",
        files: article(
            "    sources: [reuters]\n---",
            "    sources: [reuters]\n  - id: first\n    claim: Again.\n    claimant: Someone\n    verdict: "
                + "true\n    conclusion: Yes.\n    sources: [reuters]\n---"
        ),
        expected: [
            "\(a):17:9: error: duplicate claim id 'first' (first used on line 11)"
        ]),
    ErrorCase(
        name: "claim id taken by the source list", files: article("- id: first", "- id: source-reuters"),
        expected: [
            "\(a):11:9: error: claim id 'source-reuters' is taken by the page itself; choose another (ids "
                + "starting with 'source-', 'fn-' or 'fnref-' are reserved)"
        ]),
    ErrorCase(
        name: "claim id taken by the related fact checks", files: article("- id: first", "- id: related-heading"),
        expected: [
            "\(a):11:9: error: claim id 'related-heading' is taken by the page itself; choose another (ids "
                + "starting with 'source-', 'fn-' or 'fnref-' are reserved)"
        ]),
    ErrorCase(
        name: "claim id taken by the layout", files: article("- id: first", "- id: main"),
        expected: [
            "\(a):11:9: error: claim id 'main' is taken by the page itself; choose another (ids starting with "
                + "'source-', 'fn-' or 'fnref-' are reserved)"
        ]),
    ErrorCase(
        name: "invalid claim id", files: article("- id: first", "- id: First Claim"),
        expected: [
            "\(a):11:9: error: invalid claim id 'First Claim': use only lowercase letters, digits and '-'"
        ]),
    ErrorCase(
        name: "claims written twice",
        files: article("    sources: [reuters]\n---", "    sources: [reuters]\nclaims: none\n---"),
        expected: [
            "\(a):17:1: error: duplicate key 'claims'"
        ]),
    ErrorCase(
        name: "claims not a list",
        files: article(
            "claims:\n  - id: first\n    claim: Something.\n    claimant: Someone\n    verdict: false\n    "
                + "conclusion: Not so.\n    sources: [reuters]\n",
            "claims: first\n"),
        expected: [
            "\(a):10:9: error: 'claims' must be a list of claims, each starting with '- '"
        ]),
    ErrorCase(
        name: "javascript URL",
        files: article("    date: 2025-06-26\nclaims", "    date: 2025-06-26\n    url: javascript:alert(1)\nclaims"),
        expected: [
            "\(a):10:10: error: 'url' must be an absolute http:// or https:// URL, not 'javascript:alert(1)'"
        ]),
    ErrorCase(
        name: "data URL where a claim appeared",
        files: article("    claimant: Someone", "    claimant: Someone\n    appeared: data:text/html,hi"),
        expected: [
            "\(a):14:15: error: 'appeared' must be an absolute http:// or https:// URL, not 'data:text/html,hi'"
        ]),
    ErrorCase(
        name: "invalid source id", files: article("  reuters:\n    name", "  Reuters Agency:\n    name"),
        expected: [
            "\(a):6:3: error: invalid source id 'Reuters Agency': use only lowercase letters, digits and '-'",
            "\(a):16:15: error: unknown source 'reuters'; declare it under 'sources:'",
            "\(a):18:11: error: unknown source 'reuters'; declare it under 'sources:'",
        ]),
    ErrorCase(
        name: "source missing status", files: article("    status: confirmed\n", ""),
        expected: [
            "\(a):6:3: error: missing required key 'status'"
        ]),
    ErrorCase(
        name: "badge with unknown source",
        files: article("Body with [@reuters].", "Body with [@reuters] and [@reutres]."),
        expected: [
            "\(a):18:26: error: unknown source 'reutres' (did you mean 'reuters'?)"
        ]),
    ErrorCase(
        name: "badge list with an unknown source",
        files: article("Body with [@reuters].", "Body.\n\nSecond *para* with [@reuters; @ap]."),
        expected: [
            "\(a):20:20: error: unknown source 'ap'; declare it under 'sources:'"
        ]),
    ErrorCase(
        name: "malformed badge", files: article("Body with [@reuters].", "Body with [@Reuters]."),
        expected: [
            "\(a):10:1: warning: the article has claims but its text cites no source: add badges such as "
                + "[@source-id] where the text relies on one",
            "\(a):18:11: error: invalid source badge '[@Reuters]': write '[@source-id]' or '[@first-id; "
                + "@second-id]' with ids from 'sources:'",
        ]),
    ErrorCase(
        name: "badges in code are left alone",
        files: article("Body with [@reuters].", "Body with `[@nope]`.\n\n    [@nope]\n"), expected: []),
    ErrorCase(
        name: "badge inside a link",
        files: article("Body with [@reuters].", "See [the wire [@reuters]](https://example.org/)."),
        expected: [
            "\(a):18:15: error: source badge '[@reuters]' cannot be inside a link's text; move it after the link"
        ]),
    ErrorCase(
        name: "link to a page that does not exist",
        files: article("Body with [@reuters].", "Body with [x](../nope/) [@reuters]."),
        expected: [
            "\(a):18:11: error: broken link '../nope/' on a/index.html: the site has no nope/"
        ]),
    ErrorCase(
        name: "link to an anchor that does not exist",
        files: article("Body with [@reuters].", "See [the claim](#frist) and [more](../a/#first) [@reuters]."),
        expected: [
            "\(a):18:5: error: broken link '#frist' on a/index.html: a/index.html has no element with id 'frist'"
        ]),
    ErrorCase(
        name: "broken links whose targets are written inside an earlier link are each reported at their own link",
        // The image inside the link is a file of the site (an image must be), of a name as long as '#abcd'.
        files: article(
            "Body with [@reuters].",
            "See [one](#abc) then [two](#a), [![three](c.svg)](#ab) and [four](#abc2) [@reuters]."
        )
        .merging(["content/articles/c.svg": ImageFixtures.svg()]) { $1 },
        expected: [
            "\(a):18:5: error: broken link '#abc' on a/index.html: a/index.html has no element with id 'abc'",
            "\(a):18:22: error: broken link '#a' on a/index.html: a/index.html has no element with id 'a'",
            "\(a):18:33: error: broken link '#ab' on a/index.html: a/index.html has no element with id 'ab'",
            "\(a):18:60: error: broken link '#abc2' on a/index.html: a/index.html has no element with id 'abc2'",
        ]),
    ErrorCase(
        name: "links after a newline the parser does not count as a line (line break, code span, title)",
        files: article(
            "Body with [@reuters].",
            "Line one\\\n[one](#abc) [two](#a) `code\nspan` [three](#ab \"a\ntitle\") [four](#b) [@reuters]."),
        expected: [
            "\(a):19:1: error: broken link '#abc' on a/index.html: a/index.html has no element with id 'abc'",
            "\(a):19:13: error: broken link '#a' on a/index.html: a/index.html has no element with id 'a'",
            "\(a):20:7: error: broken link '#ab' on a/index.html: a/index.html has no element with id 'ab'",
            "\(a):21:9: error: broken link '#b' on a/index.html: a/index.html has no element with id 'b'",
        ]),
    ErrorCase(
        name: "root-relative link outside the site",
        files: article("Body with [@reuters].", "See [x](/elsewhere/) [@reuters]."),
        expected: [
            "\(a):18:5: error: broken link '/elsewhere/' on a/index.html: the site has no elsewhere/"
        ]),
    ErrorCase(
        name: "updates out of order",
        files: article(
            "summary: One line.",
            "summary: One line.\nupdates:\n  - date: 2025-06-28\n    note: Later.\n  - date: 2025-06-27\n    "
                + "note: Earlier."
        ),
        expected: [
            "\(a):8:11: error: 'updates' must be listed oldest first"
        ]),
    ErrorCase(
        name: "update before the article",
        files: article("summary: One line.", "summary: One line.\nupdates:\n  - date: 2025-06-01\n    note: Before."),
        expected: [
            "\(a):6:11: error: 'updates.date' is before the article's 'date'"
        ]),
    ErrorCase(
        name: "update without note",
        files: article("summary: One line.", "summary: One line.\nupdates:\n  - date: 2025-06-28"),
        expected: [
            "\(a):6:5: error: missing required key 'note'"
        ]),
    ErrorCase(
        name: "two files with one slug",
        files: [
            a: validArticle,
            "content/pages/b.md": "---\ntitle: About\nslug: a\n---\nText.\n",
        ],
        expected: [
            "content/pages/b.md:3:7: error: slug 'a' is also used by \(a) (its file name); each article and page "
                + "needs its own"
        ]),
    ErrorCase(
        name: "two files that set one slug",
        files: [
            "content/articles/one.md": articleText("summary: One line.", "summary: One line.\nslug: same"),
            "content/articles/two.md": articleText("summary: One line.", "summary: One line.\nslug: same"),
        ],
        expected: [
            "content/articles/two.md:5:7: error: slug 'same' is also used by content/articles/one.md:5:7; each "
                + "article and page needs its own"
        ]),
    ErrorCase(
        name: "a draft with a slug already in use",
        files: [
            a: validArticle,
            "content/articles/b.md": validArticle.replacingOccurrences(
                of: "summary: One line.", with: "summary: One line.\nslug: a\ndraft: true"),
        ],
        expected: [
            "content/articles/b.md:5:7: error: slug 'a' is also used by \(a) (its file name); each article and "
                + "page needs its own"
        ]),
    ErrorCase(
        name: "static file over a theme asset", files: [a: validArticle, "content/static/assets/style.css": "x"],
        expected: [
            "content/static/assets/style.css: error: static file would be written to output/assets/style.css, "
                + "which templates/assets/style.css also writes; rename one of them"
        ]),
    ErrorCase(
        name: "static file over the home page", files: [a: validArticle, "content/static/index.html": "x"],
        expected: [
            "content/static/index.html: error: static file would be written to output/index.html, which the "
                + "generated index.html also writes; rename one of them"
        ]),
    ErrorCase(
        name: "static file over a tag's page",
        files: [
            a: articleText("summary: One line.", "summary: One line.\ntags: [nato]"),
            "content/static/tags/nato/index.html": "x",
        ],
        expected: [
            "content/static/tags/nato/index.html: error: static file would be written to output/tags/nato/index.html, "
                + "which the generated tags/nato/index.html also writes; rename one of them"
        ]),
    ErrorCase(
        name: "static file over the tag index", files: [a: validArticle, "content/static/tags/index.html": "x"],
        expected: [
            "content/static/tags/index.html: error: static file would be written to output/tags/index.html, which "
                + "the generated tags/index.html also writes; rename one of them"
        ]),
    ErrorCase(
        name: "static file over a verdict's icon",
        files: [a: validArticle, "content/static/assets/verdicts/false.svg": "x"],
        expected: [
            "content/static/assets/verdicts/false.svg: error: static file would be written to "
                + "output/assets/verdicts/false.svg, which the generated assets/verdicts/false.svg also writes; "
                + "rename one of them"
        ]),
    ErrorCase(
        name: "slug taken by a static folder", files: [a: validArticle, "content/static/a/photo.jpg": "x"],
        expected: [
            "\(a):1:1: error: slug 'a' is also used by the static folder content/static/a/; rename one of them"
        ]),
    ErrorCase(
        name: "slug taken by a static file", files: [a: validArticle, "content/static/a": "x"],
        expected: [
            "\(a):1:1: error: slug 'a' is also used by the static file content/static/a; rename one of them"
        ]),
    ErrorCase(
        name: "reserved slug", files: ["content/articles/assets.md": validArticle],
        expected: [
            "content/articles/assets.md:1:1: error: slug 'assets' is reserved for the site's own files; choose another"
        ]),
    ErrorCase(
        name: "slug of the search page", files: ["content/articles/search.md": validArticle],
        expected: [
            "content/articles/search.md:1:1: error: slug 'search' is reserved for the site's own files; choose another"
        ]),
    ErrorCase(
        name: "no author anywhere",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML.replacingOccurrences(of: "default_author: Desk staff\n", with: ""),
        ],
        expected: [
            "\(a):1:1: error: missing 'author': set it here or set 'default_author' in site.yml"
        ]),
    ErrorCase(
        name: "site.yml with a relative base_url",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML.replacingOccurrences(
                of: "https://checks.example.org/\nlanguage", with: "/desk/\nlanguage"),
        ],
        expected: [
            "content/site.yml:2:11: error: 'base_url' must be an absolute http:// or https:// URL, not '/desk/'"
        ]),
    ErrorCase(
        name: "share_cards that is not true or false",
        files: [a: validArticle, "content/site.yml": TestSite.siteYAML + "share_cards: off\n"],
        expected: ["content/site.yml:9:14: error: 'share_cards' must be true or false, not 'off'"]),
    ErrorCase(
        name: "smart_punctuation that is not true or false",
        files: [a: validArticle, "content/site.yml": TestSite.siteYAML + "smart_punctuation: no\n"],
        expected: ["content/site.yml:9:20: error: 'smart_punctuation' must be true or false, not 'no'"]),
    ErrorCase(
        name: "smart_punctuation misspelt",
        files: [a: validArticle, "content/site.yml": TestSite.siteYAML + "smart_punctation: false\n"],
        expected: [
            "content/site.yml:9:1: error: unknown key 'smart_punctation' (did you mean 'smart_punctuation'?)"
        ]),
    ErrorCase(
        name: "site.yml with an unknown key",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "unsafe-html: true\n",
        ],
        expected: [
            "content/site.yml:9:1: error: unknown key 'unsafe-html' (did you mean 'unsafe_html'?)"
        ]),
    ErrorCase(
        name: "site.yml without publisher",
        files: [
            a: validArticle,
            "content/site.yml": "title: T\nbase_url: https://x.org/\nlanguage: en\ndescription: D\n",
        ],
        expected: [
            "content/site.yml:1:1: error: missing required key 'publisher'"
        ]),
    ErrorCase(
        name: "site.yml with a page_size that is not a number",
        files: [a: validArticle, "content/site.yml": TestSite.siteYAML + "page_size: twenty\n"],
        expected: [
            "content/site.yml:9:12: error: 'page_size' must be a whole number, not 'twenty'"
        ]),
    ErrorCase(
        name: "site.yml with a page_size of 0 and a negative claims_page_size",
        files: [a: validArticle, "content/site.yml": TestSite.siteYAML + "page_size: 0\nclaims_page_size: -5\n"],
        expected: [
            "content/site.yml:9:12: error: 'page_size' must be at least 1, not '0'",
            "content/site.yml:10:19: error: 'claims_page_size' must be at least 1, not '-5'",
        ]),
    ErrorCase(
        name: "site.yml accent colours that are not #rrggbb",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "accent_color: blue\naccent_color_dark: \"#fff\"\n",
        ],
        expected: [
            "content/site.yml:9:15: error: 'accent_color' must be a colour written '#rrggbb' such as '#0b55b5', "
                + "not 'blue'",
            "content/site.yml:10:20: error: 'accent_color_dark' must be a colour written '#rrggbb' such as "
                + "'#0b55b5', not '#fff'",
        ]),
    ErrorCase(
        name: "site.yml accent colour without quotes, read as a YAML comment",
        files: [a: validArticle, "content/site.yml": TestSite.siteYAML + "accent_color: #0b55b5\n"],
        expected: [
            "content/site.yml:9:1: error: 'accent_color' is empty: YAML reads '#' as the start of a comment, so "
                + "put the colour in quotes: accent_color: \"#0b55b5\""
        ]),
    ErrorCase(
        name: "site.yml accent colours with too little contrast against the light and the dark page",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "accent_color: \"#FFCC00\"\naccent_color_dark: \"#0b55b5\"\n",
        ],
        expected: [
            "content/site.yml:9:15: error: accent_color '#ffcc00' has a contrast of 1.5:1 against the page "
                + "(#ffffff); WCAG AA needs 4.5:1; choose a darker colour",
            "content/site.yml:10:20: error: accent_color_dark '#0b55b5' has a contrast of 2.6:1 against the dark "
                + "page (#141414); WCAG AA needs 4.5:1; choose a lighter colour",
        ]),
    ErrorCase(
        name: "site.yml accent colour as a list, nav and footer_links not lists",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML
                + "accent_color: [red]\nnav: claims\nfooter_links:\n  title: Donate\n",
        ],
        expected: [
            "content/site.yml:9:15: error: 'accent_color' must be text",
            "content/site.yml:10:6: error: 'nav' must be a list of header entries such as [pages, claims, tags, "
                + "search]",
            "content/site.yml:12:3: error: 'footer_links' must be a list of links, each with 'title:' and 'href:'",
        ]),
    ErrorCase(
        name: "site.yml nav with an unknown entry, a repeated one and a link with a misspelt key",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML
                + "nav:\n  - claim\n  - tags\n  - tags\n  - title: Donate\n    herf: https://x.org/\n",
        ],
        expected: [
            "content/site.yml:10:5: error: unknown navigation entry 'claim' (did you mean 'claims'?); use pages, "
                + "claims, tags, corrections, search, feed, or a link with 'title:' and 'href:'",
            "content/site.yml:12:5: error: 'tags' is already in 'nav'; list it once",
            "content/site.yml:13:5: error: missing required key 'href'",
            "content/site.yml:14:5: error: unknown key 'herf' (did you mean 'href'?)",
        ]),
    ErrorCase(
        name: "site.yml header and footer links that are neither http(s) URLs nor paths from the site's root",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML
                + "nav:\n  - title: About\n    href: about/\nfooter_links:\n  - title: \"\"\n"
                + "    href: javascript:alert(1)\n  - nope\n",
        ],
        expected: [
            "content/site.yml:11:11: error: 'href' must be an http:// or https:// URL or a path from the site's "
                + "root such as '/about/', not 'about/'",
            "content/site.yml:13:12: error: 'title' must not be empty",
            "content/site.yml:14:11: error: 'href' must be an http:// or https:// URL or a path from the site's "
                + "root such as '/about/', not 'javascript:alert(1)'",
            "content/site.yml:15:5: error: 'footer_links' must be a list of links, each with 'title:' and 'href:'",
        ]),
    ErrorCase(
        name: "site.yml logo without alt text, with a bad size and a misspelt key, and no image to show",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "logo:\n  scr: logo.svg\n  width: 0\n  height: big\n",
        ],
        expected: [
            "content/site.yml:9:1: error: missing required key 'alt'",
            "content/site.yml:9:1: error: missing required key 'src': give the logo's path (such as "
                + "'/files/logo.svg') or set 'logo' under 'publisher'",
            "content/site.yml:10:3: error: unknown key 'scr' (did you mean 'src'?)",
            "content/site.yml:11:10: error: 'width' must be at least 1, not '0'",
            "content/site.yml:12:11: error: 'height' must be a whole number, not 'big'",
        ]),
    ErrorCase(
        name: "site.yml logo whose src is not a path from the site's root",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "logo:\n  src: files/logo.svg\n  alt: Test Desk\n",
        ],
        expected: [
            "content/site.yml:10:8: error: 'src' must be an http:// or https:// URL or a path from the site's root "
                + "such as '/about/', not 'files/logo.svg'"
        ]),
    ErrorCase(
        name: "site.yml header, footer and logo links to nothing in the site",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML
                + "logo:\n  src: /logo.svg\n  alt: Logo\nnav:\n  - title: About\n    href: /about/\n"
                + "footer_links:\n  - title: Report\n    href: /files/report%202025.pdf#page=2\n",
        ],
        expected: [
            "content/site.yml:10:8: error: broken link '../logo.svg' on a/index.html: the site has no logo.svg",
            "content/site.yml:14:11: error: broken link '../about/' on a/index.html: the site has no about/",
            "content/site.yml:17:11: error: broken link '../files/report%202025.pdf#page=2' on a/index.html: the "
                + "site has no files/report 2025.pdf",
        ]),
    ErrorCase(
        name: "site.yml logo shown from a publisher logo that is not in the site",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML.replacingOccurrences(
                of: "  url: https://checks.example.org/\n",
                with: "  url: https://checks.example.org/\n  logo: /files/logo.png\n") + "logo:\n  alt: Logo\n",
        ],
        expected: [
            "content/site.yml:8:9: error: broken link '../files/logo.png' on a/index.html: the site has no "
                + "files/logo.png"
        ]),
    ErrorCase(
        name: "slug 'page', where the home page's later pages go", files: ["content/articles/page.md": validArticle],
        expected: [
            "content/articles/page.md:1:1: error: slug 'page' is reserved for the site's own files; choose another"
        ]),
    ErrorCase(
        name: "static file over a later page of a listing",
        files: [
            a: validArticle, "content/static/page/2/index.html": "x", "content/static/claims/page/3/index.html": "x",
            "content/static/tags/nato/page/2/index.html": "x", "content/static/page/02/index.html": "x",
        ],
        expected: [
            "content/static/claims/page/3/index.html: error: static file would be written to "
                + "output/claims/page/3/index.html, which the generated claims/page/3/index.html also writes; "
                + "rename one of them",
            "content/static/page/2/index.html: error: static file would be written to output/page/2/index.html, "
                + "which the generated page/2/index.html also writes; rename one of them",
            "content/static/tags/nato/page/2/index.html: error: static file would be written to "
                + "output/tags/nato/page/2/index.html, which the generated tags/nato/page/2/index.html also "
                + "writes; rename one of them",
        ]),
    ErrorCase(
        name: "page with an unknown key", files: ["content/pages/about.md": "---\ntitle: About\nmenu: 1\n---\nText.\n"],
        expected: [
            "content/pages/about.md:3:1: error: unknown key 'menu'"
        ]),
    ErrorCase(
        name: "page with an unknown purpose",
        files: ["content/pages/about.md": "---\ntitle: About\npurpose: fundng\n---\nText.\n"],
        expected: [
            "content/pages/about.md:3:10: error: unknown purpose 'fundng' (did you mean 'funding'?); expected one of: "
                + "funding, team, methodology, corrections-policy, contact, submit-claims"
        ]),
    ErrorCase(
        name: "page with an unknown purpose in a list, and one that is not text",
        files: ["content/pages/about.md": "---\ntitle: About\npurpose: [team, contakt, {a: b}]\n---\nText.\n"],
        expected: [
            "content/pages/about.md:3:17: error: unknown purpose 'contakt' (did you mean 'contact'?); expected one "
                + "of: funding, team, methodology, corrections-policy, contact, submit-claims",
            "content/pages/about.md:3:26: error: 'purpose' must be one of funding, team, methodology, "
                + "corrections-policy, contact, submit-claims or a list of them",
        ]),

    // Images
    ErrorCase(
        name: "body image whose file does not exist, with the closest name in its folder",
        files: body("![A chart of the vote](chrat.svg)").merging(chart) { $1 },
        expected: [
            "\(a):18:1: error: image file 'chrat.svg' does not exist in content/articles/ (did you mean 'chart.svg'?)"
        ]),
    ErrorCase(
        name: "body image without alt text",
        files: body("Text ![](chart.svg)").merging(chart) { $1 },
        expected: [
            "\(a):18:6: error: image 'chart.svg' has no alt text: describe what it shows between the brackets, "
                + "![like this](chart.svg); images in a fact check are evidence, so none is decorative"
        ]),
    ErrorCase(
        name: "body image from another site",
        files: body("![A chart](https://example.org/chart.png)"),
        expected: [
            "\(a):18:1: error: image 'https://example.org/chart.png' is not a file in content/: save it beside the "
                + "article (e.g. in content/articles/images/) and write its path, so that its size is known and it "
                + "cannot disappear or change"
        ]),
    ErrorCase(
        name: "body image with a script URL",
        files: body("![A chart](javascript:alert(1))"),
        expected: [
            "\(a):18:1: error: image 'javascript:alert(1)' is not a file in content/: save it beside the "
                + "article (e.g. in content/articles/images/) and write its path, so that its size is known and it "
                + "cannot disappear or change"
        ]),
    ErrorCase(
        name: "body image outside content/",
        files: body("![A chart](../../chart.svg) and ![A map](/map.svg)").merging(["chart.svg": ImageFixtures.svg()]) {
            $1
        },
        expected: [
            "\(a):18:1: error: image '../../chart.svg' is outside content/: copy it into content/ (e.g. "
                + "content/articles/images/) and write its path relative to the article file",
            "\(a):18:33: error: image '/map.svg' is outside content/: copy it into content/ (e.g. "
                + "content/articles/images/) and write its path relative to the article file",
        ]),
    ErrorCase(
        name: "body image of an unsupported type",
        files: body("![A chart](chart.gif)").merging(["content/articles/chart.gif": "GIF89a"]) { $1 },
        expected: [
            "\(a):18:1: error: image 'chart.gif' is not a PNG, JPEG, WebP or SVG file (by its name's extension: "
                + ".png, .jpg, .jpeg, .webp, .svg); save it in one of those formats"
        ]),
    ErrorCase(
        name: "SVG without a size",
        files: body("![A chart](images/chart.svg)").merging([
            "content/articles/images/chart.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n"
        ]) { $1 },
        expected: [
            "\(a):18:1: error: image 'images/chart.svg' is not a SVG file whose size can be read (cut short, "
                + "damaged, or another format renamed); export it again as SVG"
        ]),
    ErrorCase(
        name: "two image files of one article with the same name",
        files: withLine("image:\n  src: chart.svg\n  alt: The vote.").merging(chart) { $1 }
            .merging(["content/articles/images/chart.svg": ImageFixtures.svg()]) { $1 }
            .mapValues { $0.replacingOccurrences(of: "Body with", with: "![Seats](images/chart.svg) Body with") },
        expected: [
            "\(a):21:1: error: another image of this article is also named 'chart.svg' (\(a):6:8); both would be "
                + "copied to the article's folder: rename one of them"
        ]),
    ErrorCase(
        name: "lead image without alt",
        files: withLine("image:\n  src: chart.svg\n  caption: The vote.").merging(chart) { $1 },
        expected: [
            "\(a):5:1: error: 'image' needs 'alt': describe what the image shows, or set 'decorative: true' when it "
                + "adds nothing to the text"
        ]),
    ErrorCase(
        name: "lead image with empty alt and not decorative",
        files: withLine("image:\n  src: chart.svg\n  alt: \"\"").merging(chart) { $1 },
        expected: [
            "\(a):7:8: error: 'image' needs 'alt': describe what the image shows, or set 'decorative: true' when it "
                + "adds nothing to the text"
        ]),
    ErrorCase(
        name: "decorative lead image with alt text",
        files: withLine("image:\n  src: chart.svg\n  alt: A chart.\n  decorative: true").merging(chart) { $1 },
        expected: [
            "\(a):7:8: error: a decorative image has no alt text: remove 'alt', or remove 'decorative: true'"
        ]),
    ErrorCase(
        name: "decorative lead image with empty alt is accepted",
        files: withLine("image:\n  src: chart.svg\n  alt: \"\"\n  decorative: true").merging(chart) { $1 },
        expected: []),
    ErrorCase(
        name: "lead image written as a path alone",
        files: withLine("image: chart.svg").merging(chart) { $1 },
        expected: [
            "\(a):5:8: error: 'image' must be a set of keys: src, alt (and optionally caption, credit)"
        ]),
    ErrorCase(
        name: "lead image whose file does not exist",
        files: withLine("image:\n  src: images/lead.png\n  alt: A photo."),
        expected: [
            "\(a):6:8: error: image file 'images/lead.png' does not exist in content/articles/images/"
        ]),
    ErrorCase(
        name: "appearance image without alt, and decorative",
        files: article(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    appearance_image:\n      src: chart.svg\n      decorative: true\n"
        )
        .merging(chart) { $1 },
        expected: [
            "\(a):17:5: error: 'appearance_image' needs 'alt': describe what the image shows",
            "\(a):19:7: error: unknown key 'decorative'",
        ]),
    ErrorCase(
        name: "archived copy of where a claim appeared that is not a web address",
        files: article("    sources: [reuters]\n", "    sources: [reuters]\n    appeared_archive: archive.org/x\n"),
        expected: [
            "\(a):17:23: error: 'appeared_archive' must be an absolute http:// or https:// URL, not 'archive.org/x'"
        ]),
    ErrorCase(
        name: "claimant's page that is not a web address (the claimant's title beside it is fine)",
        files: article(
            "    claimant: Someone\n",
            "    claimant: Someone\n    claimant_title: Mayor\n    claimant_url: example.org/mayor\n"
        ),
        expected: [
            "\(a):15:19: error: 'claimant_url' must be an absolute http:// or https:// URL, not 'example.org/mayor'"
        ]),
    ErrorCase(
        name: "claimant's page on ftp",
        files: article("    claimant: Someone\n", "    claimant: Someone\n    claimant_url: ftp://example.org/mayor\n"),
        expected: [
            "\(a):14:19: error: 'claimant_url' must be an absolute http:// or https:// URL, not "
                + "'ftp://example.org/mayor'"
        ]),
    ErrorCase(
        name: "claimant id that is not a slug",
        files: article("    claimant: Someone\n", "    claimant: Someone\n    claimant_id: Jens Stoltenberg\n"),
        expected: [
            "\(a):14:18: error: invalid claimant id 'Jens Stoltenberg': use only lowercase letters, digits and '-'"
        ]),
    ErrorCase(
        name: "author that looks like a misspelt slug of site.yml's authors",
        files: [
            a: articleText("summary: One line.", "summary: One line.\nauthor: jane-do"),
            "content/site.yml": TestSite.siteYAML + peopleAuthors,
        ],
        expected: [
            "\(a):5:9: error: unknown author 'jane-do' (did you mean 'jane-doe'?): name an author of site.yml's "
                + "'authors' by slug or by name, or write a name in full"
        ]),
    ErrorCase(
        name: "site.yml's authors: a key that is not a slug, no name, a bad link, an unknown field",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML
                + "authors:\n  Jane Doe:\n    name: Jane Doe\n  ana:\n    role: Editor\n"
                + "  bo:\n    name: Bo\n    same_as: [example.org/bo]\n    bio_text: Hi\n",
        ],
        expected: [
            "content/site.yml:10:3: error: invalid author slug 'Jane Doe': use only lowercase letters, digits and '-'",
            "content/site.yml:12:3: error: missing required key 'name'",
            "content/site.yml:16:15: error: 'same_as' must be an absolute http:// or https:// URL, not "
                + "'example.org/bo'",
            "content/site.yml:17:5: error: unknown key 'bio_text'",
        ]),
    ErrorCase(
        name: "site.yml's authors as a list",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "authors: [jane-doe]\n",
        ],
        expected: [
            "content/site.yml:9:10: error: 'authors' must be a set of 'author-slug:' entries, each with a 'name:'"
        ]),
    ErrorCase(
        name: "an author's same_as that is not a list",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML
                + "authors:\n  bo:\n    name: Bo\n    same_as: https://example.org/bo\n",
        ],
        expected: [
            "content/site.yml:12:14: error: 'same_as' must be a list of http(s) URLs such as [https://…]"
        ]),
    ErrorCase(
        name: "a default_author that looks like a misspelt slug of site.yml's authors",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML.replacingOccurrences(
                of: "default_author: Desk staff", with: "default_author: jane-dox") + peopleAuthors,
        ],
        expected: [
            "content/site.yml:8:17: error: unknown author 'jane-dox' (did you mean 'jane-doe'?): name an author of "
                + "site.yml's 'authors' by slug or by name, or write a name in full"
        ]),
    ErrorCase(
        name: "two of site.yml's authors with one name",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + peopleAuthors + "  jane-d:\n    name: Jane Doe\n",
        ],
        expected: [
            "content/site.yml:14:11: error: author name 'Jane Doe' is also the name of 'jane-doe': articles could "
                + "not tell them apart; give each author a name of their own"
        ]),
    ErrorCase(
        name: "static file over an author's page",
        files: [
            a: validArticle, "content/site.yml": TestSite.siteYAML + peopleAuthors,
            "content/static/authors/jane-doe/index.html": "x",
        ],
        expected: [
            "content/static/authors/jane-doe/index.html: error: static file would be written to "
                + "output/authors/jane-doe/index.html, which the generated authors/jane-doe/index.html also "
                + "writes; rename one of them"
        ]),
    ErrorCase(
        name: "static file over a claimant's page",
        files: article("    sources: [reuters]\n", "    sources: [reuters]\n    claimant_id: the-mayor\n").merging(
            ["content/static/claimants/the-mayor/index.html": "x"], uniquingKeysWith: { $1 }),
        expected: [
            "content/static/claimants/the-mayor/index.html: error: static file would be written to "
                + "output/claimants/the-mayor/index.html, which the generated claimants/the-mayor/index.html also "
                + "writes; rename one of them"
        ]),
    ErrorCase(
        name: "appearances that are not a list",
        files: article(
            "    sources: [reuters]\n", "    sources: [reuters]\n    appearances: https://example.org/post\n"),
        expected: [
            "\(a):17:18: error: 'appearances' must be a list of appearances, each with '- url:' (and optionally "
                + "archive, date)"
        ]),
    ErrorCase(
        name: "appearance without url, with a misspelt key, a bad archive and a bad date",
        files: article(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    appearances:\n      - archiv: https://web.archive.org/x\n"
                + "      - url: https://example.org/post\n        archive: archive.org/x\n        date: 2025-13-01\n"
        ),
        expected: [
            "\(a):18:9: error: missing required key 'url'",
            "\(a):18:9: error: unknown key 'archiv' (did you mean 'archive'?)",
            "\(a):20:18: error: 'archive' must be an absolute http:// or https:// URL, not 'archive.org/x'",
            "\(a):21:15: error: invalid date '2025-13-01' for 'date': there is no month 13; months go from 01 to 12",
        ]),
    // A claim's media item (`media:`, for MediaReview)
    ErrorCase(
        name: "media that is not a set of keys",
        files: article("    sources: [reuters]\n", "    sources: [reuters]\n    media: https://example.org/photo\n"),
        expected: [
            "\(a):17:12: error: 'media' must be a set of keys: type, url, authenticity (and optionally archive, "
                + "appeared_on, original_context, original_url)"
        ]),
    ErrorCase(
        name: "media with an unknown type, a misspelt key, a bad url and original_url, no authenticity",
        files: article(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    media:\n      type: imag\n      url: example.org/photo\n"
                + "      archive: https://web.archive.org/x\n      authenticty: staged\n"
                + "      original_url: ftp://example.org/x\n"),
        expected: [
            "\(a):17:5: error: missing required key 'authenticity'",
            "\(a):18:13: error: unknown media type 'imag' (did you mean 'image'?); expected image, video or audio",
            "\(a):19:12: error: 'url' must be an absolute http:// or https:// URL, not 'example.org/photo'",
            "\(a):21:7: error: unknown key 'authenticty' (did you mean 'authenticity'?)",
            "\(a):22:21: error: 'original_url' must be an absolute http:// or https:// URL, not 'ftp://example.org/x'",
        ]),
    ErrorCase(
        name: "media authenticity spelt as schema.org's name, and media without an archive",
        files: article(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    media:\n      type: video\n      url: https://example.org/clip\n"
                + "      authenticity: DecontextualizedContent\n"),
        expected: [
            "\(a):19:12: warning: media has a 'url' but no 'archive': add an archived copy (web.archive.org, "
                + "archive.today) in case the post is deleted",
            "\(a):20:21: error: unknown authenticity 'DecontextualizedContent' (did you mean 'decontextualized'?)"
                + "; expected one of original, decontextualized, edited-or-cropped, transformed, staged, "
                + "satire-or-parody",
        ]),
    ErrorCase(
        name: "media authenticity misspelt, an audio type misspelt",
        files: article(
            "    sources: [reuters]\n",
            "    sources: [reuters]\n    media:\n      type: audi\n      url: https://example.org/clip\n"
                + "      archive: https://web.archive.org/x\n      authenticity: edited-or-croped\n"),
        expected: [
            "\(a):18:13: error: unknown media type 'audi' (did you mean 'audio'?); expected image, video or audio",
            "\(a):21:21: error: unknown authenticity 'edited-or-croped' (did you mean 'edited-or-cropped'?)"
                + "; expected one of original, decontextualized, edited-or-cropped, transformed, staged, "
                + "satire-or-parody",
        ]),
    // Translation files (content/i18n/<lang>.yml)
    ErrorCase(
        name: "translation file with an unknown key, a text where plural forms go, an empty text",
        files: french(["nav_claim: Toutes", "claim_count: \"{count} affirmations\"", "nav_tags: \"\""]),
        expected: [
            "content/i18n/fr.yml:1:1: error: unknown key 'nav_claim' (did you mean 'nav_claims'?)",
            "content/i18n/fr.yml:2:14: error: 'claim_count' must be a set of plural forms, such as "
                + "'one: \"{count} claim\"' and 'other: \"{count} claims\"'",
            "content/i18n/fr.yml:3:11: error: 'nav_tags' must not be empty",
        ]),
    ErrorCase(
        name: "translation file with a plural form its language lacks, and one left out",
        files: french([
            "claim_count:", "  few: \"{count} affirmations\"", "fact_check_count:", "  one: \"{count} fait\"",
        ]),
        expected: [
            "content/i18n/fr.yml:2:3: error: 'claim_count' has no plural form 'few' in 'fr'; its forms are one, other",
            "content/i18n/fr.yml:3:1: error: 'fact_check_count' needs a form for each plural category of 'fr'; "
                + "missing: other",
        ]),
    ErrorCase(
        name: "translation file with a misspelt placeholder, and one left out",
        files: french(["byline: \"Par {autor}\"", "tag_heading: \"Thème\""]),
        expected: [
            "content/i18n/fr.yml:1:9: error: 'byline' must contain '{author}', where the value goes",
            "content/i18n/fr.yml:1:9: error: unknown placeholder '{autor}' in 'byline'; it can use {author}",
            "content/i18n/fr.yml:2:14: error: 'tag_heading' must contain '{tag}', where the value goes",
        ]),
    ErrorCase(
        name: "translation file named after no language, one for a language the site is not in, one not .yml",
        files: french([]).merging([
            "content/i18n/fr.yaml": "nav_tags: Thèmes\n",
            "content/i18n/francais.yml": "nav_tags: Thèmes\n", "content/i18n/es.yml": "nav_tags: Temas\n",
        ]) { $1 },
        expected: [
            "content/i18n/es.yml:1:1: warning: this file translates the interface into 'es', but the site is "
                + "published in 'fr': it is not used",
            "content/i18n/fr.yaml: warning: this file is not read: translation files are named after their "
                + "language, such as 'fr.yml', directly in content/i18n/",
            "content/i18n/francais.yml:1:1: error: translation file 'francais.yml' must be named after a language "
                + "tag, such as 'fr.yml' or 'pt-BR.yml'",
        ]),
    ErrorCase(
        name: "one slug twice in an edition (the same slug in two editions is a translation, not a clash)",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML + "languages: [en, fr]\n",
            "content/articles/fr/a.md": validArticle,
            "content/articles/fr/b.md": articleText("title: A check", "title: A check\nslug: a"),
        ],
        expected: [
            "content/articles/fr/b.md:3:7: error: slug 'a' is also used by content/articles/fr/a.md (its file name); "
                + "each article and page needs its own"
        ]),
    ErrorCase(
        name: "a desk's own verdict without a label in an edition's language",
        files: bilingualScale,
        expected: [
            "content/site.yml:14:12: error: 'label' has no text for the site's language 'fr'; add 'fr:' or write one "
                + "text for every language"
        ]),
    ErrorCase(
        name: "translation file for a language without a built-in table that leaves texts out",
        files: [
            a: validArticle,
            "content/site.yml": TestSite.siteYAML.replacingOccurrences(of: "language: en", with: "language: it"),
            "content/i18n/it.yml": "nav_tags: Argomenti\n",
        ],
        expected: [
            "content/i18n/it.yml:1:1: error: Verity has no built-in texts for 'it', so this file must give every "
                + "text; \(TextKey.allCases.count - 1) missing: skip_link, site_navigation, nav_claims, "
                + "nav_corrections, nav_search and \(TextKey.allCases.count - 6) more; "
                + "copy docs/i18n/en.yml and translate it",
            "content/site.yml:3:11: warning: 15 verdicts and statuses (true, mostly-true, mixed, mostly-false, false "
                + "and 10 more) have no label in 'it' and show in English: list them under 'verdicts:' and "
                + "'statuses:' with a label for 'it', such as 'label: {en: False, it: …}'",
        ]),
]

/// A site in English and French whose own verdict is labelled in English only.
let bilingualScale = [
    a: validArticle,
    "content/site.yml": TestSite.siteYAML + """
        languages: [en, fr]
        verdicts:
          - key: "true"
          - key: "false"
          - key: pants-on-fire
            label: {en: Pants on Fire}
            icon: "✹"
            color: "#7f1d1d"
            color_dark: "#fca5a5"
            rating: 0

        """,
]

/// site.yml's `authors:` with one author, for the cases about authors.
let peopleAuthors = """
    authors:
      jane-doe:
        name: Jane Doe
        role: Fact-checker

    """

/// The valid article on a French site, with `lines` as its translation file, content/i18n/fr.yml.
func french(_ lines: [String]) -> [String: String] {
    var files = [
        a: validArticle,
        "content/site.yml": TestSite.siteYAML.replacingOccurrences(of: "language: en", with: "language: fr"),
    ]
    if !lines.isEmpty { files["content/i18n/fr.yml"] = lines.joined(separator: "\n") + "\n" }
    return files
}

@Suite("Error catalogue")
struct ErrorCatalogueTests {
    @Test("each bad input gives its exact messages", arguments: errorCases)
    func badInput(_ errorCase: ErrorCase) throws {
        let site = try TestSite()
        defer { site.remove() }
        if errorCase.files["content/site.yml"] == nil {
            try site.write("content/site.yml", TestSite.siteYAML)
        }
        for (path, text) in errorCase.files {
            try site.write(path, text)
        }
        #expect(site.errors() == errorCase.expected)
        if !errorCase.expected.isEmpty {
            #expect(!site.files(in: ".").contains { $0.hasPrefix("output/") }, "a failed build must not create output/")
        }
    }

    @Test("the catalogue has at least 40 cases")
    func size() {
        #expect(errorCases.count >= 40)
    }
}
