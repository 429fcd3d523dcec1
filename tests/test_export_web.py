"""The web page export, played in a real headless Chromium (Selenium, Debian's chromedriver).

The page must play flow 1 hop by hop with the keyboard and show what the trace JSON says,
print no console error, ask the network for nothing, and show hostile labels as text.
"""

from __future__ import annotations

import json
import re

import pytest

from desktop_app.cli import main
from desktop_app.engine import trace
from desktop_app.engine.conversation import converse
from desktop_app.export.web import script_json
from desktop_app.model import dumps, load, loads
from desktop_app.paths import REFERENCE_SAMPLE
from tests.web_browser import chrome, console_errors, requests

FLOW1 = "flow1-internet-to-web"


def shown(value) -> str:
    """A JSON value as the page writes it (JavaScript's String())."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def export_page(tmp_path, *extra: str, source=REFERENCE_SAMPLE, name="page.html"):
    out = tmp_path / name
    assert main(["export", str(source), "--out", str(out), *extra]) == 0
    return out


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="hybridviz-data">(.*?)</script>',
                      text, re.S)
    return json.loads(block.group(1))


# -- without a browser ------------------------------------------------------------------------

def test_the_page_holds_the_trace_json_and_fetches_nothing(tmp_path):
    out = export_page(tmp_path, "--all-flows")
    text = out.read_text(encoding="utf-8")
    topology = load(REFERENCE_SAMPLE).topology
    data = page_data(out)
    assert [f["id"] for f in data["flows"]] == [f.id for f in topology.flows]
    flow1 = data["flows"][0]
    assert flow1["trace"] == json.loads(converse(topology, topology.flow(FLOW1)).dumps())
    assert flow1["trace"]["format"] == "hybridviz-trace/1"
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe" not in csp
    # No attribute loads anything: outside the data (where a URL is text, such as an HTTP
    # request's summary), the only URLs are XML namespace names.
    markup = re.sub(r'<script type="application/json".*?</script>', "", text, flags=re.S)
    assert not re.search(r'\b(?:src|href|action|data)\s*=\s*"(?:https?:|//)', markup)
    assert set(re.findall(r"https?://[^\s\"'<>)]+", markup)) <= {
        "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
    assert out.stat().st_size < 1_000_000


def test_script_json_cannot_close_its_block():
    hostile = "</script><script>alert(1)</script> & \u2028\u2029 <!--"
    text = script_json({"label": hostile})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"label": hostile}


def test_one_flow_and_the_chinese_page(tmp_path):
    out = export_page(tmp_path, "--flow", FLOW1, "--lang", "zh_CN")
    data = page_data(out)
    assert [f["id"] for f in data["flows"]] == [FLOW1]
    assert data["lang"] == "zh-CN" and '<html lang="zh-CN">' in out.read_text(encoding="utf-8")
    assert data["words"]["ui"]["headers"] != "Headers"
    steps = [s for h in data["flows"][0]["request"]["hops"] for s in h["steps"]]
    assert any(re.search("[\u4e00-\u9fff]", s) for s in steps), "the steps should be Chinese"


def test_bad_options_say_why(tmp_path, capsys):
    out = str(tmp_path / "x.html")
    assert main(["export", str(REFERENCE_SAMPLE), "--out", out, "--flow", "nope"]) == 2
    assert main(["export", str(REFERENCE_SAMPLE), "--out", out, "--flow", FLOW1,
                 "--all-flows"]) == 2
    assert main(["export", str(REFERENCE_SAMPLE), "--out", str(tmp_path / "x.svg"),
                 "--all-flows"]) == 2
    err = capsys.readouterr().err
    assert "no flow 'nope'" in err and "--all-flows is for a .html page" in err


# -- in Chromium -------------------------------------------------------------------------------

def _shown_hop(driver) -> dict:
    return driver.execute_script("""
        const headers = Array.from(document.querySelectorAll('#hop-headers .header-block')).map(b => ({
          type: b.getAttribute('data-type'),
          rows: Array.from(b.querySelectorAll('tr')).map(r => [r.getAttribute('data-key'),
                 r.querySelector('.value').textContent, r.classList.contains('changed')])}));
        return {heading: document.getElementById('hop-heading').textContent,
                device: document.getElementById('hop-device').textContent,
                position: document.getElementById('position').textContent,
                steps: document.querySelectorAll('#hop-steps li').length,
                bytes: document.getElementById('hop-bytes').textContent,
                headers: headers};""")


def _check_hop(shown_hop: dict, hop: dict) -> None:
    assert shown_hop["heading"].startswith(f"{hop['index']} · "), shown_hop["heading"]
    assert hop["device"] in shown_hop["heading"]
    assert shown_hop["device"] == hop["device"]
    assert shown_hop["steps"] == len(hop["steps"])
    stack = hop["headers_out"] or hop["headers_in"]
    assert [h["type"] for h in shown_hop["headers"]] == [h["type"] for h in stack]
    for block, header in zip(shown_hop["headers"], stack, strict=True):
        assert [(k, v) for k, v, _ in block["rows"]] == [
            (k, shown(v)) for k, v in header.items() if k != "type"]
    if stack:
        assert shown_hop["bytes"].startswith("0000  ")


def test_chromium_plays_flow_1_hop_by_hop(tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    out = export_page(tmp_path, "--all-flows")
    expected = page_data(out)["flows"][0]["trace"]
    hops = [*expected["hops"], *expected.get("reply", [])]
    with chrome() as driver:
        driver.get(out.as_uri())
        WebDriverWait(driver, 30).until(
            lambda d: d.execute_script("return document.getElementById('hop-device').textContent"))
        for n, hop in enumerate(hops):
            WebDriverWait(driver, 30).until(
                lambda d, n=n: d.execute_script(
                    "return document.getElementById('position').textContent").startswith(
                    f"Hop {n + 1} of {len(hops)}"))
            _check_hop(_shown_hop(driver), hop)
            ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
        # A routed hop marks what it rewrote: the TTL at least.
        ActionChains(driver).send_keys(Keys.HOME).perform()
        ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
        WebDriverWait(driver, 30).until(lambda d: d.execute_script(
            "return document.querySelectorAll('#hop-headers tr.changed').length > 0"))
        errors = console_errors(driver)
        urls = requests(driver, out.as_uri())
    assert errors == []
    assert urls == [out.as_uri()], f"the page asked for more than itself: {urls}"


HOSTILE = "</script><script>alert(1)</script>"
QUOTES = "\"quoted\" 'single' <b>bold</b> & more"
RTL = "\u202egnp.exe\u202c (RTL override)"


@pytest.fixture
def hostile_topology(tmp_path):
    topology = load(REFERENCE_SAMPLE).topology
    device = next(d for d in topology.devices if d.id == "internet-user")
    device.label = HOSTILE + " " + RTL
    device.notes = "<img src=x onerror=alert(2)>"
    network = next(n for n in topology.networks if n.id == "internet")
    network.label = QUOTES
    topology.flows[0].label = HOSTILE + QUOTES
    path = tmp_path / "hostile.yaml"
    path.write_text(dumps(topology), encoding="utf-8")
    loads(path.read_text(encoding="utf-8"))  # still a valid topology
    return path


def test_hostile_labels_stay_text_in_chromium(tmp_path, hostile_topology):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.support.ui import WebDriverWait

    out = export_page(tmp_path, source=hostile_topology)
    text = out.read_text(encoding="utf-8")
    assert text.count("<script") == 3  # the two data blocks and the player
    with chrome() as driver:
        driver.get(out.as_uri())
        WebDriverWait(driver, 30).until(lambda d: d.execute_script(
            "return document.getElementById('hop-device').textContent"))
        with pytest.raises(NoAlertPresentException):
            _ = driver.switch_to.alert.text
        seen = driver.execute_script("""
            return {flow: document.querySelector('#flow-list .label').textContent,
                    card: document.getElementById('hop-label').textContent,
                    svg: Array.from(document.querySelectorAll('.diagram-light svg text'))
                         .map(t => t.textContent),
                    scripts: document.scripts.length,
                    images: document.images.length};""")
        errors = console_errors(driver)
    assert seen["flow"] == HOSTILE + QUOTES
    assert HOSTILE + " " + RTL in seen["card"]
    assert QUOTES in seen["svg"]
    assert seen["scripts"] == 3 and seen["images"] == 0
    assert errors == []


def _with_reply(result):
    """The trace as an engine with conversations writes it: ``reply`` hops in the same shape
    after the request, and the conversation's outcome."""
    from desktop_app.engine.trace import Trace

    class Conversation(Trace):
        def to_json(self):
            data = super().to_json()
            back = []
            for n, hop in enumerate(reversed(data["hops"])):
                back.append({**hop, "index": n, "in_network": hop["out_network"],
                             "out_network": hop["in_network"],
                             "headers_in": hop["headers_out"], "headers_out": hop["headers_in"]})
            data["reply"] = back
            data["conversation"] = {"outcome": "answered", "detail": "web-2 answered the SYN"}
            return data

    return Conversation(result.flow, result.disposition, result.detail, result.hops, result.reason)


