#!/usr/bin/env python3
"""Verity's external site checker (run through ./site-check, which installs
the tools). Builds the sample site and every fixture site with the given
generate binary, serves each on 127.0.0.1 and checks:

  html      every .html page through vnu (the Nu HTML Checker): 0 errors
  links     crawl + every .html file on disk: internal href/src answer 200,
            every #fragment names an id on the target page; sitemap.xml and
            feed.xml URLs, mapped from base_url onto the local server, too
  a11y      axe-core in headless Chromium, light and dark colour scheme
  data      extruct JSON-LD: one NewsArticle and one ClaimReview per claim card
            on each article page, each rating's image a well-formed file of
            the site, and one MediaReview per card with a media item (its
            fields, its MediaReviewItem, a valid authenticity); feedparser
            and xmllint on feed.xml and
            sitemap.xml; each edition's claimreview-feed.json parses, is a
            DataFeed, lists every published article once and its ClaimReviews
            equal the page's
  looks     phone (360 px) and desktop (1280 px) screenshots of the sample
            article, and DOM assertions at 360 px
  search    search.json parses and lists every published article page (no
            draft); the search page is linked from the home page, and in
            Chromium at 390 px its script finds a title word, lists links,
            announces the count and does not overflow (axe runs on it too)

Nothing is fetched from outside 127.0.0.1. Exit status 1 on any problem.
"""

import argparse
import html.parser
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
import xml.etree.ElementTree as ET

REPO = Path(__file__).resolve().parents[2]
HTTP_TIMEOUT = 10          # seconds per HTTP request
MAX_CRAWL = 5000           # URLs fetched per site at most
PAGE_LOAD_TIMEOUT = 30     # seconds per browser navigation
SCRIPT_TIMEOUT = 60        # seconds per axe run
VNU_TIMEOUT = 600
GENERATE_TIMEOUT = 120


def say(msg=""):
    print(msg, flush=True)


# ---------------------------------------------------------------- sites ----

class Site:
    def __init__(self, name, content, templates, flags):
        self.name = name
        self.content = Path(content)
        self.templates = Path(templates)
        self.flags = flags
        self.base_url = read_base_url(self.content / "site.yml")
        # "/desk/" for https://fixture.example.org/desk/
        self.prefix = urllib.parse.urlsplit(self.base_url).path or "/"
        if not self.prefix.endswith("/"):
            self.prefix += "/"
        self.serve_root = None   # folder served as http://127.0.0.1:port/
        self.out = None          # the generated site (serve_root + prefix)
        self.port = None
        self.server = None

    @property
    def origin(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def root_url(self):
        return self.origin + self.prefix

    def url_for_file(self, path):
        """URL of a file on disk; a folder's index.html is its folder URL."""
        rel = Path(path).relative_to(self.serve_root).as_posix()
        if rel == "index.html" or rel.endswith("/index.html"):
            rel = rel[: -len("index.html")]
        return self.origin + "/" + urllib.parse.quote(rel)

    def local_url(self, public_url):
        """Map a URL under base_url onto the local server (None if outside)."""
        if not public_url.startswith(self.base_url):
            return None
        return self.root_url + public_url[len(self.base_url):]

    def html_files(self):
        return sorted(self.out.rglob("*.html"))


def read_base_url(site_yml):
    text = site_yml.read_text(encoding="utf-8")
    m = re.search(r"^base_url:\s*[\"']?([^\"'\s#]+)", text, re.M)
    if not m:
        raise SystemExit(f"site-check: no base_url in {site_yml}")
    url = m.group(1)
    return url if url.endswith("/") else url + "/"


def discover_sites():
    sites = [Site("sample", REPO / "content", REPO / "templates", [])]
    fixtures = REPO / "Tests" / "Fixtures"
    for site_yml in sorted(fixtures.glob("*/content/site.yml")):
        d = site_yml.parent.parent
        templates = d / "templates" if (d / "templates").is_dir() else REPO / "templates"
        sites.append(Site(d.name, d / "content", templates, ["--drafts", "--future"]))
    return sites


def run_generate(binary, site, tmp):
    # The site must answer under its base_url path (/desk/ for .../desk/), so
    # the output goes to SERVE_ROOT/desk and SERVE_ROOT is served.
    root = Path(tempfile.mkdtemp(prefix=f"{site.name}-", dir=tmp))
    if site.prefix == "/":
        site.serve_root = site.out = root / "site"
    else:
        site.serve_root = root
        site.out = root / site.prefix.strip("/")
        site.out.parent.mkdir(parents=True, exist_ok=True)
    # A copy of the content, so that the build cache (kept in the folder holding content/) goes into the
    # temporary folder, never into the working tree.
    content = root / "project" / "content"
    shutil.copytree(site.content, content, symlinks=True)
    cmd = [binary, "--content", str(content), "--templates", str(site.templates),
           "--output", str(site.out), *site.flags]
    last = None
    for attempt in range(30):  # the binary may be rebuilt under us
        if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
            last = f"{binary} is missing"
            time.sleep(2)
            continue
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=GENERATE_TIMEOUT)
        except subprocess.TimeoutExpired:
            say(f"[build] {site.name}: generate did not finish in {GENERATE_TIMEOUT} s "
                f"(killed): {' '.join(cmd)}")
            return False
        except (FileNotFoundError, PermissionError, OSError) as e:
            last = str(e)
            time.sleep(2)
            continue
        out = (p.stdout + p.stderr).strip()
        if p.returncode == 0:
            say(f"[build] {site.name}: {out.splitlines()[-1] if out else 'ok'}")
            return True
        if p.returncode in (126, 127) or "Text file busy" in out:
            last = out
            time.sleep(2)
            continue
        say(f"[build] {site.name}: generate failed (exit {p.returncode}):\n{out}")
        return False
    say(f"[build] {site.name}: could not run generate: {last}")
    return False


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(site):
    for _ in range(5):
        site.port = free_port()
        site.server = subprocess.Popen(
            [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(site.port)],
            cwd=site.serve_root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline:
            if site.server.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", site.port), timeout=1):
                    return True
            except OSError:
                time.sleep(0.1)
        stop_server(site)
    return False


def stop_server(site):
    p = site.server
    if p is None:
        return
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=5)
    site.server = None


