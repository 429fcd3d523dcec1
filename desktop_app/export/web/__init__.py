"""A flow walk as one web page anyone can open: the diagram, the trace, and a player.

``html_bytes`` writes a single self-contained HTML file (``page.html`` filled in): the
diagram drawn by the SVG writer from the same geometry as every other export (light and dark,
the browser's preference picks), the traces as ``hybridviz trace --json`` prints them with the
paths and bytes the player needs (``page_data``), the page's words in the reader's language
(``words``), and ``player.js``/``player.css`` read from this package at export time. A
Content-Security-Policy lets only these inline script and style blocks run (by their hashes)
and forbids every connection, so the page works offline and fetches nothing.

Nothing from the topology becomes markup: the SVG writer escapes every label, the data sits
in ``<script type="application/json">`` blocks with ``<``, ``>``, ``&`` and the JavaScript line
separators escaped, and the player inserts every label, note and header value as text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.diagram.auto_layout import complete_diagram
from desktop_app.diagram.canvas_words import Translate, english
from desktop_app.diagram.theme_colours import DARK, LIGHT
from desktop_app.engine.trace import Trace
from desktop_app.model.topology import Topology

from .. import svg
from .page_data import flow_data, names
from .words import page_words

HERE = Path(__file__).resolve().parent
HTML_LANG = {"en": "en", "zh_CN": "zh-CN"}


def _resource(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON that cannot end its ``<script>`` block or be read as markup or as a line break."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _svg(topology: Topology, diagram: Any, theme: Any, title: str, tr: Translate) -> str:
    data = svg.render(topology, diagram, svg.SvgOptions(theme=theme, title=title, translate=tr))
    text = data.decode("utf-8")
    if text.startswith("<?xml"):
        text = text.split("?>", 1)[1].lstrip()
    return text


def html_bytes(topology: Topology, traces: Sequence[Trace], source: str = "",
               translate: Translate | None = None, language: str = "en") -> bytes:
    """The page for ``topology`` playing ``traces`` (each a saved flow's, in the file's order).

    ``source`` is the topology's file text, carried so the page opens again in hybridviz;
    ``translate`` gives the page's words and the trace's sentences in ``language``.
    """
    tr = translate or english
    _, diagram = complete_diagram(topology)
    title = topology.name or "hybridviz"
    flows_by_id = {f.id: f for f in topology.flows}
    flows = [flow_data(diagram, flows_by_id.get(str(trace.flow.id or "")), trace, tr)
             for trace in traces]
    data = {
        "format": "hybridviz-page/1",
        "title": title,
        "lang": HTML_LANG.get(language, "en"),
        "words": page_words(tr),
        "nsx_vnis": sorted(n.vni for n in topology.networks
                           if n.kind == "vxlan" and n.vni is not None),
        "flows": flows,
        **names(topology),
    }
    css, js = _resource("player.css"), _resource("player.js")
    csp = ("default-src 'none'; "
           f"script-src {_hash(js)}; style-src {_hash(css)}; img-src data:; font-src 'none'; "
           "connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
           "worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'")
    fill = {
        "lang": HTML_LANG.get(language, "en"),
        "csp": csp,
        "title": html.escape(title),
        "css": css,
        "js": js,
        "svg_light": _svg(topology, diagram, LIGHT, title, tr),
        "svg_dark": _svg(topology, diagram, DARK, title, tr),
        "data": script_json(data),
        "topology": script_json(source),
    }
    page = _resource("page.html")
    out: list[str] = []
    # One pass over the template: a filled-in value is never searched for another marker.
    rest = page
    while "{" in rest:
        before, _, after = rest.partition("{")
        key, brace, tail = after.partition("}")
        if brace and key in fill:
            out.extend((before, fill[key]))
            rest = tail
        else:
            out.append(before + "{")
            rest = after
    out.append(rest)
    return "".join(out).encode("utf-8")
