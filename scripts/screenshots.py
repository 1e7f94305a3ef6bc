#!/usr/bin/env python3
"""Screenshots of a built site in headless Chromium, phone (390 x 800) and desktop (1280 x 900), light and dark.

Usage: scripts/screenshots.py <site-folder> <out-folder> <page> [<page> ...]
A page is a path below the site (`rutte-message/`), optionally followed by `#id` or `@css-selector` to scroll
that element to the top first (`rutte-message/#sources`, `rutte-message/@a[href="#source-reuters"]`). Prints, for each page and width, the y where the first verdict stamp (`.verdict`)
ends, so that "above the fold" can be checked. Uses the site checker's venv (selenium).
"""
import functools
import http.server
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Tests" / "site-check"))
import check_site  # noqa: E402  (make_driver, set_scheme)


def serve(folder):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    site, out, pages = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    out.mkdir(parents=True, exist_ok=True)
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    for name, (width, height) in {"phone": (390, 800), "desktop": (1280, 900)}.items():
        driver = check_site.make_driver(max(width, 500), height)
        # Headless Chromium keeps windows at least 500 px wide: emulate the phone's viewport instead.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500})
        try:
            for scheme in ["light", "dark"]:
                check_site.set_scheme(driver, scheme)
                for page in pages:
                    path, mark, selector = page.partition("@") if "@" in page else page.partition("#")
                    driver.get(base + path)
                    if selector:
                        driver.execute_script(
                            "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView();",
                            ("#" if mark == "#" else "") + selector)
                    y = driver.execute_script(
                        "const e = document.querySelector('.verdict');"
                        "return e ? Math.round(e.getBoundingClientRect().bottom + window.scrollY) : null;")
                    slug = (path.strip("/").replace("/", "_") or "home") + (("-" + "".join(c for c in selector if c.isalnum() or c == "-")) if selector else "")
                    file = out / f"{slug}-{name}-{scheme}.png"
                    driver.save_screenshot(str(file))
                    print(f"{file.name}: first verdict box ends at y={y}")
        finally:
            driver.quit()
    server.shutdown()


if __name__ == "__main__":
    main()