# ----------------------------------------------------------------- html ----

def check_html(vnu_jar, sites):
    dirs = [str(s.out) for s in sites]
    cmd = ["java", "-jar", vnu_jar, "--skip-non-html", "--errors-only",
           "--format", "gnu", "--stdout", *dirs]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=VNU_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, [f"vnu timed out after {VNU_TIMEOUT} s"]
    errors = [line for line in p.stdout.splitlines() if line.strip()]
    # Make paths readable: site name + path inside the site.
    shown = []
    for line in errors:
        for s in sites:
            line = line.replace(f'"file:{s.out}/', f'"{s.name}:').replace(f'"{s.out}/', f'"{s.name}:')
        shown.append(line)
    tool_problems = []
    if p.returncode != 0 and not errors:
        tool_problems.append(f"vnu exited {p.returncode}: {p.stderr.strip()[:2000]}")
    return shown, tool_problems


# ---------------------------------------------------------------- links ----

class PageParser(html.parser.HTMLParser):
    URL_ATTRS = {"href", "src", "poster", "data", "action", "cite", "formaction"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []          # (tag, attr, value)
        self.base_href = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name == "name" and tag == "a":
                self.ids.add(value)
            elif tag == "base" and name == "href":
                self.base_href = value
            elif name in self.URL_ATTRS:
                self.links.append((tag, name, value.strip()))
            elif name in ("srcset", "imagesrcset"):
                for part in value.split(","):
                    u = part.strip().split()
                    if u:
                        self.links.append((tag, name, u[0]))

    handle_startendtag = handle_starttag


class Fetcher:
    def __init__(self):
        self.cache = {}   # url -> (status, content_type, body, location)

    def get(self, url):
        if url in self.cache:
            return self.cache[url]
        parts = urllib.parse.urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=HTTP_TIMEOUT)
            conn.request("GET", path)
            r = conn.getresponse()
            body = r.read()
            res = (r.status, r.getheader("Content-Type", ""), body, r.getheader("Location"))
            conn.close()
        except (OSError, http.client.HTTPException) as e:
            res = (0, "", b"", str(e))
        self.cache[url] = res
        return res


def is_html(ctype):
    return ctype.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")


def check_links(sites):
    broken = []
    pages_seen = 0
    checked = 0      # internal links + published URLs checked
    for site in sites:
        f = Fetcher()
        origin_netlocs = {f"127.0.0.1:{site.port}", f"localhost:{site.port}"}
        parsed = {}      # url (no fragment) -> PageParser or None
        links = []       # (page url, raw href, target url, fragment)
        queue = [site.root_url] + [site.url_for_file(p) for p in site.html_files()]
        seen = set(queue)
        while queue and len(parsed) < MAX_CRAWL:
            url = queue.pop(0)
            status, ctype, body, _ = f.get(url)
            if status != 200 or not is_html(ctype):
                parsed[url] = None
                continue
            pp = PageParser()
            pp.feed(body.decode("utf-8", "replace"))
            parsed[url] = pp
            base = urllib.parse.urljoin(url, pp.base_href) if pp.base_href else url
            for tag, attr, raw in pp.links:
                if not raw:
                    continue
                scheme = urllib.parse.urlsplit(raw).scheme.lower()
                if scheme and scheme not in ("http", "https"):
                    continue   # mailto:, tel:, data:, javascript: ...
                target = urllib.parse.urljoin(base, raw)
                tp = urllib.parse.urlsplit(target)
                if tp.scheme not in ("http", "https") or tp.netloc not in origin_netlocs:
                    continue   # external: not fetched
                nofrag = urllib.parse.urlunsplit((tp.scheme, tp.netloc, tp.path or "/", tp.query, ""))
                links.append((url, raw, nofrag, tp.fragment))
                if nofrag not in seen:
                    seen.add(nofrag)
                    queue.append(nofrag)
        pages_seen += sum(1 for v in parsed.values() if v is not None)

        def page_name(u):
            return site.name + ":" + (urllib.parse.urlsplit(u).path or "/")

        reported = set()
        checked += len(links)
        for page, raw, target, frag in links:
            status, ctype, body, location = f.get(target)
            problem = None
            if status != 200:
                problem = (f"HTTP {status}" if status else f"no answer ({location})")
                if location and status in (301, 302, 303, 307, 308):
                    problem += f" -> {location}"
            elif frag:
                name = urllib.parse.unquote(frag)
                pp = parsed.get(target)
                if pp is None and is_html(ctype):
                    pp = PageParser()
                    pp.feed(body.decode("utf-8", "replace"))
                    parsed[target] = pp
                if pp is None:
                    problem = f"fragment #{frag} on a non-HTML resource ({ctype})"
                elif name not in pp.ids and name.lower() != "top":
                    problem = f"no id=\"{name}\" on {page_name(target)}"
            if problem:
                key = (page, raw, problem)
                if key not in reported:
                    reported.add(key)
                    broken.append(f"{page_name(page)}: href/src \"{raw}\": {problem}")

        # URLs published in sitemap.xml and feed.xml must exist on the site.
        for fname in ("sitemap.xml", "feed.xml", "corrections/feed.xml"):
            path = site.out / fname
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if fname == "sitemap.xml":
                urls = re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", text)
            else:
                urls = re.findall(r"<link\b[^>]*\bhref=\"([^\"]+)\"", text)
            for u in urls:
                checked += 1
                u = html.unescape(u)
                local = site.local_url(u)
                if local is None:
                    if fname == "sitemap.xml":
                        broken.append(f"{site.name}:{site.prefix}{fname}: {u} is not under base_url {site.base_url}")
                    continue
                status, _, _, location = f.get(urllib.parse.urldefrag(local)[0])
                if status != 200:
                    broken.append(f"{site.name}:{site.prefix}{fname}: {u} -> HTTP {status}"
                                  + (f" -> {location}" if location else ""))
    return broken, pages_seen, checked


