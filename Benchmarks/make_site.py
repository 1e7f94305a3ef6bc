#!/usr/bin/env python3
"""Write a synthetic Verity site of N fact checks, deterministically from a seed.

    python3 Benchmarks/make_site.py --count 1000 --seed 1 --out /tmp/site-1000

writes

    OUT/content/site.yml
    OUT/content/articles/check-00001.md ... check-NNNNN.md   (about 5-7 KB each)
    OUT/content/pages/about.md, methodology.md

The same arguments always give byte-identical files (only Python's standard
library; no clock, no hash-order dependence). The content follows
/work/shared/content-format.md and builds without errors or warnings: every
relative link points to an article that exists, every `#anchor` to a claim of
the same article, every `[@id]` badge to a declared source.
"""

import argparse
import datetime
import json
import os
import random
import sys

# No "pending": on articles years old it would (rightly) warn that the source is overdue.
STATUSES = ["confirmed", "statement", "denied", "no-comment", "no-response", "unverified"]
VERDICTS = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "missing-context", "unproven"]

TAGS = [
    "elections", "health", "vaccines", "climate", "energy", "economy", "inflation", "jobs", "housing", "taxes",
    "immigration", "crime", "policing", "courts", "education", "science", "space", "technology", "ai", "privacy",
    "social-media", "viral-video", "photos", "deepfakes", "nato", "eu", "un", "trade", "agriculture", "food",
    "water", "transport", "aviation", "rail", "weather", "wildfires", "floods", "earthquakes", "sports", "culture",
    "media", "polls", "budget", "defence", "diplomacy", "public-health", "covid-19", "statistics", "history", "local",
]

SOURCE_NAMES = [
    ("ministry-health", "Ministry of Health press office"),
    ("city-council", "City council spokesperson"),
    ("electoral-commission", "Electoral commission"),
    ("stats-office", "National statistics office"),
    ("police-press", "Regional police press desk"),
    ("weather-service", "National weather service"),
    ("energy-regulator", "Energy regulator"),
    ("central-bank", "Central bank communications team"),
    ("university-lab", "University research lab"),
    ("campaign-office", "Campaign office of the candidate"),
    ("airline", "Airline customer relations"),
    ("rail-operator", "Rail operator press office"),
    ("photo-agency", "Photo agency picture desk"),
    ("platform-trust", "Platform trust and safety team"),
    ("un-agency", "UN agency spokesperson"),
    ("eu-commission", "European Commission spokesperson"),
    ("hospital-trust", "Hospital trust communications"),
    ("school-board", "School board chair"),
    ("trade-union", "Trade union general secretary"),
    ("court-clerk", "Court clerk's office"),
    ("fire-service", "Fire and rescue service"),
    ("embassy", "Embassy press attache"),
    ("farmers-union", "Farmers' union"),
    ("mayor", "Office of the mayor"),
    ("senator", "Senator's press secretary"),
]

OUTLETS = [
    "The Daily Ledger", "Metro Wire", "Northern Post", "Radio Coastline", "The Evening Courier", "Channel 9 News",
    "Valley Herald", "The Civic Review", "Harbor Times", "Capital Report", "AFP", "AP", "Reuters",
]

CLAIMANTS = [
    "Viral social media post", "Anonymous forum thread", "Campaign leaflet", "Opposition MP", "Chain message",
    "Television interview", "Website headline", "Influencer video", "Party spokesperson", "Radio call-in show",
]

AUTHORS = ["Desk staff", "Ana Pereira", "Sam Okafor", "Lena Fischer", "Ravi Menon", "Joanna Kowalska", "Tom Eriksen"]

SUBJECTS = [
    "the new bridge", "the hospital waiting list", "the school lunch scheme", "the fuel price cap", "the flood barrier",
    "the tram extension", "the census figures", "the vaccine rollout", "the wind farm", "the minimum wage rise",
    "the border checks", "the airport expansion", "the water bill", "the recycling target", "the housing grant",
    "the police budget", "the heat warning", "the rail strike", "the election count", "the crop subsidy",
]