def test_chromium_plays_the_reply_after_the_request(tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from desktop_app.export.web import html_bytes

    topology = load(REFERENCE_SAMPLE).topology
    result = _with_reply(trace(topology, topology.flow(FLOW1)))
    out = tmp_path / "conversation.html"
    out.write_bytes(html_bytes(topology, [result], dumps(topology)))
    data = result.to_json()
    hops = [("Request", h) for h in data["hops"]] + [("Reply", h) for h in data["reply"]]
    with chrome() as driver:
        driver.get(out.as_uri())
        for n, (phase, hop) in enumerate(hops):
            WebDriverWait(driver, 30).until(
                lambda d, n=n: d.execute_script(
                    "return document.getElementById('position').textContent").startswith(
                    f"Hop {n + 1} of {len(hops)}"))
            assert driver.execute_script(
                "return document.getElementById('hop-phase').textContent") == phase
            _check_hop(_shown_hop(driver), hop)
            ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
        footer = driver.execute_script("return document.getElementById('hop-footer').textContent")
        ActionChains(driver).send_keys(Keys.END).perform()
        errors = console_errors(driver)
    assert footer == "web-2 answered the SYN"
    assert errors == []


def test_space_plays_and_pauses_end_and_home_jump(tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    out = export_page(tmp_path, "--flow", FLOW1)
    flow = page_data(out)["flows"][0]["trace"]
    total = len(flow["hops"]) + len(flow.get("reply", []))  # the request, then the reply

    def position(d) -> str:
        return d.execute_script("return document.getElementById('position').textContent")

    with chrome() as driver:
        driver.get(out.as_uri())
        WebDriverWait(driver, 30).until(lambda d: position(d).startswith("Hop 1 of"))
        ActionChains(driver).send_keys(Keys.SPACE).perform()
        assert driver.execute_script("return document.getElementById('play').getAttribute('aria-label')") == "Pause"
        WebDriverWait(driver, 60).until(lambda d: position(d).startswith("Hop 3 of"))
        ActionChains(driver).send_keys(Keys.SPACE).perform()
        assert driver.execute_script("return document.getElementById('play').getAttribute('aria-label')") == "Play"
        ActionChains(driver).send_keys(Keys.END).perform()
        assert position(driver) == f"Hop {total} of {total}"
        assert driver.execute_script("return document.getElementById('forward').disabled")
        ActionChains(driver).send_keys(Keys.HOME).perform()
        assert position(driver) == f"Hop 1 of {total}"
        # The packet sits on the first hop's stop of the drawn path.
        stop = page_data(out)["flows"][0]["request"]["stops"][0]
        assert driver.execute_script(
            "return document.querySelector('svg.overlay .packet').getAttribute('transform')"
        ).startswith(f"translate({stop[0]:g} {stop[1]:g})")
        assert console_errors(driver) == []


def test_a_topology_without_flows_gives_a_page_that_says_so(tmp_path):
    topology = load(REFERENCE_SAMPLE).topology
    topology.flows = []
    source = tmp_path / "no-flows.yaml"
    source.write_text(dumps(topology), encoding="utf-8")
    out = export_page(tmp_path, source=source)
    with chrome() as driver:
        driver.get(out.as_uri())
        seen = driver.execute_script(
            "return [document.getElementById('flow-list').textContent,"
            " document.getElementById('play').disabled]")
        errors = console_errors(driver)
    assert seen == ["The topology has no saved flows to play.", True]
    assert errors == []