# ---------------------------------------------------------------- browser --

def make_driver(width=1280, height=1000):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              f"--window-size={width},{height}", "--hide-scrollbars",
              "--no-first-run", "--no-default-browser-check", "--disable-extensions",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--disable-default-apps", "--metrics-recording-only",
              "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
              # offline: every host but the local servers resolves to nothing
              "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
              "--force-device-scale-factor=1", "--lang=en-GB"]:
        opts.add_argument(a)
    service = Service("/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=opts)
    driver.set_page_load_timeout(PAGE_LOAD_TIMEOUT)
    driver.set_script_timeout(SCRIPT_TIMEOUT)
    return driver


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def pick_pages(site, sample):
    """Paths (relative to site.out) for the a11y run."""
    files = [p.relative_to(site.out).as_posix() for p in site.html_files()]
    articles = article_pages(site)
    chosen = ["index.html"]
    if articles:
        chosen.append(main_article(site, articles))
    if sample:
        tags = sorted(f for f in files if re.fullmatch(r"tags/[^/]+/index\.html", f))
        if tags:
            chosen.append(tags[0])
        if "methodology/index.html" in files:
            chosen.append("methodology/index.html")
    # An author's and a claimant's page (the tally's stamps on the surface box), when the site has them.
    for pattern in (r"authors/[^/]+/index\.html", r"claimants/[^/]+/index\.html"):
        people = sorted(f for f in files if re.fullmatch(pattern, f))
        if people:
            chosen.append(people[0])
    # The first article with a media item on a claim card (MediaReview), when the main one has none.
    media = [rel for rel in articles if 'class="claim-card__media' in (site.out / rel).read_text(
        encoding="utf-8", errors="replace")]
    if media and media[0] not in chosen:
        chosen.append(media[0])
    # A later page of a paginated listing (the fixture's page_size is 1): its pagination has both links.
    if "page/2/index.html" in files:
        chosen.append("page/2/index.html")
    if "search/index.html" in files:
        # Without a query (the latest checks), and with results listed by its script.
        chosen += ["search/index.html", "search/?q=" + urllib.parse.quote(search_word(site) or "a")]
    return chosen


def check_a11y(sites):
    from axe_selenium_python import Axe
    violations = []
    count = 0
    runs = 0
    driver = make_driver()
    try:
        for i, site in enumerate(sites):
            for rel in pick_pages(site, sample=(i == 0)):
                url = site.root_url + rel.removesuffix("index.html")
                for scheme in ("light", "dark"):
                    set_scheme(driver, scheme)
                    driver.get(url)
                    if "?q=" in url:
                        wait_for_search(driver)
                    axe = Axe(driver)
                    axe.inject()
                    res = axe.run()
                    runs += 1
                    for v in res.get("violations", []):
                        for node in v.get("nodes", []):
                            count += 1
                            msg = "; ".join(x.get("message", "") for k in ("any", "all", "none")
                                            for x in node.get(k, []))
                            violations.append(
                                f"{site.name}:{site.prefix}{rel.removesuffix('index.html')} [{scheme}] "
                                f"{v['id']} ({v.get('impact')}): {', '.join(map(str, node.get('target', [])))}"
                                + (f" - {msg}" if msg else ""))
    finally:
        driver.quit()
    return violations, count, runs


# ------------------------------------------------------- structured data --

def jsonld_items(html_text, url):
    import extruct
    data = extruct.extract(html_text, base_url=url, syntaxes=["json-ld"], uniform=False)
    items = []
    for d in data.get("json-ld", []):
        stack = d if isinstance(d, list) else [d]
        for it in stack:
            if isinstance(it, dict) and "@graph" in it:
                items.extend(x for x in it["@graph"] if isinstance(x, dict))
            elif isinstance(it, dict):
                items.append(it)
    return items


def types_of(item):
    t = item.get("@type", [])
    return set(t if isinstance(t, list) else [t])


class CardParser(html.parser.HTMLParser):
    """ids of <article class="claim-card ..."> elements, and of those with a media item
    (<div class="claim-card__media ...">)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cards = []
        self.media_cards = []
        self.og_article = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article" and "claim-card" in (a.get("class") or "").split():
            self.cards.append(a.get("id"))
        if tag == "div" and "claim-card__media" in (a.get("class") or "").split() and self.cards:
            self.media_cards.append(self.cards[-1])
        if tag == "meta" and a.get("property") == "og:type" and a.get("content") == "article":
            self.og_article = True


_article_cache = {}


def edition_prefixes(site):
    """The site's editions by folder: "" for the main one, then "fr/" and so on (a folder with its own feed and
    claims.json; corrections/ has a feed of its own but is no edition)."""
    return [""] + sorted(d.name + "/" for d in site.out.iterdir()
                         if d.is_dir() and (d / "feed.xml").exists() and (d / "claims.json").exists())


def in_edition(rel, prefix, prefixes):
    """Whether the output file `rel` belongs to the edition at `prefix` (not to one in a folder below it)."""
    if prefix:
        return rel.startswith(prefix)
    return not any(p and rel.startswith(p) for p in prefixes)


def article_pages(site):
    """Relative paths of article pages: og:type article or a NewsArticle."""
    if site.name in _article_cache:
        return _article_cache[site.name]
    found = []
    for p in site.html_files():
        text = p.read_text(encoding="utf-8", errors="replace")
        cp = CardParser()
        cp.feed(text)
        if cp.og_article or '"NewsArticle"' in text:
            found.append(p.relative_to(site.out).as_posix())
    _article_cache[site.name] = found
    return found


NOINDEX = '<meta name="robots" content="noindex">'


def is_draft(site, rel):
    """A draft built with --drafts: its page asks not to be indexed."""
    return NOINDEX in (site.out / rel).read_text(encoding="utf-8", errors="replace")


def main_article(site, articles):
    """The article with the most claim cards (ties: first by path)."""
    best, best_n = articles[0], -1
    for rel in articles:
        cp = CardParser()
        cp.feed((site.out / rel).read_text(encoding="utf-8", errors="replace"))
        if len(cp.cards) > best_n:
            best, best_n = rel, len(cp.cards)
    return best


def nonempty(v):
    return v not in (None, "", [], {})


# schema.org's MediaManipulationRatingEnumeration: the values a MediaReview's mediaAuthenticityCategory may take.
MEDIA_RATINGS = {"OriginalMediaContent", "DecontextualizedContent", "EditedOrCroppedContent", "TransformedContent",
                 "StagedContent", "SatireOrParodyContent"}
MEDIA_OBJECTS = {"ImageObject", "VideoObject", "AudioObject"}
media_reviews_seen = [0]  # MediaReviews checked, for the summary line


def check_media_reviews(where, items, cp):
    """The page's MediaReviews: one per claim card with a media item, each with its url at that card, the
    fields aggregators read, a MediaReviewItem of media objects and a valid authenticity category."""
    problems = []
    mrs = [i for i in items if "MediaReview" in types_of(i)]
    media_reviews_seen[0] += len(mrs)
    found = []
    for mr in mrs:
        u = mr.get("url") or ""
        frag = urllib.parse.unquote(urllib.parse.urldefrag(u)[1]) if "#" in u else None
        found.append(frag)
        label = f"MediaReview {u or '(no url)'}"
        if frag is None or frag not in cp.media_cards:
            problems.append(f"{where}: {label}: url names no claim card with a media item")
        for field in ("datePublished", "author", "itemReviewed", "mediaAuthenticityCategory"):
            if not nonempty(mr.get(field)):
                problems.append(f"{where}: {label}: no {field}")
        category = mr.get("mediaAuthenticityCategory")
        name = category.rsplit("/", 1)[-1] if isinstance(category, str) else None
        if category is not None and (name not in MEDIA_RATINGS or not (
                category == name or category.startswith(("https://schema.org/", "http://schema.org/")))):
            problems.append(f"{where}: {label}: mediaAuthenticityCategory {category!r} is no "
                            "MediaManipulationRatingEnumeration value")
        link = mr.get("originalMediaLink")
        if link is not None and not (isinstance(link, str) and link.startswith(("http://", "https://"))):
            problems.append(f"{where}: {label}: originalMediaLink {link!r} is not an http(s) URL")
        item = mr.get("itemReviewed")
        if isinstance(item, dict):
            if "MediaReviewItem" not in types_of(item):
                problems.append(f"{where}: {label}: itemReviewed is {item.get('@type')!r}, not a MediaReviewItem")
            appearances = item.get("mediaItemAppearance")
            appearances = appearances if isinstance(appearances, list) else [appearances]
            for media in appearances:
                if not (isinstance(media, dict) and types_of(media) & MEDIA_OBJECTS):
                    problems.append(f"{where}: {label}: a mediaItemAppearance is no Image/Video/AudioObject")
                elif not str(media.get("contentUrl") or "").startswith(("http://", "https://")):
                    problems.append(f"{where}: {label}: a mediaItemAppearance has no http(s) contentUrl")
    if sorted(map(str, found)) != sorted(map(str, cp.media_cards)):
        problems.append(f"{where}: MediaReviews for {found}, want one for each card with media: {cp.media_cards}")
    return problems


def check_data(sites):
    problems = []
    reviews = 0
    n_articles = 0
    for site in sites:
        articles = article_pages(site)
        n_articles += len(articles)
        page_reviews = {}  # published article page -> its ClaimReviews and MediaReviews, for claimreview-feed.json
        for rel in articles:
            where = f"{site.name}:{site.prefix}{rel.removesuffix('index.html')}"
            url = site.root_url + rel.removesuffix("index.html")
            text = (site.out / rel).read_text(encoding="utf-8", errors="replace")
            try:
                items = jsonld_items(text, url)
            except Exception as e:  # extruct raises on malformed JSON-LD
                problems.append(f"{where}: extruct could not read the JSON-LD: {e}")
                continue
            cp = CardParser()
            cp.feed(text)
            if NOINDEX in text:
                # A draft: marked for readers, and no structured data for aggregators that ignore noindex.
                if items:
                    problems.append(f"{where}: a draft with {len(items)} JSON-LD items (want none)")
                if 'class="draft-banner"' not in text:
                    problems.append(f"{where}: a draft without its banner")
                continue
            news = [i for i in items if "NewsArticle" in types_of(i)]
            if len(news) != 1:
                problems.append(f"{where}: {len(news)} NewsArticle items (want 1)")
            crs = [i for i in items if "ClaimReview" in types_of(i)]
            page_reviews[rel] = [i for i in items if types_of(i) & {"ClaimReview", "MediaReview"}]
            problems += check_media_reviews(where, items, cp)
            reviews += len(crs)
            if len(crs) != len(cp.cards):
                problems.append(f"{where}: {len(crs)} ClaimReview items for {len(cp.cards)} claim cards")
            by_id = {}
            for cr in crs:
                u = cr.get("url") or ""
                frag = urllib.parse.unquote(urllib.parse.urldefrag(u)[1]) if "#" in u else None
                by_id.setdefault(frag, []).append(cr)
                label = f"ClaimReview {u or '(no url)'}"
                if not u:
                    problems.append(f"{where}: {label}: no url")
                elif frag is None:
                    problems.append(f"{where}: {label}: url has no #<claim id>")
                elif frag not in cp.cards:
                    problems.append(f"{where}: {label}: #{frag} names no claim card on the page")
                for field in ("claimReviewed", "datePublished", "author", "itemReviewed"):
                    if not nonempty(cr.get(field)):
                        problems.append(f"{where}: {label}: no {field}")
                rating = cr.get("reviewRating")
                if not (isinstance(rating, dict) and nonempty(rating.get("alternateName"))):
                    problems.append(f"{where}: {label}: no reviewRating.alternateName")
                problems += check_rating_image(site, rating, f"{where}: {label}")
            for cid in cp.cards:
                if not cid:
                    problems.append(f"{where}: a claim card has no id")
                    continue
                n = len(by_id.get(cid, []))
                if n != 1:
                    problems.append(f"{where}: claim card #{cid} has {n} ClaimReview items (want 1)")
        problems += check_claimreview_feeds(site, page_reviews)
    return problems, reviews, n_articles


def check_rating_image(site, rating, where):
    """A rating's `image`, when given: a URL of the site naming a file written there, well-formed XML if SVG."""
    if not isinstance(rating, dict) or "image" not in rating:
        return []
    image = rating["image"]
    if not isinstance(image, str) or not image.startswith(site.base_url):
        return [f"{where}: reviewRating.image {image!r} is not a URL of the site"]
    path = site.out / urllib.parse.unquote(image[len(site.base_url):])
    if not path.is_file():
        return [f"{where}: reviewRating.image {image} is not in the output"]
    if path.suffix == ".svg":
        try:
            ET.parse(path)
        except ET.ParseError as e:
            return [f"{where}: reviewRating.image {image} is not well-formed: {e}"]
    return []