# (base form for the title's question, past tense for the claim)
VERBS = [
    ("cost", "cost"), ("cut", "cut"), ("double", "doubled"), ("halve", "halved"), ("close", "closed"),
    ("cancel", "cancelled"), ("approve", "approved"), ("block", "blocked"), ("triple", "tripled"),
    ("delay", "delayed"), ("ban", "banned"), ("fund", "funded"), ("end", "ended"), ("move", "moved"),
    ("replace", "replaced"),
]

AMOUNTS = [
    "40 percent", "two million euros", "12,000 jobs", "half the budget", "three years", "900 beds", "a quarter",
    "60 schools", "1.5 billion", "every household", "seven stations", "18 months",
]

WORDS = (
    "record report figure budget official statement document data council minister agency spokesperson survey "
    "analysis estimate archive tender contract audit review timeline meeting vote decision press release video "
    "photo caption interview transcript letter source number period region policy plan change effect trend "
    "claim context error version copy screenshot headline post thread account comment update correction"
).split()

ADJECTIVES = (
    "official published original earlier later public private regional national local annual monthly "
    "preliminary final revised partial complete unverified archived widely shared misleading"
).split()

HEADINGS = [
    "What the post said", "Where the claim came from", "What the record shows", "What officials told us",
    "The numbers behind it", "How the figure was calculated", "What we could not establish", "The timeline",
    "Older versions of the claim", "What the documents say", "How we checked", "Why the context matters",
    "What changed since", "The photo and its origin", "Who confirmed what",
]

LIST_ITEMS = [
    "The figure refers to a different year than the post implies.",
    "The document was published on the agency's own website.",
    "Two outlets reported the statement on the same day.",
    "The quote was shortened in a way that changes its meaning.",
    "The original report named a different town.",
    "An archived copy shows the page before it was edited.",
    "The official total includes projects that were never started.",
    "A spokesperson repeated the figure on the record.",
    "The video was first posted two years earlier.",
    "The budget line covers three departments, not one.",
]


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 12))]
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words)), rng.choice(ADJECTIVES))
    words[0] = words[0].capitalize()
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.12:
        text += ", and the agency's reply -- sent \"the same day\" -- did not change that"
    elif roll < 0.2:
        text += " (the figure was *revised* later)"
    elif roll < 0.26:
        text += ", which the council called **final**"
    elif roll < 0.3:
        text += ", though an earlier draft said ~~two~~ three"
    elif roll < 0.34:
        text += ", listed under `table 4b`"
    return text + "."


def date_in(rng, first_year, last_year):
    first = datetime.date(first_year, 1, 1).toordinal()
    last = datetime.date(last_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(first, last))


def fmt_date(d):
    return d.isoformat()


def add_days(d, days):
    return d + datetime.timedelta(days=days)


def external_url(rng, kind="report"):
    return "https://example.org/%s/%d/%s-%05d" % (kind, rng.randint(2015, 2024), rng.choice(WORDS), rng.randint(1, 99999))


