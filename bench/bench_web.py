"""The web page export: its size, how long it takes to write, and its first frame in Chromium.

The reference sample with every saved flow must stay under 1 MB. Its first frame is timed in
headless Chromium (Debian's chromium and chromedriver under Selenium, as the tests drive it)
against loading an almost empty page in the same browser, alternately, in the same run:
the first contentful paint the browser reports, and the wall time of a navigation until the
player shows hop 0. Without Chromium the browser rows are left out.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from run import Row, compare, section

PAGE_LIMIT = 1_000_000


def _pages(folder: Path) -> tuple[Path, Path, int, float, float]:
    from desktop_app.engine import trace
    from desktop_app.export import svg
    from desktop_app.export.web import html_bytes
    from desktop_app.model import dumps, load
    from desktop_app.paths import REFERENCE_SAMPLE

    topology = load(REFERENCE_SAMPLE).topology
    traces = [trace(topology, f) for f in topology.flows]
    source = dumps(topology)
    page = folder / "page.html"
    data = html_bytes(topology, traces, source)
    page.write_bytes(data)
    ours, base = compare(lambda: html_bytes(topology, traces, source),
                         lambda: svg.svg_bytes(topology), 3)
    empty = folder / "empty.html"
    empty.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>empty</title>'
                     "</head><body><p>empty</p></body></html>", encoding="utf-8")
    return page, empty, len(data), ours, base


def _browser(profile: str):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


_PAINT = ("const e = performance.getEntriesByName('first-contentful-paint')[0];"
          "return e ? e.startTime : null;")
_READY = ("const d = document.getElementById('hop-device');"
          "return d === null || d.textContent.length > 0;")


def _visit(driver, url: str) -> tuple[float, float]:
    """(wall ms until the page shows its first hop, first contentful paint ms)."""
    driver.get("about:blank")
    start = time.perf_counter()
    driver.get(url)
    while not driver.execute_script(_READY):
        time.sleep(0.005)
    wall = (time.perf_counter() - start) * 1000
    paint = None
    for _ in range(200):
        paint = driver.execute_script(_PAINT)
        if paint is not None:
            break
        time.sleep(0.01)
    return wall, float(paint or 0.0)


@section("web")
def web_rows(repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        page, empty, size, write_ms, svg_ms = _pages(Path(tmp))
        rows = [Row(f"web page, reference sample, all flows ({size / 1000:,.0f} kB)", write_ms,
                    "SVG export alone", svg_ms, f"file < {PAGE_LIMIT // 1000:,} kB: "
                    + ("yes" if size < PAGE_LIMIT else "NO"))]
        if not (shutil.which("chromium") and shutil.which("chromedriver")):
            return rows
        try:
            import selenium  # noqa: F401
        except ImportError:
            return rows
        with tempfile.TemporaryDirectory() as profile:
            driver = _browser(profile)
            try:
                _visit(driver, page.as_uri())  # warm-up: the browser's own first start
                _visit(driver, empty.as_uri())
                ours, base = [], []
                for _ in range(repeat):
                    ours.append(_visit(driver, page.as_uri()))
                    base.append(_visit(driver, empty.as_uri()))
            finally:
                driver.quit()
        rows.append(Row("page to hop 0 on screen (navigation, Chromium)",
                        statistics.median(w for w, _ in ours), "empty page",
                        statistics.median(w for w, _ in base), "< 1000 ms"))
        rows.append(Row("first contentful paint (Chromium)", statistics.median(p for _, p in ours),
                        "empty page", statistics.median(p for _, p in base), "< 1000 ms"))
        return rows