def check_claimreview_feeds(site, page_reviews):
    """Each edition's claimreview-feed.json: a DataFeed with one item per published article page, whose
    ClaimReviews and MediaReviews equal those extruct read on the page."""
    problems = []
    prefixes = edition_prefixes(site)
    for prefix in prefixes:
        where = f"{site.name}:{site.prefix}{prefix}claimreview-feed.json"
        path = site.out / prefix / "claimreview-feed.json"
        if not path.exists():
            problems.append(f"{where}: missing")
            continue
        try:
            feed = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            problems.append(f"{where}: not JSON: {e}")
            continue
        if feed.get("@type") != "DataFeed" or not isinstance(feed.get("dataFeedElement"), list):
            problems.append(f"{where}: not a DataFeed with a dataFeedElement list")
            continue
        listed = []
        for element in feed["dataFeedElement"]:
            url = element.get("url") or ""
            if element.get("@type") != "DataFeedItem" or not url.startswith(site.base_url):
                problems.append(f"{where}: item {url or '(no url)'} is not a DataFeedItem with a URL of the site")
                continue
            rel = url[len(site.base_url):] + "index.html"
            listed.append(rel)
            if rel not in page_reviews:
                problems.append(f"{where}: {url} is no published article page")
            elif element.get("item") != page_reviews[rel]:
                problems.append(f"{where}: {url}: its reviews differ from the page's JSON-LD")
        wanted = sorted(r for r in page_reviews if in_edition(r, prefix, prefixes))
        if sorted(listed) != wanted:
            problems.append(f"{where}: lists {sorted(listed)}, want every published article once: {wanted}")
    return problems


