"""Debian's Chromium and chromedriver, driven by Selenium, for the web page's tests and bench.

Nothing is downloaded: Selenium is pointed at ``/usr/bin/chromedriver`` and ``/usr/bin/chromium``
(``apt-get install chromium chromium-driver``), never at its own driver manager. Missing ones
skip the tests with how to install them, except under CI, where they fail
(``tests.test_export_oracles.tool``). The browser keeps its console and its network log
(``goog:loggingPrefs`` performance) so a test can prove a page printed no error and asked
for nothing.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Iterator
from typing import Any

from tests.test_export_oracles import tool

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--window-size=1400,1000")


@contextlib.contextmanager
def chrome(extra: tuple[str, ...] = ()) -> Iterator[Any]:
    """A headless Chromium under Selenium, with a throw-away profile."""
    import pytest

    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:  # pragma: no cover - a dev dependency
        pytest.skip("selenium is not installed (uv sync)")
    binary = tool("chromium")
    driver_path = tool("chromedriver")
    with tempfile.TemporaryDirectory() as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = binary
        for flag in (*FLAGS, f"--user-data-dir={profile}", *extra):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def console_errors(driver: Any) -> list[dict[str, Any]]:
    """The page's console messages of level SEVERE (errors, CSP violations)."""
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def requests(driver: Any, page: str) -> list[str]:
    """Every URL the page ``page`` asked for (itself included), from the browser's performance
    (DevTools network) log; the browser's own start page is not the page's doing."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") != "Network.requestWillBeSent":
            continue
        params = message["params"]
        initiator = params.get("initiator", {}).get("url", "")
        if page in (params.get("documentURL"), initiator) or params["request"]["url"] == page:
            urls.append(params["request"]["url"])
    return urls