def article(index, count, rng):
    slug = "check-%05d" % index
    date = date_in(rng, 2015, 2024)
    subject = rng.choice(SUBJECTS)
    title = "Did %s really %s %s?" % (subject, rng.choice(VERBS)[0], rng.choice(AMOUNTS))
    title = title[0].upper() + title[1:]
    summary = "A widely shared claim about %s mixes up %s and leaves out the %s %s." % (
        subject, rng.choice(WORDS) + "s", rng.choice(ADJECTIVES), rng.choice(WORDS))

    # Three sources with three different statuses.
    source_picks = rng.sample(SOURCE_NAMES, 3)
    statuses = rng.sample(STATUSES, 3)
    sources = []
    for (sid, name), status in zip(source_picks, statuses):
        sdate = add_days(date, -rng.randint(0, 20))
        stamp = "%s%02d%02d%02d" % (sdate.strftime("%Y%m%d"), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        url = external_url(rng)
        sources.append({
            "id": sid,
            "name": name,
            "status": status,
            "date": fmt_date(sdate),
            "said": " ".join(sentence(rng) for _ in range(2)),
            "via": rng.choice(OUTLETS),
            "url": url,
            "archive": "https://web.archive.org/web/%s/%s" % (stamp, url),
        })
    source_ids = [s["id"] for s in sources]

    # Two to four claims, each under 75 characters.
    claims = []
    claim_ids = set()
    for n in range(rng.randint(2, 4)):
        while True:
            cid = "%s-%s" % (rng.choice(WORDS), rng.choice(WORDS))
            cid = cid.replace(" ", "-")
            if cid not in claim_ids and not cid.startswith(("source-", "fn-", "fnref-")):
                break
        claim_ids.add(cid)
        text = "%s %s %s" % (subject.capitalize(), rng.choice(VERBS)[1], rng.choice(AMOUNTS))
        if len(text) < 50:
            text += " in %d" % rng.randint(2010, 2024)
        assert len(text) < 75, text
        claims.append({
            "id": cid,
            "claim": text,
            "claimant": rng.choice(CLAIMANTS),
            "verdict": rng.choice(VERDICTS),
            "conclusion": sentence(rng),
            "sources": rng.sample(source_ids, rng.randint(1, 3)),
        })

    updates = []
    updated = None
    if rng.random() < 0.25:
        d = date
        for _ in range(rng.randint(1, 2)):
            d = add_days(d, rng.randint(1, 30))
            updates.append({"date": fmt_date(d), "note": "Added a response from %s. No verdict changed." % rng.choice(source_picks)[1]})
        updated = updates[-1]["date"]

    tags = sorted(rng.sample(TAGS, rng.randint(2, 4)))

    fm = ["---", "title: " + q(title), "date: " + fmt_date(date)]
    if updated:
        fm.append("updated: " + updated)
    fm.append("author: " + q(rng.choice(AUTHORS)))
    fm.append("summary: " + q(summary))
    fm.append("tags: [%s]" % ", ".join(tags))
    fm.append("sources:")
    for s in sources:
        fm.append("  %s:" % s["id"])
        for key in ("name", "status", "date", "said", "via", "url", "archive"):
            value = s[key]
            fm.append("    %s: %s" % (key, value if key in ("status", "date") else q(value)))
    fm.append("claims:")
    for c in claims:
        fm.append("  - id: " + c["id"])
        fm.append("    claim: " + q(c["claim"]))
        fm.append("    claimant: " + q(c["claimant"]))
        fm.append("    verdict: " + q(c["verdict"]))
        fm.append("    conclusion: " + q(c["conclusion"]))
        fm.append("    sources: [%s]" % ", ".join(c["sources"]))
    if updates:
        fm.append("updates:")
        for u in updates:
            fm.append("  - date: " + u["date"])
            fm.append("    note: " + q(u["note"]))
    fm.append("---")
    front = "\n".join(fm) + "\n"

    def badge():
        if rng.random() < 0.3:
            a, b = rng.sample(source_ids, 2)
            return " [@%s; @%s]" % (a, b)
        return " [@%s]" % rng.choice(source_ids)

    def paragraph(extra_links=True, badge_chance=0.5):
        parts = [sentence(rng) for _ in range(rng.randint(2, 4))]
        if extra_links:
            i = rng.randrange(len(parts))
            parts[i] = parts[i][:-1] + ", according to [the %s %s](%s)." % (
                rng.choice(ADJECTIVES), rng.choice(WORDS), external_url(rng))
        if rng.random() < badge_chance:
            i = rng.randrange(len(parts))
            parts[i] = parts[i][:-1] + badge() + "."
        return " ".join(parts)

    body = []
    headings = rng.sample(HEADINGS, rng.randint(4, 5))
    # Opening paragraph: always a badge.
    body.append(paragraph(badge_chance=1.0))
    body.append("")
    target = rng.randint(4700, 6200)
    footnote_done = False
    for h_index, heading in enumerate(headings):
        body.append("## " + heading)
        body.append("")
        body.append(paragraph())
        body.append("")
        if h_index == 0:
            # Link to one of this article's claim cards.
            c = rng.choice(claims)
            body.append("We rated this claim separately: see [the claim card](#%s) above.%s %s" % (c["id"], badge(), sentence(rng)))
            body.append("")
        elif h_index == 1:
            body.append("| Source | What they said | Reported by |")
            body.append("|---|---|:---:|")
            for s in sources:
                body.append("| %s | %s | %s |" % (s["name"], " ".join(rng.choice(WORDS) for _ in range(5)), s["via"]))
            body.append("")
        elif h_index == 2:
            for item in rng.sample(LIST_ITEMS, rng.randint(3, 5)):
                body.append("- " + item)
            if rng.random() < 0.2:
                body.append("- [x] Contacted %s" % sources[0]["name"])
                body.append("- [ ] Received the full %s" % rng.choice(WORDS))
            body.append("")
        elif h_index == 3:
            body.append(paragraph(extra_links=False)[:-1] + ".[^1]")
            body.append("")
            footnote_done = True
            if count > 1 and rng.random() < 0.4:
                other = rng.randint(1, count - 1)
                if other >= index:
                    other += 1
                body.append("A related claim is covered in [our earlier check](../check-%05d/). %s" % (other, sentence(rng)))
                body.append("")
    # Fill up to the target size with more paragraphs in the last section.
    while len(front.encode()) + len("\n".join(body).encode()) < target:
        body.append(paragraph())
        body.append("")
    if not footnote_done:
        body.append(paragraph(extra_links=False)[:-1] + ".[^1]")
        body.append("")
    body.append("[^1]: " + sentence(rng) + " See %s." % external_url(rng, "notes"))
    return slug, front + "\n" + "\n".join(body) + "\n"


SITE_YML = """\
title: Synthetic Fact Check Desk
base_url: https://bench.example.org/
language: en
description: A synthetic site of fact checks for benchmarking Verity.
publisher:
  name: Synthetic Fact Check Desk
  url: https://bench.example.org/
default_author: Desk staff
# Hugo draws no share images: the comparison leaves Verity's cards out (their cost is in Benchmarks/README.md).
share_cards: false
"""

PAGES = {
    "about": """\
---
title: About us
summary: Who we are and what this synthetic desk checks.
order: 1
---

This desk is **synthetic**: its fact checks are generated to benchmark Verity. Each one has claims, sources
and a body with tables, lists, footnotes and links, like a real check.

## What we check

- Viral posts and the copies of them that circulate.
- Figures that can be checked against a published record.
- Quotes that can be traced to a transcript or a recording.

Write to us at desk@example.org.
""",
    "methodology": """\
---
title: Methodology
summary: How we weigh sources and reach a verdict.
order: 2
---

We report what each source said, where and when, and give the verdict the record supports -- and no firmer.

## Verdicts

| Verdict | Meaning |
|---|---|
| True | The claim is accurate. |
| Mixed | Parts are accurate, parts are not. |
| False | The claim is inaccurate. |
| Unproven | The record cannot settle it. |

## Sources

On-the-record sources come first; "declined to comment" means the source was asked and said no.
""",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of fact checks")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", required=True, help="folder to write content/ into")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")

    content = os.path.join(args.out, "content")
    articles = os.path.join(content, "articles")
    pages = os.path.join(content, "pages")
    os.makedirs(articles, exist_ok=True)
    os.makedirs(pages, exist_ok=True)

    def write(path, text):
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    write(os.path.join(content, "site.yml"), SITE_YML)
    for name, text in PAGES.items():
        write(os.path.join(pages, name + ".md"), text)
    total = 0
    for index in range(1, args.count + 1):
        # One generator per article, derived from the seed and the index: deterministic and independent of --count
        # except for the range of cross-article links.
        rng = random.Random("%d/%d" % (args.seed, index))
        slug, text = article(index, args.count, rng)
        write(os.path.join(articles, slug + ".md"), text)
        total += len(text.encode())
    print("make_site: %d articles, %.1f MiB, in %s" % (args.count, total / 1048576, content), file=sys.stderr)


if __name__ == "__main__":
    main()