# ------------------------------------------------------------------ search --

def draft_slugs(site):
    """Slugs of the articles marked draft: true (built here with --drafts, never searchable)."""
    slugs = set()
    for md in sorted((site.content / "articles").glob("*.md")):
        text = md.read_text(encoding="utf-8", errors="replace")
        front = text.split("\n---", 1)[0]
        if re.search(r"^draft:\s*true\s*$", front, re.M):
            m = re.search(r"^slug:\s*[\"']?([^\"'\s#]+)", front, re.M)
            slugs.add(m.group(1) if m else md.stem)
    return slugs


def search_index(site):
    path = site.out / "search.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def search_word(site):
    """A word of the first searchable title, for a query that must find something."""
    index = search_index(site)
    for check in (index or {}).get("checks", []):
        for word in re.findall(r"\w{4,}", check.get("title", "")):
            return word
    return None


def wait_for_search(driver, timeout=10):
    """Waits until the search script has answered the page's query (status text set)."""
    end = time.time() + timeout
    while time.time() < end:
        if driver.execute_script(
                "var s = document.getElementById('search-status'); return !!(s && s.textContent.trim());"):
            return True
        time.sleep(0.1)
    return False


def check_search(sites):
    problems = []
    n_checks = 0
    f = Fetcher()
    driver = None
    try:
        for site in sites:
            page = site.out / "search" / "index.html"
            if not page.exists():
                problems.append(f"{site.name}: no search/index.html")
                continue
            home = (site.out / "index.html").read_text(encoding="utf-8", errors="replace")
            if 'href="search/"' not in home:
                problems.append(f"{site.name}: the home page does not link to search/")
            # Each edition has its own search.json, listing its own articles (URLs relative to it).
            listed = []
            unusable = False
            for prefix in edition_prefixes(site):
                status, ctype, body, _ = f.get(site.root_url + prefix + "search.json")
                if status != 200:
                    problems.append(f"{site.name}: {prefix}search.json -> HTTP {status}")
                    unusable = True
                    continue
                try:
                    index = json.loads(body.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError) as e:
                    problems.append(f"{site.name}: {prefix}search.json does not parse: {e}")
                    unusable = True
                    continue
                checks = index.get("checks") if isinstance(index, dict) else None
                if not isinstance(checks, list):
                    problems.append(f"{site.name}: {prefix}search.json has no list 'checks'")
                    unusable = True
                    continue
                n_checks += len(checks)
                for check in checks:
                    missing = [k for k in ("title", "summary", "claims", "date", "url") if k not in check]
                    if missing:
                        problems.append(
                            f"{site.name}: {prefix}search.json entry {check.get('url')} lacks {', '.join(missing)}")
                    listed.append(prefix + (check.get("url") or "") + "index.html")
            if unusable:
                continue
            drafts = {slug + "/index.html" for slug in draft_slugs(site)}
            published = set(article_pages(site)) - drafts
            for rel in sorted(published - set(listed)):
                problems.append(f"{site.name}: article {rel} is not in search.json")
            for rel in sorted(set(listed) - published):
                problems.append(f"{site.name}: search.json lists {rel}, not a published article page")
            if len(listed) != len(set(listed)):
                problems.append(f"{site.name}: search.json lists a page twice")

            word = search_word(site)
            if word is None:
                continue
            if driver is None:
                driver = make_driver(width=390, height=800)
            driver.get(site.root_url + "search/?q=" + urllib.parse.quote(word))
            if not wait_for_search(driver):
                problems.append(f"{site.name}: search/?q={word}: the script announced nothing")
                continue
            result = driver.execute_script("""
                var form = document.querySelector('form[role=search]');
                var links = document.querySelectorAll('#search-results li a');
                var count = links.length;
                var rules = new Intl.PluralRules(document.documentElement.lang);
                var found = form.getAttribute('data-found-' + rules.select(count))
                    || form.getAttribute('data-found-other') || '';
                return {formShown: !!form && !form.hidden,
                        expected: found.replace('{count}', String(count)),
                        fallbackHidden: document.getElementById('search-fallback').hidden,
                        links: Array.prototype.map.call(links, function (a) { return a.href; }),
                        status: document.getElementById('search-status').textContent,
                        overflow: document.documentElement.scrollWidth - window.innerWidth};""")
            where = f"{site.name}: search/?q={word} at 390 px"
            if not result["formShown"] or not result["fallbackHidden"]:
                problems.append(f"{where}: the form is hidden or the no-script note still shows")
            if not result["links"]:
                problems.append(f"{where}: no results (status: {result['status']!r})")
            elif not result["status"].startswith(result["expected"].split("{query}")[0]) or word not in result["status"]:
                # The page's own message for that many results, in the site's language, with the query in it.
                problems.append(
                    f"{where}: status {result['status']!r} does not give the count (expected {result['expected']!r})")
            for href in result["links"]:
                status, ctype, _, _ = f.get(href)
                if status != 200 or not is_html(ctype):
                    problems.append(f"{where}: result {href} -> HTTP {status}")
            if result["overflow"] > 0:
                problems.append(f"{where}: the page is {result['overflow']} px wider than the screen")
    finally:
        if driver is not None:
            driver.quit()
    return problems, n_checks


def check_feeds(sites):
    import feedparser
    problems = []
    for site in sites:
        feed = site.out / "feed.xml"
        sitemap = site.out / "sitemap.xml"
        for f in (feed, sitemap):
            if not f.exists():
                problems.append(f"{site.name}: {f.name} is missing")
        existing = [str(f) for f in (feed, sitemap) if f.exists()]
        if existing:
            p = subprocess.run(["xmllint", "--noout", *existing], capture_output=True,
                               text=True, timeout=60)
            if p.returncode != 0:
                out = (p.stdout + p.stderr).replace(str(site.out) + "/", f"{site.name}:")
                problems.append(f"{site.name}: xmllint --noout failed:\n{out.strip()}")
        # Each edition has its own feed, with its own articles.
        prefixes = edition_prefixes(site)
        for prefix in prefixes:
            edition_feed = site.out / prefix / "feed.xml"
            if not edition_feed.exists():
                continue
            d = feedparser.parse(edition_feed.read_bytes())
            if d.bozo:
                problems.append(f"{site.name}: feedparser bozo=1 on {prefix}feed.xml: {d.get('bozo_exception')}")
            published = [rel for rel in article_pages(site)
                         if not is_draft(site, rel) and in_edition(rel, prefix, prefixes)]
            want = len(published)
            if len(d.entries) != want:
                problems.append(
                    f"{site.name}: {prefix}feed.xml has {len(d.entries)} entries for {want} published articles")
        # Each edition's corrections feed: well-formed, newest first, every entry linking to an updates log.
        for prefix in prefixes:
            corrections = site.out / prefix / "corrections" / "feed.xml"
            name = f"{prefix}corrections/feed.xml"
            if not corrections.exists():
                problems.append(f"{site.name}: {name} is missing")
                continue
            p = subprocess.run(["xmllint", "--noout", str(corrections)], capture_output=True, text=True, timeout=60)
            if p.returncode != 0:
                problems.append(f"{site.name}: xmllint --noout failed on {name}:\n{(p.stdout + p.stderr).strip()}")
            d = feedparser.parse(corrections.read_bytes())
            if d.bozo:
                problems.append(f"{site.name}: feedparser bozo=1 on {name}: {d.get('bozo_exception')}")
            dates = [e.get("updated_parsed") for e in d.entries]
            if any(x is None for x in dates) or dates != sorted(dates, reverse=True):
                problems.append(f"{site.name}: {name} is not newest first")
            for e in d.entries:
                if not e.get("link", "").endswith("#updates"):
                    problems.append(f"{site.name}: {name} entry {e.get('id')} does not link to an #updates log")
        # Drafts (built with --drafts for review) are in neither the feed nor the sitemap.
        for rel in article_pages(site):
            if not is_draft(site, rel):
                continue
            url = site.base_url + rel.removesuffix("index.html")
            for f in (feed, sitemap):
                if f.exists() and url in f.read_text(encoding="utf-8", errors="replace"):
                    problems.append(f"{site.name}: {f.name} lists the draft {url}")
    return problems


# ----------------------------------------------------------------- looks ---

LOOK_JS = r"""
const de = document.documentElement;
const badges = [...document.querySelectorAll('.badge')];
const hidden = badges.filter(b => {
  const r = b.getBoundingClientRect(), s = getComputedStyle(b);
  return !(r.width > 0 && r.height > 0 && s.visibility === 'visible'
           && s.display !== 'none' && parseFloat(s.opacity) > 0);
}).map(b => (b.getAttribute('href') || '') + ' "' + b.textContent.trim().slice(0, 40) + '"');
// Inline badges (in the text) must never break across lines.
const split = badges.filter(b => !b.classList.contains('badge--full') && b.getClientRects().length > 1)
  .map(b => (b.getAttribute('href') || '') + ' "' + b.textContent.trim().slice(0, 40) + '"');
// Nor may the punctuation right after one start the next line.
const orphaned = badges.filter(b => {
  const t = b.nextSibling;
  if (b.classList.contains('badge--full') || !t || t.nodeType !== 3 || !/^[.,;:!?)]/.test(t.textContent)) return false;
  const r = document.createRange(); r.setStart(t, 0); r.setEnd(t, 1);
  const a = b.getBoundingClientRect(), c = r.getBoundingClientRect();
  return c.top >= a.bottom - 1;
}).map(b => (b.getAttribute('href') || '') + ' "' + b.nextSibling.textContent.slice(0, 10) + '"');
const verdict = document.querySelector('.verdict');
const verdictBottom = verdict ? Math.round(verdict.getBoundingClientRect().bottom + window.scrollY) : null;
const overflow = [];
if (de.scrollWidth > de.clientWidth) {
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > de.clientWidth + 0.5 && r.width > 0) {
      const c = (el.className && typeof el.className === 'string') ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      overflow.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + c + ' (right ' + Math.round(r.right) + 'px)');
      if (overflow.length >= 10) break;
    }
  }
}
return {cards: document.querySelectorAll('.claim-card').length, badges: badges.length,
        hidden: hidden, split: split, orphaned: orphaned, verdictBottom: verdictBottom, scrollWidth: de.scrollWidth, clientWidth: de.clientWidth,
        innerWidth: window.innerWidth, overflow: overflow,
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.body).color,
        height: Math.max(de.scrollHeight, document.body.scrollHeight)};
"""


def check_looks(site, shots_dir):
    import base64
    problems = []
    notes = []
    articles = article_pages(site)
    if not articles:
        return [f"{site.name}: no article page to look at"], notes
    rel = main_article(site, articles)
    url = site.root_url + rel.removesuffix("index.html")
    where = f"{site.name}:{site.prefix}{rel.removesuffix('index.html')}"
    shots_dir.mkdir(parents=True, exist_ok=True)
    driver = make_driver()
    colours = {}
    try:
        for label, width, mobile in (("phone", 360, True), ("desktop", 1280, False)):
            for scheme in ("light", "dark"):
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": mobile})
                set_scheme(driver, scheme)
                driver.get(url)
                info = driver.execute_script(LOOK_JS)
                colours[(label, scheme)] = (info["bg"], info["fg"])
                if scheme == "light":
                    for b in info["orphaned"]:
                        problems.append(f"{where} @{width}px: the punctuation after an inline badge starts a line: {b}")
                if label == "phone" and scheme == "light":
                    if info["clientWidth"] != 360:
                        problems.append(f"{where}: layout viewport is {info['clientWidth']} px wide, not 360")
                    if info["cards"] < 1:
                        problems.append(f"{where} @360px: no .claim-card")
                    if info["badges"] < 1:
                        problems.append(f"{where} @360px: no .badge")
                    for h in info["hidden"]:
                        problems.append(f"{where} @360px: badge not visible: {h}")
                    for b in info["split"]:
                        problems.append(f"{where} @360px: inline badge broken across lines: {b}")
                    if info["verdictBottom"] is None or info["verdictBottom"] > 800:
                        problems.append(f"{where} @360px: the first verdict ends at y = {info['verdictBottom']}, "
                                        "below the first 800 px screen")
                    if info["scrollWidth"] > info["clientWidth"]:
                        problems.append(
                            f"{where} @360px: horizontal overflow: scrollWidth {info['scrollWidth']} > "
                            f"clientWidth {info['clientWidth']}; wide elements: {', '.join(info['overflow']) or '?'}")
                    notes.append(f"{info['cards']} claim cards, {info['badges']} badges "
                                 f"({info['badges'] - len(info['hidden'])} visible, {len(info['split'])} broken "
                                 f"across lines) at 360 px; the first verdict ends at y = {info['verdictBottom']}")
                # full-page screenshot, capped at 3000 px high
                h = min(int(info["height"]), 3000)
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": max(h, 800), "deviceScaleFactor": 1, "mobile": mobile})
                shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
                path = shots_dir / f"article-{label}-{scheme}.png"
                path.write_bytes(base64.b64decode(shot["data"]))
        if colours.get(("phone", "light")) == colours.get(("phone", "dark")):
            problems.append(f"{where}: dark colour scheme does not change the page colours "
                            f"({colours.get(('phone', 'light'))})")
    finally:
        driver.quit()
    return problems, notes


# ------------------------------------------------------------------ main ---

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generate", required=True)
    ap.add_argument("--vnu-jar", required=True)
    ap.add_argument("--keep", action="store_true", help="keep the built sites")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="verity-site-check-"))
    shots = Path(os.environ.get("TMPDIR", "/tmp")) / "verity-site-check-shots"
    sites = discover_sites()
    failures = []          # the checker could not do a part of its job
    html_errors = broken = a11y = None
    pages = 0
    data_problems, feed_problems, look_problems, look_notes, search_problems = [], [], [], [], []
    reviews = n_articles = 0
    a11y_runs = 0
    started = time.time()
    try:
        built = [s for s in sites if run_generate(args.generate, s, tmp)]
        for s in sites:
            if s not in built:
                failures.append(f"build of {s.name} failed")
        for s in built:
            if not start_server(s):
                failures.append(f"could not start http.server for {s.name}")
        sites = [s for s in built if s.server is not None]
        pages = sum(len(s.html_files()) for s in sites)
        for s in sites:
            say(f"[serve] {s.name}: {s.root_url} ({len(s.html_files())} pages)")

        say("\n== HTML (vnu) ==")
        errs, tool = check_html(args.vnu_jar, sites)
        failures += tool
        if errs is not None:
            html_errors = len(errs)
            for e in errs:
                say("  " + e)
            say(f"  {html_errors} errors")

        say("\n== Links ==")
        bl, crawled, nlinks = check_links(sites)
        broken = len(bl)
        for b in bl:
            say("  " + b)
        say(f"  {crawled} pages crawled, {nlinks} internal links and published URLs checked, "
            f"{broken} broken")

        say("\n== Accessibility (axe-core, light + dark) ==")
        try:
            vs, a11y, a11y_runs = check_a11y(sites)
            for v in vs:
                say("  " + v)
            say(f"  {a11y_runs} page runs, {a11y} violations")
        except Exception as e:
            failures.append(f"axe run failed: {type(e).__name__}: {e}")
            say(f"  FAILED: {type(e).__name__}: {e}")

        say("\n== Structured data (extruct) ==")
        try:
            data_problems, reviews, n_articles = check_data(sites)
        except Exception as e:
            failures.append(f"structured-data check failed: {type(e).__name__}: {e}")
        for p in data_problems:
            say("  " + p)
        say(f"  {reviews} ClaimReview items and {media_reviews_seen[0]} MediaReview items on {n_articles} article "
            f"pages, {len(data_problems)} problems")

        say("\n== Search (search.json, the search page in Chromium at 390 px) ==")
        n_search = 0
        try:
            search_problems, n_search = check_search(sites)
        except Exception as e:
            failures.append(f"search check failed: {type(e).__name__}: {e}")
        for p in search_problems:
            say("  " + p)
        say(f"  {n_search} checks in search.json, {len(search_problems)} problems")

        say("\n== Feeds (feedparser, xmllint) ==")
        try:
            feed_problems = check_feeds(sites)
        except Exception as e:
            failures.append(f"feed check failed: {type(e).__name__}: {e}")
        for p in feed_problems:
            say("  " + p)
        say(f"  {len(feed_problems)} problems")

        say("\n== Looks (headless Chromium) ==")
        try:
            look_problems, look_notes = check_looks(sites[0], shots) if sites and sites[0].name == "sample" \
                else (["sample site not built"], [])
        except Exception as e:
            failures.append(f"looks check failed: {type(e).__name__}: {e}")
        for p in look_problems:
            say("  " + p)
        for n in look_notes:
            say("  " + n)
        say(f"  screenshots: {shots}/article-{{phone,desktop}}-{{light,dark}}.png")
    finally:
        for s in sites:
            stop_server(s)
        if args.keep:
            say(f"site-check: built sites kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    for f in failures:
        say(f"site-check: FAILED: {f}")

    def n(x):
        return "?" if x is None else str(x)

    say("")
    say(f"site-check: {pages} pages, {n(html_errors)} html errors, {n(broken)} broken links, "
        f"{n(a11y)} a11y violations")
    say(f"site-check: {len(data_problems)} structured-data problems ({reviews} ClaimReviews on "
        f"{n_articles} article pages), {len(feed_problems)} feed/sitemap problems, "
        f"{len(search_problems)} search problems, "
        f"{len(look_problems)} look problems (screenshots in {shots}), "
        f"{len(failures)} checker failures, {time.time() - started:.0f} s")
    checks = {
        "html": html_errors == 0, "links": broken == 0, "a11y": a11y == 0, "structured data": not data_problems,
        "feeds": not feed_problems, "search": not search_problems, "looks": not look_problems, "checkers ran": not failures,
    }
    failed = [name for name, ok in checks.items() if not ok]
    # The plain closing line CI tooling reads: one entry per kind of check.
    say(f"site-check: {len(checks) - len(failed)} passed, {len(failed)} failed"
        + (f" ({', '.join(failed)})" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
